import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

// Bounded pool with timeouts so an unreachable Postgres fails a request in seconds instead of hanging it.
export function createDb(databaseUrl: string, options: { max?: number } = {}): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 15_000,
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
