import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREVIOUS_SIGNATURE_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from '../../domain/signature.js';
import { deliveryWorkflowId } from '../../workflows/notification-messages.js';
import { keepHistory } from '../replay/fixtures.js';
import { eventually, iso } from '../support/lifecycle.js';
import { ADMIN, appealBody, newCreditCode, startTestStack, type TestStack } from '../support/stack.js';
import { startReceiver, type Receiver } from '../support/receiver.js';
import { webhookHelpers } from '../support/webhooks.js';

// CONTRACT.md §5 against a real HTTP receiver: signed deliveries, retries with back-off, Retry-After, giving up on
// a 4xx, redelivery, duplicates dropped by id, appeals that keep their schedule while an endpoint is down, and a
// meeting's notifications delivered the same way.

let stack: TestStack;
let receiver: Receiver;
let office: string;
type Hooks = ReturnType<typeof webhookHelpers>;
let hookedDepartment: Hooks['hookedDepartment'];
let assignedAppeal: Hooks['assignedAppeal'];
let delivery: Hooks['delivery'];
let notification: Hooks['notification'];

beforeAll(async () => {
  [stack, receiver] = await Promise.all([startTestStack(), startReceiver()]);
  office = await stack.token('office');
  ({ hookedDepartment, assignedAppeal, delivery, notification } = webhookHelpers(stack, receiver, office));
});
afterAll(async () => {
  await stack?.teardown();
  await receiver?.close();
});

