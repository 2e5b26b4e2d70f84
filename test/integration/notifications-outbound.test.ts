import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONGEST_WAIT_MS } from '../../domain/delivery-waits.js';
import { startReceiver, type Receiver } from '../support/receiver.js';
import { ADMIN, startTestStack, type TestStack } from '../support/stack.js';
import { webhookHelpers } from '../support/webhooks.js';

// Outbound requests stay outside (issue 14): webhook URLs that point inside are refused when an admin enters them,
// a delivery never follows a redirect, and nothing a receiver answers beyond its status (and a problem's short
// title) reaches the ledger, where departments read it. The test receiver is on 127.0.0.1, allowed here exactly
// as an operator would allow it (TEST_OUTBOUND); the internal service a redirect points at is another local server.

let stack: TestStack;
let receiver: Receiver;
let office: string;
let hooks: ReturnType<typeof webhookHelpers>;
let internal: Server;
let internalHits = 0;
let internalUrl: string;

beforeAll(async () => {
  [stack, receiver] = await Promise.all([startTestStack(), startReceiver()]);
  office = await stack.token('office');
  hooks = webhookHelpers(stack, receiver, office);
  // Stands for the API's own /v1/tokens: whatever reaches it is counted.
  internal = createServer((_req, res) => {
    internalHits++;
    res.writeHead(401, { 'content-type': 'application/problem+json' }).end('{"title":"internal-secret-answer"}');
  });
  await new Promise<void>((resolve) => internal.listen(0, '127.0.0.1', resolve));
  internalUrl = `http://127.0.0.1:${(internal.address() as AddressInfo).port}/v1/tokens`;
});
afterAll(async () => {
  await stack?.teardown();
  await receiver?.close();
  internal?.closeAllConnections();
  internal?.close();
});

type AttemptRow = { attempt: number; statusCode: number | null; outcome: string; error: string | null; at: string };

describe('a webhook URL an admin enters', () => {
  beforeAll(() => stack.department('patched-dept'));

  it.each([
    ['http://hooks.example.com/appeals', 'must be https (plain http only to hosts in WEBHOOK_HTTP_HOSTS)'],
    ['ftp://hooks.example.com/appeals', 'must be an https URL'],
    ['hooks.example.com/appeals', 'must be an https URL'],
    ['https://admin:secret@hooks.example.com/appeals', 'must not carry credentials'],
    ['https://127.0.0.2/', 'must not point at a loopback address (127.0.0.2)'],
    ['https://[::1]:3000/v1/tokens', 'must not point at a loopback address (::1)'],
    ['https://10.0.0.5/hook', 'must not point at a private address (10.0.0.5)'],
    ['https://172.16.8.1/hook', 'must not point at a private address (172.16.8.1)'],
    ['https://192.168.1.20/hook', 'must not point at a private address (192.168.1.20)'],
    ['https://[fd00::1]/hook', 'must not point at a private address (fd00::1)'],
    ['https://169.254.169.254/latest/meta-data/', 'must not point at a link-local address (169.254.169.254)'],
    ['https://[fe80::1]/hook', 'must not point at a link-local address (fe80::1)'],
    ['https://0.0.0.0/hook', 'must not point at an unspecified address (0.0.0.0)'],
    ['https://100.64.1.1/hook', 'must not point at a shared (carrier-grade NAT) address (100.64.1.1)'],
    ['https://239.1.2.3/hook', 'must not point at a multicast address (239.1.2.3)'],
    // Spelled as a number: what URL parsers make of it is what counts. (`localhost` is judged as 127.0.0.1, which
    // this stack allows; test/unit/outbound.test.ts refuses it under the default settings.)
    ['https://0x7f.2/', 'must not point at a loopback address (127.0.0.2)'],
  ])('refuses %s with 400: %s', async (url, message) => {
    const created = await stack.api('POST', '/v1/departments', ADMIN, { code: 'refused-dept', name: '被拒局', webhookUrl: url });
    expect(created).toMatchObject({ status: 400, body: { errors: [{ field: 'webhookUrl', message }] } });
    const patched = await stack.api('PATCH', '/v1/departments/patched-dept', ADMIN, { webhookUrl: url });
    expect(patched).toMatchObject({ status: 400, body: { errors: [{ field: 'webhookUrl', message }] } });
    const officeHook = await stack.api('PUT', '/v1/office/webhook', ADMIN, { url });
    expect(officeHook).toMatchObject({ status: 400, body: { errors: [{ field: 'url', message }] } });
  });

  it('accepts https to a public host, and http only to an allowed host', async () => {
    const created = await stack.api('POST', '/v1/departments', ADMIN, { code: 'public-dept', name: '公共局', webhookUrl: 'https://hooks.example.com/appeals' });
    expect(created).toMatchObject({ status: 201, body: { webhookUrl: 'https://hooks.example.com/appeals' } });
    expect((await stack.api('PATCH', '/v1/departments/public-dept', ADMIN, { webhookUrl: receiver.url('/public-dept') })).status).toBe(200);
  });

  it('never shows the credentials of a URL stored before they were refused', async () => {
    await stack.department('credentialed-dept');
    await stack.db
      .updateTable('departments')
      .set({ webhook_url: 'https://admin:secret@hooks.example.com/appeals' })
      .where('code', '=', 'credentialed-dept')
      .execute();
    const listed = (await stack.api('GET', '/v1/departments', ADMIN)).body.items.find((d: { code: string }) => d.code === 'credentialed-dept');
    expect(listed.webhookUrl).toBe('https://hooks.example.com/appeals');
  });
});

