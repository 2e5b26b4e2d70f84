import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { pino } from 'pino';
import { createApp } from '../../api/app.js';
import { freePort } from '../../scripts/ports.js';
import { DRIVER_WRITE_LIMIT, TEST_OUTBOUND, TIMEZONE, type TestStack } from './product-stack.js';

/**
 * A second API over the stack's ledger whose Temporal is an address nothing listens on, for the tests of what a
 * route answers, and keeps, when Temporal is unreachable. Its tokens are the stack's.
 */
export async function apiWithoutTemporal(stack: TestStack, options: { maxSubmissionsInFlight?: number; appealAnswerWithinMs?: number } = {}) {
  const connection = Connection.lazy({ address: `127.0.0.1:${await freePort()}` });
  const { app } = createApp({
    db: stack.db,
    client: new Client({ connection }),
    connection,
    taskQueue: stack.taskQueue,
    timezone: TIMEZONE,
    adminToken: undefined,
    outbound: TEST_OUTBOUND,
    log: pino({ level: 'silent' }),
    maxSubmissionsInFlight: options.maxSubmissionsInFlight ?? 1,
    tokenWriteLimit: DRIVER_WRITE_LIMIT,
    ...(options.appealAnswerWithinMs ? { appealAnswerWithinMs: options.appealAnswerWithinMs } : {}),
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    async close() {
      server.closeAllConnections();
      server.close();
      await connection.close();
    },
  };
}
