// Lint what the type checker cannot see: promises nobody awaits (a lost ledger write, an unhandled failure) and
// workflow code reaching for Node or the database, which would break determinism and replay.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.tools/', '.data/', 'dist/'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true } },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
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
