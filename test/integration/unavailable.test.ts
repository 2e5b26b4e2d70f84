import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { sql } from 'kysely';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { createDb } from '../../db/pool.js';
import { outboundRules } from '../../domain/outbound-url.js';
import { databaseUrl } from '../../db/server.js';
import { freePort } from '../../scripts/ports.js';
import { DRIVER_WRITE_LIMIT } from '../support/product-stack.js';

// With Postgres and Temporal unreachable the API answers 503 problem+json in bounded time, never hangs.

let base: string;
let close: () => Promise<void>;
/** Where the API looks for Postgres and Temporal: internal addresses that anonymous callers must not learn. */
let internal: string[];

beforeAll(async () => {
  internal = [`127.0.0.1:${await freePort()}`, `127.0.0.1:${await freePort()}`];
  const db = createDb(`postgres://postgres@${internal[0]}/appeals`, { max: 10 });
  const connection = Connection.lazy({ address: internal[1]! });
  const { app } = createApp({
    db,
    client: new Client({ connection }),
    connection,
    taskQueue: 'appeals',
    timezone: 'Asia/Shanghai',
    adminToken: 'unavailable-admin',
    outbound: outboundRules({ httpHosts: [], privateNetworks: [] }),
    log: pino({ level: 'silent' }),
    maxSubmissionsInFlight: 1,
    tokenWriteLimit: DRIVER_WRITE_LIMIT,
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = async () => {
    server.closeAllConnections();
    server.close();
    await db.destroy();
  };
});
afterAll(() => close?.());

describe('dependencies down', () => {
  it('readiness says both are unavailable with 503, and why only to the admin', async () => {
    const readiness = async (headers: Record<string, string> = {}) => {
      const res = await fetch(`${base}/readyz`, { headers });
      expect(res.status).toBe(503);
      return (await res.json()) as { postgres: string; temporal: string };
    };
    const [anonymous, unknownToken, admin] = await Promise.all([
      readiness(),
      readiness({ authorization: 'Bearer not-a-token' }),
      readiness({ authorization: 'Bearer unavailable-admin' }),
    ]);
    expect(anonymous).toEqual({ postgres: 'unavailable', temporal: 'unavailable' });
    expect(unknownToken).toEqual(anonymous);
    expect(admin.postgres).toContain(internal[0]);
    expect(admin.temporal).not.toMatch(/^(ok|unavailable)$/);
  });

  it('metrics name no internal address', async () => {
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/^appeals_ledger_up 0$/m);
    for (const address of internal) expect(text).not.toContain(address);
  });

  it('a read of the ledger answers 503 problem+json within seconds', async () => {
    const started = Date.now();
    const res = await fetch(`${base}/v1/appeals`, { headers: { authorization: 'Bearer unavailable-admin' } });
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('Postgres restarting', () => {
  const url = () => databaseUrl(inject('postgresServerUrl'), 'postgres');

  /** What a restart does to every connection: the server ends it. */
  async function terminate(pid: number) {
    const admin = new pg.Client({ connectionString: url() });
    await admin.connect();
    await admin.query('select pg_terminate_backend($1)', [pid]);
    await admin.end();
  }

  it('an idle connection it ends is dropped, and the next query opens a new one', async () => {
    const lost: Error[] = [];
    const db = createDb(url(), { max: 1, onIdleError: (err) => lost.push(err) });
    try {
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
      await terminate(rows[0]!.pid);
      await expect.poll(() => lost.length).toBe(1);
      const again = await sql<{ one: number }>`select 1 as one`.execute(db);
      expect(again.rows[0]!.one).toBe(1);
    } finally {
      await db.destroy();
    }
  });

  it('a connection it ends inside a transaction fails that transaction only', async () => {
    const db = createDb(url(), { max: 1 });
    try {
      const transaction = db.transaction().execute(async (tx) => {
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(tx);
        await terminate(rows[0]!.pid);
        // The error reaches the checked-out client while it waits between two queries.
        await new Promise((resolve) => setTimeout(resolve, 300));
        await sql`select 1`.execute(tx);
      });
      await expect(transaction).rejects.toThrow();
      const again = await sql<{ one: number }>`select 1 as one`.execute(db);
      expect(again.rows[0]!.one).toBe(1);
    } finally {
      await db.destroy();
    }
  });
});
