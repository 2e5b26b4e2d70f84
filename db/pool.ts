import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export interface PoolOptions {
  /** Connections this process may hold at once (DATABASE_POOL_MAX; README, "Sizing the ledger's connections"). */
  max: number;
  /**
   * An idle connection broke (Postgres restarted, say). The pool has already dropped it and the next query opens a
   * new one; without a listener the pool's `error` event would crash the process instead.
   */
  onIdleError?: (err: Error) => void;
}

// Bounded pool with timeouts so an unreachable Postgres fails a request in seconds instead of hanging it.
export function createDb(databaseUrl: string, options: PoolOptions): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.max,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 15_000,
  });
  pool.on('error', options.onIdleError ?? (() => undefined));
  // A connection broken while checked out (in a transaction, between two queries) emits `error` on its client,
  // where the pool listens only while it is idle: unheard, that too would crash the process. Its query fails on its
  // own, and the pool drops the client when it comes back.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
