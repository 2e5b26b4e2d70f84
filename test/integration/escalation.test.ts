import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExpectedCalendar, at, day, iso, lifecycle, tokensFor, type Tokens } from '../support/lifecycle.js';
import { startTestStack, type TestStack } from '../support/stack.js';

// The task force (专班 / 会诊, issue 15): the office escalates an appeal that ordinary handling does not move; it is
// marked, supervised, and taken into the coordination meeting named, which then lists it.

let stack: TestStack;
let tokens: Tokens;
let L: ReturnType<typeof lifecycle>;
const expected = new ExpectedCalendar();

beforeAll(async () => {
  stack = await startTestStack();
  tokens = await tokensFor(stack, ['fin']);
  L = lifecycle(stack, tokens);
});
afterAll(() => stack?.teardown());

async function inProgress() {
  await L.toWorkingMorning(expected);
  const submitted = await L.submit();
  await L.step(submitted.id, 'classify', tokens.office, { classification: 'general', timeLimitDays: 10 });
  await L.step(submitted.id, 'assign', tokens.office, { lead: 'fin' });
  await L.step(submitted.id, 'accept', await tokens.dept('fin'));
  return submitted;
}

/** A meeting a month ahead of the test server's clock, so that it is still to come whatever day the test runs. */
async function meeting(kind: string) {
  const startsAt = iso(at(day((await L.now()) + 30 * 86_400_000), '09:30'));
  const created = await stack.api('POST', '/v1/meetings', tokens.office, {
    kind,
    title: '融资难题会商',
    theme: '融资',
    chair: '副市长',
    location: '市政府',
    startsAt,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id as string;
}

describe('escalation to the task force', () => {
  it('marks and supervises the appeal, once', async () => {
    const { id, enterprise } = await inProgress();
    const escalated = await L.step(id, 'escalate', tokens.office, { reason: '涉及多部门政策冲突' });
    expect(escalated).toMatchObject({
      supervised: true,
      supervision: { reason: '专班：涉及多部门政策冲突' },
      taskForce: { reason: '涉及多部门政策冲突', meetingId: null },
    });
    expect(escalated.deadlines.reportBy).not.toBeNull();
    const kinds = escalated.timeline.map((e: { kind: string }) => e.kind).filter((k: string) => k !== 'notified');
    expect(kinds.slice(-2)).toEqual(['escalated', 'supervision_started']);
    const again = await L.post(id, 'escalate', tokens.office, { reason: '再次' });
    expect(again.status).toBe(409);
    expect((await L.post(id, 'escalate', await tokens.dept('fin'), { reason: '部门不能' })).status).toBe(403);
    const seen = await L.get(id, enterprise);
    expect(seen.taskForce).toBeUndefined();
    expect(seen.timeline.map((e: { kind: string }) => e.kind)).not.toContain('escalated');
  });

  it('takes the appeal into the coordination meeting named, which lists it', async () => {
    const { id } = await inProgress();
    const symposium = await meeting('symposium');
    const refused = await L.post(id, 'escalate', tokens.office, { reason: '会商', meetingId: symposium });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'meetingId' })]);
    expect((await L.post(id, 'escalate', tokens.office, { reason: '会商', meetingId: 'no-such-meeting' })).status).toBe(400);

    const coordination = await meeting('coordination');
    const escalated = await L.step(id, 'escalate', tokens.office, { reason: '需市级统筹协调', meetingId: coordination });
    expect(escalated.taskForce).toMatchObject({ meetingId: coordination });
    const listed = (await stack.api('GET', `/v1/meetings/${coordination}`, tokens.office)).body;
    expect(listed.appeals.map((a: { appealId: string }) => a.appealId)).toEqual([id]);
  });
});
