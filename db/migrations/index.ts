import type { Migration, MigrationProvider } from 'kysely';
import * as ledger from './2026-11-23-01-ledger.js';

// Listed by hand rather than read from the folder, so migrations run the same under tsx, vitest and a bundle.
const migrations: Record<string, Migration> = {
  '2026-11-23-01-ledger': ledger,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
