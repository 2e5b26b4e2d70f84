// Lint what the type checker cannot see: promises nobody awaits (a lost ledger write, an unhandled failure) and
// workflow code reaching for Node or the database, which would break determinism and replay; under both, ESLint's
// and typescript-eslint's recommended rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'pg', 'kysely', 'express', '@temporalio/client', '@temporalio/worker', '@temporalio/activity'], message: 'workflow code runs in the deterministic sandbox' },
            { group: ['../db/*', '../api/*', '../activities/*', '../worker/*', '../scripts/*'], allowTypeImports: true, message: 'workflow code reaches these only through activities (type imports are fine)' },
          ],
        },
      ],
    },
  },
);
