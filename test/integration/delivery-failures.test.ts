import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { MessageChannel } from '../../activities/channels/message-channel.js';
import { TIMESTAMP_HEADER } from '../../domain/signature.js';
import { deliveryWorkflowId } from '../../workflows/notification-messages.js';
import { eventually } from '../support/lifecycle.js';
import { startLedger, stopLedger } from '../support/ledger-outage.js';
import { startReceiver, type Receiver } from '../support/receiver.js';
import { appealBody, newCreditCode, startTestStack, type TestStack } from '../support/stack.js';
import { webhookHelpers } from '../support/webhooks.js';

// Whose failure it was decides what a delivery does with it. The ledger is ours and not optional: while Postgres
// is unreachable a delivery waits for it, however long, and uses up none of its attempts. A receiver's or an
// message channel's failure is an attempt, on the ledger and counted against the 12. A file of its own, since
// cutting the ledger off stops everything in its stack.

/** The old activity retry gave up after 5 tries (about 15 s); these outages outlast it many times over. */
const OLD_TRIES = 5;
const OUTAGE_MS = 5 * 60_000;

let stack: TestStack;
let receiver: Receiver;
let office: string;
let hooks: ReturnType<typeof webhookHelpers>;
const serverUrl = inject('postgresServerUrl');

/** Fails its first send of a message about each appeal title in `failOnce`, then delivers. */
const failOnce = new Set<string>();
const channel: MessageChannel = {
  name: 'sms',
  send: async ({ params }) => {
    if (failOnce.delete(params.title ?? '')) throw new Error('SMS gateway busy');
  },
};

beforeAll(async () => {
  [stack, receiver] = await Promise.all([startTestStack({ messageChannel: channel }), startReceiver()]);
  office = await stack.token('office');
  hooks = webhookHelpers(stack, receiver, office);
});
// A failed assertion mid-outage must not leave the database closed for the next test or the teardown.
afterEach(() => startLedger(serverUrl, stack.database));
afterAll(async () => {
  await stack?.teardown();
  await receiver?.close();
});

/** Keeps the ledger cut off for OUTAGE_MS of Temporal time, and checks the delivery kept retrying all along. */
async function outage(notificationId: string) {
  await stopLedger(serverUrl, stack.database);
  await stack.env.sleep(OUTAGE_MS);
  const described = await stack.env.client.workflow.getHandle(deliveryWorkflowId(notificationId)).describe();
  expect(described.status.name).toBe('RUNNING');
  expect(described.raw.pendingActivities?.[0]?.attempt).toBeGreaterThan(OLD_TRIES);
  await startLedger(serverUrl, stack.database);
}

const attemptsOf = async (id: string) =>
  (await hooks.notification(id)).attempts.map((a: { attempt: number; statusCode: number | null; outcome: string }) => [a.attempt, a.statusCode, a.outcome]);

describe('a ledger outage', () => {
  it('holds a delivery between two attempts until Postgres is back, then delivers it', async () => {
    const dept = await hooks.hookedDepartment('outage-dept', [{ status: 503 }, { status: 200 }]);
    const { notificationId } = await hooks.assignedAppeal(dept.code);
    await eventually(async () => expect(await attemptsOf(notificationId)).toEqual([[1, 503, 'retry']]));

    await outage(notificationId);
    // Nothing was sent while the notification could not be read.
    expect(receiver.received(`/${dept.code}`)).toHaveLength(1);

    expect(await hooks.delivery(notificationId)).toBe('delivered');
    const n = await hooks.notification(notificationId);
    expect(n.status).toBe('delivered');
    expect(await attemptsOf(notificationId)).toEqual([
      [1, 503, 'retry'],
      [2, 200, 'delivered'],
    ]);
    // The second attempt is on the ledger when it was made, not when it first fell due (seconds after the first):
    // the try that went through came after more than OLD_TRIES failed ones, over a minute apart in all.
    expect(Date.parse(n.attempts[1].at) - Date.parse(n.attempts[0].at)).toBeGreaterThan(60_000);
    // And signed when it was sent: a receiver refusing stale timestamps takes it.
    const sent = receiver.received(`/${dept.code}`)[1]!;
    expect(Math.abs(Number(sent.headers[TIMESTAMP_HEADER.toLowerCase()]) - Date.now() / 1000)).toBeLessThan(60);
  });

  it('does not count a POST the receiver took as failed when its attempt cannot be recorded; it is sent again', async () => {
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    const dept = await hooks.hookedDepartment('cut-dept', [{ status: 200, until: held }]);
    const { notificationId } = await hooks.assignedAppeal(dept.code);
    // The receiver has the POST; the ledger goes before the answer comes back.
    await eventually(async () => expect(receiver.received(`/${dept.code}`)).toHaveLength(1));
    await stopLedger(serverUrl, stack.database);
    answer();

    await outage(notificationId);
    expect(await hooks.delivery(notificationId)).toBe('delivered');
    expect(await attemptsOf(notificationId)).toEqual([[1, 200, 'delivered']]);
    const ids = receiver.received(`/${dept.code}`).map((r) => JSON.parse(r.body).id);
    expect(ids).toEqual([notificationId, notificationId]);
  });
});

describe('a message channel that fails', () => {
  it('is an attempt to retry, on the ledger, like a receiver’s 5xx', async () => {
    const title = `短信网关繁忙 ${newCreditCode()}`;
    failOnce.add(title);
    const id = (await stack.api('POST', '/v1/appeals', office, appealBody(newCreditCode(), { title }))).body.id as string;
    const ack = (await stack.api('GET', `/v1/notifications?appeal=${id}`, office)).body.items.find((n: { kind: string }) => n.kind === 'acknowledged');
    expect(ack).toMatchObject({ kind: 'acknowledged', recipient: 'enterprise' });

    expect(await hooks.delivery(ack.id)).toBe('delivered');
    const n = await hooks.notification(ack.id);
    expect(n).toMatchObject({ status: 'delivered', channel: 'sms' });
    expect(n.attempts.map((a: { outcome: string; error: string | null }) => [a.outcome, a.error])).toEqual([
      ['retry', 'SMS gateway busy'],
      ['delivered', null],
    ]);
  });
});
