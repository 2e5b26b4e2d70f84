import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import {
  ADMIN,
  DRIVER_WRITE_LIMIT,
  TEST_OUTBOUND,
  TIMEZONE,
  appealBody,
  newCreditCode,
  startTestStack,
  type Answer,
  type TestStack,
} from '../support/stack.js';

// Issue 14, part 5 (Limits), against the real HTTP server: each token's writes are rate-limited (the admin's are
// not); the public figures are aggregated once a minute, however many ask. The bucket here holds 3 writes and
// refills one in 1,000 s, so nothing refills while the file runs.

const BURST = 3;

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ tokenWriteLimit: { burst: BURST, perSecond: 0.001 } });
});
afterAll(() => stack?.teardown());

function expectLimited(answer: Answer) {
  expect(answer.status).toBe(429);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  // One write refills in 1,000 s; the seconds the file has run so far (a slow machine's) may have refilled a little.
  expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(950);
  expect(Number(answer.headers.get('retry-after'))).toBeLessThanOrEqual(1000);
  expect(answer.body).toMatchObject({ status: 429, title: 'Too many requests', detail: expect.stringMatching(/^this token may make 3 requests at once/) });
}

describe('writes per token', () => {
  it('lets an enterprise token submit its burst, then answers 429 and starts nothing; its reads and other tokens go on', async () => {
    const cc = newCreditCode();
    const enterprise = await stack.token('enterprise', { creditCode: cc });
    for (let i = 0; i < BURST; i++) {
      expect((await stack.api('POST', '/v1/appeals', enterprise, appealBody(cc, { title: `第${i}件` }))).status).toBe(201);
    }
    const refused = await stack.api('POST', '/v1/appeals', enterprise, appealBody(cc, { title: '第四件' }));
    expectLimited(refused);
    expect(refused.headers.get('location')).toBeNull();

    const mine = await stack.api('GET', '/v1/appeals', enterprise);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((a: { title: string }) => a.title).sort()).toEqual(['第0件', '第1件', '第2件']);
    const sameEnterpriseOtherToken = await stack.token('enterprise', { creditCode: cc });
    expect((await stack.api('POST', '/v1/appeals', sameEnterpriseOtherToken, appealBody(cc))).status).toBe(201);
  });

  it('counts submissions, appeal steps and meeting steps against one bucket, before looking at the body', async () => {
    const office = await stack.token('office');
    const submitted = await stack.api('POST', '/v1/appeals', office, appealBody(newCreditCode(), { channel: 'service_window' }));
    expect(submitted.status).toBe(201);
    expect((await stack.api('POST', `/v1/appeals/${submitted.body.id}/classify`, office, { classification: 'general', timeLimitDays: 10 })).status).toBe(200);
    // The third write is refused for its body; it counts all the same.
    expect((await stack.api('POST', '/v1/meetings', office, {})).status).toBe(400);
    expectLimited(await stack.api('POST', '/v1/meetings', office, {}));
    expectLimited(await stack.api('POST', `/v1/appeals/${submitted.body.id}/assign`, office, { lead: 'nowhere' }));
    expectLimited(await stack.api('POST', '/v1/appeals', office, appealBody(newCreditCode(), { channel: 'service_window' })));
    expect((await stack.api('GET', `/v1/appeals/${submitted.body.id}`, office)).status).toBe(200);
  });

  it('does not limit the admin', async () => {
    for (let i = 0; i < BURST + 2; i++) {
      const created = await stack.api('POST', '/v1/departments', ADMIN, { code: `limits-${i}`, name: `限额${i}局` });
      expect(created.status).toBe(201);
    }
    expect((await stack.api('POST', '/v1/appeals', ADMIN, appealBody(newCreditCode(), { channel: 'service_window' }))).status).toBe(201);
  });

  it('documents 429 with Retry-After on the writes token holders make, and only there', async () => {
    const doc = (await stack.api('GET', '/openapi.json')).body;
    const limited = (path: string, method: string) => doc.paths[path][method].responses['429'];
    for (const [path, method] of [
      ['/v1/appeals', 'post'],
      ['/v1/appeals/{id}/classify', 'post'],
      ['/v1/meetings', 'post'],
      ['/v1/meetings/{id}/registrations', 'post'],
    ]) {
      expect(limited(path!, method!), `${method} ${path}`).toMatchObject({ headers: { 'Retry-After': { required: true } } });
    }
    for (const [path, method] of [
      ['/v1/tokens', 'post'],
      ['/v1/appeals', 'get'],
      ['/v1/appeals/{id}', 'get'],
    ]) {
      expect(limited(path!, method!), `${method} ${path}`).toBeUndefined();
    }
  });
});

describe('public figures', () => {
  let server: Server | undefined;
  afterAll(() => {
    server?.closeAllConnections();
    server?.close();
  });

  it('are aggregated once for many callers at once, then kept', async () => {
    // The stack's own app, but over a handle that counts the queries it sends.
    let queries = 0;
    const counting = stack.db.withPlugin({
      transformQuery: ({ node }) => {
        queries += 1;
        return node;
      },
      transformResult: async ({ result }) => result,
    });
    const { app } = createApp({
      db: counting,
      client: stack.env.client,
      connection: stack.env.connection,
      taskQueue: stack.taskQueue,
      timezone: TIMEZONE,
      adminToken: ADMIN,
      outbound: TEST_OUTBOUND,
      log: pino({ level: 'silent' }),
      maxSubmissionsInFlight: 1,
      tokenWriteLimit: DRIVER_WRITE_LIMIT,
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server!.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const figures = async (query: string) => {
      const res = await fetch(`${base}/v1/public/stats?${query}`);
      expect(res.status).toBe(200);
      return res.text();
    };
    const counted = async <T>(work: () => Promise<T>) => {
      queries = 0;
      const result = await work();
      return { result, queries };
    };

    const one = await counted(() => figures('from=2026-01-01'));
    expect(one.queries).toBeGreaterThan(0);
    const many = await counted(() => Promise.all(Array.from({ length: 50 }, () => figures('from=2026-02-01'))));
    expect(many.queries).toBe(one.queries);
    expect(new Set(many.result).size).toBe(1);
    // Kept: asked again, in JSON or as CSV, neither period touches the ledger.
    const again = await counted(() => Promise.all([figures('from=2026-01-01'), figures('from=2026-02-01&lang=zh')]));
    expect(again.queries).toBe(0);
    expect(again.result[0]).toBe(one.result);
  });
});
