import { adminQuery } from '../../db/server.js';

// A ledger outage as a failover looks from the product: every connection to the database is cut and new ones are
// refused (superusers included) until it is back. The Postgres server itself keeps running for the other tests.

export async function stopLedger(serverUrl: string, database: string): Promise<void> {
  await adminQuery(serverUrl, `alter database ${database} with allow_connections false`);
  await adminQuery(serverUrl, `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${database}' and pid <> pg_backend_pid()`);
}

export async function startLedger(serverUrl: string, database: string): Promise<void> {
  await adminQuery(serverUrl, `alter database ${database} with allow_connections true`);
}
