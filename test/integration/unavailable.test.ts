import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { createDb } from '../../db/pool.js';
import { freePort } from '../support/ports.js';

// With Postgres and Temporal unreachable the API answers 503 problem+json in bounded time, never hangs.

let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const db = createDb(`postgres://postgres@127.0.0.1:${await freePort()}/appeals`);
  const connection = Connection.lazy({ address: `127.0.0.1:${await freePort()}` });
  const { app } = createApp({
    db,
    client: new Client({ connection }),
    connection,
    taskQueue: 'appeals',
    timezone: 'Asia/Shanghai',
    adminToken: 'unavailable-admin',
    log: pino({ level: 'silent' }),
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
  it('readiness names both failures with 503', async () => {
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as { postgres: string; temporal: string };
    expect(body.postgres).not.toBe('ok');
    expect(body.temporal).not.toBe('ok');
  });

  it('a read of the ledger answers 503 problem+json within seconds', async () => {
    const started = Date.now();
    const res = await fetch(`${base}/v1/appeals`, { headers: { authorization: 'Bearer unavailable-admin' } });
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