describe('webhook delivery', () => {
  it('POSTs the notification signed with the department secret', async () => {
    const dept = await hookedDepartment('signed-dept', [{ status: 200 }]);
    const { id, assigned, notificationId } = await assignedAppeal(dept.code);
    expect(await delivery(notificationId)).toBe('delivered');
    const [request] = receiver.received(`/${dept.code}`);
    const timestamp = Number(request!.headers[TIMESTAMP_HEADER.toLowerCase()]);
    expect(request!.headers[SIGNATURE_HEADER.toLowerCase()]).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifySignature(dept.secret, request!.headers, request!.body)).toBe(true);
    expect(verifySignature(dept.secret, { ...request!.headers, [TIMESTAMP_HEADER.toLowerCase()]: String(timestamp + 1) }, request!.body)).toBe(false);
    expect(JSON.parse(request!.body)).toEqual({
      id: notificationId,
      kind: 'assigned',
      appealId: id,
      receiptNumber: assigned.receiptNumber,
      status: 'assigned',
      deadline: assigned.deadlines.dueAt,
      link: `/v1/appeals/${id}`,
      at: expect.stringMatching(/\+08:00$/),
    });
    const n = await notification(notificationId);
    expect(n).toMatchObject({ status: 'delivered', channel: 'webhook', attempts: [{ attempt: 1, statusCode: 200, outcome: 'delivered' }] });
  });

  it('retries through 500s and a timeout until it is delivered', async () => {
    const dept = await hookedDepartment('flaky-dept', [{ status: 500 }, { status: 503 }, 'hang', { status: 204 }]);
    const { notificationId } = await assignedAppeal(dept.code);
    expect(await delivery(notificationId)).toBe('delivered');
    const n = await notification(notificationId);
    expect(n.attempts.map((a: { statusCode: number | null; outcome: string }) => [a.statusCode, a.outcome])).toEqual([
      [500, 'retry'],
      [503, 'retry'],
      [null, 'retry'],
      [204, 'delivered'],
    ]);
    expect(n.attempts[2].error).toMatch(/no answer within/);
    const gaps = n.attempts.slice(1).map((a: { at: string }, i: number) => Date.parse(a.at) - Date.parse(n.attempts[i].at));
    // back-off with equal jitter: attempt k waits between half and all of 5 s · 2^(k-1)
    expect(gaps[0]).toBeGreaterThanOrEqual(2_500);
    expect(gaps[0]).toBeLessThanOrEqual(5_000 + 1_000);
    expect(gaps[1]).toBeGreaterThanOrEqual(5_000);
    expect(gaps[2]).toBeGreaterThanOrEqual(10_000);
    // A replay fixture (RECORD_HISTORIES=1): deliveries running when the workflow's code changes must replay.
    await keepHistory(stack.env.client.workflow.getHandle(deliveryWorkflowId(notificationId)), 'delivery-retries');
  });

  it('waits as long as Retry-After asks on 429', async () => {
    const dept = await hookedDepartment('busy-dept', [{ status: 429, headers: { 'Retry-After': '120' } }, { status: 200 }]);
    const { notificationId } = await assignedAppeal(dept.code);
    expect(await delivery(notificationId)).toBe('delivered');
    const [first, second] = (await notification(notificationId)).attempts;
    expect(first).toMatchObject({ statusCode: 429, outcome: 'retry' });
    expect(Date.parse(second.at) - Date.parse(first.at)).toBeGreaterThanOrEqual(120_000);
    expect(Date.parse(second.at) - Date.parse(first.at)).toBeLessThan(125_000);
  });

  it('gives up on 410, records the answer, and delivers again on redelivery', async () => {
    const dept = await hookedDepartment('gone-dept', [{ status: 410 }, { status: 200 }]);
    const { notificationId } = await assignedAppeal(dept.code);
    expect(await delivery(notificationId)).toBe('failed');
    const failed = await notification(notificationId);
    expect(failed).toMatchObject({ status: 'failed', failure: expect.stringContaining('410') });
    expect(failed.attempts).toHaveLength(1);
    expect((await stack.api('GET', '/v1/notifications?status=failed', office)).body.items.map((n: { id: string }) => n.id)).toContain(notificationId);

    const redelivered = await stack.api('POST', `/v1/notifications/${notificationId}/redeliver`, office);
    expect(redelivered.status).toBe(202);
    expect(await delivery(notificationId)).toBe('delivered');
    const after = await notification(notificationId);
    expect(after.status).toBe('delivered');
    expect(after.attempts.map((a: { attempt: number; statusCode: number }) => [a.attempt, a.statusCode])).toEqual([
      [1, 410],
      [2, 200],
    ]);
    expect((await stack.api('POST', `/v1/notifications/${notificationId}/redeliver`, office)).status).toBe(409);
    const dept2 = await stack.token('department', { department: dept.code });
    expect((await stack.api('POST', `/v1/notifications/${notificationId}/redeliver`, dept2)).status).toBe(403);
  });

  it('redelivers a pending notification whose delivery was terminated, numbering its attempts on', async () => {
    const dept = await hookedDepartment('stopped-dept', [{ status: 503 }, { status: 200 }]);
    const { notificationId } = await assignedAppeal(dept.code);
    const handle = stack.env.client.workflow.getHandle(deliveryWorkflowId(notificationId));
    // Stopped while it sleeps between attempts (its last event a timer): terminated in the middle of a workflow task,
    // it left the time-skipping server running in real time for the rest of the file.
    await eventually(async () => expect((await handle.fetchHistory()).events?.at(-1)?.timerStartedEventAttributes).toBeTruthy());
    expect((await notification(notificationId)).attempts).toHaveLength(1);
    await handle.terminate('a delivery that stopped');
    expect(await notification(notificationId)).toMatchObject({ status: 'pending' });

    const redelivered = await stack.api('POST', `/v1/notifications/${notificationId}/redeliver`, office);
    expect(redelivered).toMatchObject({ status: 202, body: { id: notificationId, status: 'pending', firstAttempt: 2 } });
    expect(await delivery(notificationId)).toBe('delivered');
    const after = await notification(notificationId);
    expect(after.status).toBe('delivered');
    expect(after.attempts.map((a: { attempt: number; statusCode: number }) => [a.attempt, a.statusCode])).toEqual([
      [1, 503],
      [2, 200],
    ]);
  });

  it('redelivers a pending notification whose delivery never started', async () => {
    const dept = await hookedDepartment('unstarted-dept', [{ status: 200 }]);
    const { id, notificationId } = await assignedAppeal(dept.code);
    expect(await delivery(notificationId)).toBe('delivered');
    // A row as the ledger write leaves it when dispatch never got to start its delivery.
    const orphan = `${id}-orphan`;
    await sql`insert into notifications (id, appeal_id, seq, kind, recipient, department_code, deadline, created_at, payload)
      select ${orphan}, appeal_id, seq + 1000, kind, recipient, department_code, deadline, created_at, payload || ${JSON.stringify({ id: orphan })}::jsonb
      from notifications where id = ${notificationId}`.execute(stack.db);
    expect(await notification(orphan)).toMatchObject({ status: 'pending', attempts: [] });

    expect(await stack.api('POST', `/v1/notifications/${orphan}/redeliver`, office)).toMatchObject({ status: 202, body: { firstAttempt: 1 } });
    expect(await delivery(orphan)).toBe('delivered');
    expect(receiver.received(`/${dept.code}`).filter((r) => JSON.parse(r.body).id === orphan)).toHaveLength(1);
  });

  it('refuses to redeliver a pending notification whose delivery is still running', async () => {
    const dept = await hookedDepartment('retrying-dept', [{ status: 503 }]);
    const { notificationId } = await assignedAppeal(dept.code);
    await eventually(async () => expect((await notification(notificationId)).attempts).toHaveLength(1));
    const handle = stack.env.client.workflow.getHandle(deliveryWorkflowId(notificationId));
    const { runId } = await handle.describe();

    const refused = await stack.api('POST', `/v1/notifications/${notificationId}/redeliver`, office);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ currentStatus: 'pending', detail: expect.stringContaining('still running') });
    // The first delivery carries on, alone: none was started beside it.
    expect(await handle.describe()).toMatchObject({ runId, status: { name: 'RUNNING' } });
  });

  it('sends the same id again after a dropped connection, so the receiver can drop the duplicate', async () => {
    const dept = await hookedDepartment('dropping-dept', ['drop', { status: 200 }]);
    const { notificationId } = await assignedAppeal(dept.code);
    expect(await delivery(notificationId)).toBe('delivered');
    const ids = receiver.received(`/${dept.code}`).map((r) => JSON.parse(r.body).id);
    expect(ids).toEqual([notificationId, notificationId]);
    expect(new Set(ids).size).toBe(1);
  });

  it('signs with both secrets during a rotation’s grace period', async () => {
    const dept = await hookedDepartment('rotating-dept', [{ status: 200 }]);
    const rotated = await stack.api('POST', `/v1/departments/${dept.code}/secret`, ADMIN);
    expect(rotated.status).toBe(200);
    const { notificationId } = await assignedAppeal(dept.code);
    expect(await delivery(notificationId)).toBe('delivered');
    const [request] = receiver.received(`/${dept.code}`);
    const { [SIGNATURE_HEADER.toLowerCase()]: current, [PREVIOUS_SIGNATURE_HEADER.toLowerCase()]: previous, ...rest } = request!.headers;
    expect(verifySignature(rotated.body.secret, { ...rest, [SIGNATURE_HEADER.toLowerCase()]: current }, request!.body)).toBe(true);
    expect(verifySignature(dept.secret, { ...rest, [PREVIOUS_SIGNATURE_HEADER.toLowerCase()]: previous }, request!.body)).toBe(true);
    expect(verifySignature(dept.secret, { ...rest, [SIGNATURE_HEADER.toLowerCase()]: current }, request!.body)).toBe(false);
  });
});