describe('a delivery', () => {
  it('does not follow a redirect to an internal URL, and keeps none of the answer', async () => {
    const dept = await hooks.hookedDepartment('redirecting-dept', [{ status: 302, headers: { location: internalUrl }, body: 'redirect-body-text' }]);
    const { notificationId } = await hooks.assignedAppeal(dept.code);
    expect(await hooks.delivery(notificationId)).toBe('failed');
    expect(internalHits).toBe(0);

    const departmentToken = await stack.token('department', { department: dept.code });
    // Waiting for the delivery moves the shared clock, so the appeal's later reminders may be listed first.
    const seen = (await stack.api('GET', `/v1/notifications?department=${dept.code}`, departmentToken)).body.items.find(
      (n: { id: string }) => n.id === notificationId,
    );
    expect(seen).toMatchObject({ id: notificationId, status: 'failed', failure: 'answered 302; redirects are not followed' });
    expect(seen.attempts).toEqual([
      expect.objectContaining({ attempt: 1, statusCode: 302, outcome: 'failed', error: 'answered 302; redirects are not followed' }),
    ]);
    expect(JSON.stringify(seen)).not.toMatch(/redirect-body-text|internal-secret-answer/);
  });

  it('keeps only the status of a 5xx, never its body', async () => {
    const dept = await hooks.hookedDepartment('leaky-dept', [{ status: 500, body: 'Traceback: password=hunter2' }, { status: 200 }]);
    const { notificationId } = await hooks.assignedAppeal(dept.code);
    expect(await hooks.delivery(notificationId)).toBe('delivered');
    const { attempts } = await hooks.notification(notificationId);
    expect(attempts.map((a: AttemptRow) => [a.statusCode, a.outcome, a.error])).toEqual([
      [500, 'retry', 'answered 500'],
      [200, 'delivered', null],
    ]);
  });

  it('waits no longer than the back-off’s ceiling, whatever Retry-After asks', async () => {
    const dept = await hooks.hookedDepartment('sleepy-dept', [{ status: 429, headers: { 'Retry-After': '999999' } }, { status: 200 }]);
    const { notificationId } = await hooks.assignedAppeal(dept.code);
    expect(await hooks.delivery(notificationId)).toBe('delivered');
    const [first, second] = (await hooks.notification(notificationId)).attempts as AttemptRow[];
    const waited = Date.parse(second!.at) - Date.parse(first!.at);
    expect(waited).toBeGreaterThanOrEqual(LONGEST_WAIT_MS);
    expect(waited).toBeLessThan(LONGEST_WAIT_MS + 60_000);
  });

  it('fails at once, without a request, for a URL stored before the rule that points inside', async () => {
    await stack.department('legacy-dept');
    // As an earlier version let an admin store it.
    await stack.db.updateTable('departments').set({ webhook_url: 'http://169.254.169.254/latest/meta-data/' }).where('code', '=', 'legacy-dept').execute();
    const { notificationId } = await hooks.assignedAppeal('legacy-dept');
    expect(await hooks.delivery(notificationId)).toBe('failed');
    const n = await hooks.notification(notificationId);
    expect(n.attempts).toEqual([
      expect.objectContaining({ statusCode: null, outcome: 'failed', error: 'webhook URL must be https (plain http only to hosts in WEBHOOK_HTTP_HOSTS)' }),
    ]);
  });
});
