import { adminQuery } from '../../db/server.js';

// A ledger outage for one test's own database, with the Postgres server and every other database left running:
// new connections are refused and open ones cut, as when Postgres is down, until `startLedger` lets them in again.

/** `database`'s connections cut and refused from now on (its pools see errors, as when Postgres is down). */
export async function stopLedger(serverUrl: string, database: string): Promise<void> {
  await adminQuery(serverUrl, `alter database ${database} with allow_connections false`);
  await adminQuery(serverUrl, `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${database}' and pid <> pg_backend_pid()`);
}

/** `database` accepts connections again; pools reconnect on their next query. */
export async function startLedger(serverUrl: string, database: string): Promise<void> {
  await adminQuery(serverUrl, `alter database ${database} with allow_connections true`);
}