describe('a dead endpoint', () => {
  it('leaves the appeal on schedule', async () => {
    const dept = await hookedDepartment('dead-dept', [{ status: 503 }]);
    const { id, assigned } = await assignedAppeal(dept.code);
    const pathBy = Date.parse(assigned.deadlines.pathBy);
    await stack.env.sleep(pathBy - (await stack.env.currentTimeMs()) + 60_000);
    let appeal;
    for (let i = 0; i < 50; i++) {
      appeal = (await stack.api('GET', `/v1/appeals/${id}`, office)).body;
      if (appeal.timeline.some((e: { kind: string }) => e.kind === 'path_missed')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const missed = appeal.timeline.find((e: { kind: string }) => e.kind === 'path_missed');
    expect(missed?.at).toBe(assigned.deadlines.pathBy);
    const undelivered = (await stack.api('GET', `/v1/notifications?appeal=${id}&department=${dept.code}`, office)).body.items;
    expect(undelivered.map((n: { kind: string }) => n.kind)).toEqual(expect.arrayContaining(['assigned', 'path_missed']));
    expect(undelivered.every((n: { status: string }) => n.status !== 'delivered')).toBe(true);
    // three days of retrying the assignment: it went through every attempt and gave up
    const assignedNote = undelivered.find((n: { kind: string }) => n.kind === 'assigned');
    expect(assignedNote).toMatchObject({ status: 'failed', failure: 'not delivered after 12 attempts' });
    expect(assignedNote.attempts).toHaveLength(12);
  });
});

describe('enterprise notifications', () => {
  it('go through the channel adapter, recorded on the ledger', async () => {
    const id = (await stack.api('POST', '/v1/appeals', office, appealBody())).body.id;
    const ack = (await stack.api('GET', `/v1/notifications?appeal=${id}`, office)).body.items.find((n: { kind: string }) => n.kind === 'acknowledged');
    expect(ack).toMatchObject({ kind: 'acknowledged', recipient: 'enterprise' });
    // The ledger row is the delivery: marked delivered by the write itself, with no delivery workflow to wait for.
    expect(await notification(ack.id)).toMatchObject({ status: 'delivered', channel: 'ledger', attempts: [{ attempt: 1, outcome: 'delivered' }] });
    await expect(delivery(ack.id)).rejects.toThrow(/not found/i);
  });
});

describe('meeting notifications', () => {
  it('go the same way: the announcement to the office webhook, signed, and to the invited enterprise’s channel', async () => {
    receiver.script('/office', [{ status: 200 }]);
    const hook = await stack.api('PUT', '/v1/office/webhook', ADMIN, { url: receiver.url('/office') });
    expect(hook.status).toBe(200);
    const cc = newCreditCode();
    // Three days ahead: inside its announcement week, so it is announced as soon as it is planned.
    const startsAt = (await stack.env.currentTimeMs()) + 3 * 86_400_000;
    const created = await stack.api('POST', '/v1/meetings', office, {
      kind: 'symposium',
      title: '民营企业面对面专题座谈会',
      theme: '破解融资难题',
      chair: '市长',
      location: '市政府第一会议室',
      startsAt: iso(startsAt),
    });
    expect(created.status).toBe(201);
    const meetingId = created.body.id as string;
    expect((await stack.api('POST', `/v1/meetings/${meetingId}/invitations`, office, { creditCodes: [cc] })).status).toBe(200);

    type Listed = { id: string; recipient: string; kind: string };
    const listed = async () => (await stack.api('GET', `/v1/notifications?meeting=${meetingId}`, office)).body.items as Listed[];
    const [toOffice, toEnterprise] = await eventually(async () => {
      const items = await listed();
      const pair = ['office', `enterprise:${cc}`].map((r) => items.find((n) => n.recipient === r && n.kind === 'announced'));
      expect(pair.every(Boolean)).toBe(true);
      return pair as [Listed, Listed];
    });
    expect(await delivery(toOffice.id)).toBe('delivered');
    expect(await notification(toEnterprise.id)).toMatchObject({ status: 'delivered', channel: 'ledger' });

    const [request] = receiver.received('/office').filter((r) => JSON.parse(r.body).id === toOffice.id);
    expect(verifySignature(hook.body.secret, request!.headers, request!.body)).toBe(true);
    const meeting = (await stack.api('GET', `/v1/meetings/${meetingId}`, office)).body;
    expect(JSON.parse(request!.body)).toEqual({
      id: toOffice.id,
      kind: 'announced',
      meetingId,
      title: '民营企业面对面专题座谈会',
      status: 'announced',
      startsAt: iso(startsAt),
      deadline: meeting.registrationClosesAt,
      link: `/v1/meetings/${meetingId}`,
      at: expect.stringMatching(/\+08:00$/),
    });

    const after = await listed();
    expect(after.find((n) => n.id === toOffice.id)).toMatchObject({
      appealId: null,
      meetingId,
      status: 'delivered',
      channel: 'webhook',
      deadline: meeting.registrationClosesAt,
      attempts: [{ attempt: 1, statusCode: 200, outcome: 'delivered' }],
    });
    expect(after.find((n) => n.id === toEnterprise.id)).toMatchObject({
      meetingId,
      status: 'delivered',
      channel: 'ledger',
      attempts: [{ attempt: 1, outcome: 'delivered' }],
    });
    // The appeal filter still narrows to appeals: none of these belongs to one.
    expect((await stack.api('GET', `/v1/notifications?appeal=${meetingId}`, office)).body.items).toEqual([]);
  });
});
