// Lint what the type checker cannot see: promises nobody awaits (a lost ledger write, an unhandled failure),
// workflow code reaching for Node or the database, which would break determinism and replay, and an upward import
// that would tie the inner layers to a process; under them, ESLint's and typescript-eslint's recommended rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The layers below the processes: the domain, the ledger, the workflows, their activities and the Temporal gateway
// serve the API, the worker and the scripts, and never reach up into them (a type import is a dependency too).
const INNER_LAYERS = ['activities/**/*.ts', 'db/**/*.ts', 'domain/**/*.ts', 'workflows/**/*.ts', 'gateway/**/*.ts'];
const upward = {
  group: ['**/api/*', '**/worker/*', '**/scripts/*'],
  message: 'api/, worker/ and scripts/ build on this layer, not the other way round (shared code goes to gateway/, domain/ or config/)',
};

export default tseslint.config(
  { ignores: ['node_modules/', '.tools/', '.data/', 'dist/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true } },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      // `const { secret: _secret, ...shown } = row` is how a view leaves a field out: the named one is unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: INNER_LAYERS,
    rules: { 'no-restricted-imports': ['error', { patterns: [upward] }] },
  },
  {
    // Migrations describe the past, so they take the database untyped (`Kysely<any>`, as kysely's migration guide
    // has it) rather than today's schema types, which would stop old migrations compiling as the schema moves on;
    // so does their test, which writes rows in shapes today's schema no longer has.
    files: ['db/migrations/*.ts', 'test/integration/migrations.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The install scripts run on plain Node, outside the TypeScript project.
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // Replaces the rule above for workflow code, so it repeats `upward`.
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            upward,
            {
              group: ['node:*', 'pg', 'kysely', 'express', '@temporalio/client', '@temporalio/worker', '@temporalio/activity'],
              message: 'workflow code runs in the deterministic sandbox',
            },
            {
              group: ['../db/*', '../activities/*', '../gateway/*'],
              allowTypeImports: true,
              message: 'workflow code reaches these only through activities (type imports are fine)',
            },
          ],
        },
      ],
    },
  },
);
