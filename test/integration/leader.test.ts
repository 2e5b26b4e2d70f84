import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExpectedCalendar, iso, lifecycle, rules, tokensFor, type Tokens } from '../support/lifecycle.js';
import { ADMIN, startTestStack, type TestStack } from '../support/stack.js';

// Leaders' instructions (批示, 一事一督办, issue 15): a leader — always a named person — instructs an appeal, which
// becomes leader-supervised; the lead owes the leader progress on the cadence asked for, and a missed report is
// told to the lead, the office and the leader. A leader reads only the appeals they instructed.

let stack: TestStack;
let tokens: Tokens;
let L: ReturnType<typeof lifecycle>;
let leaderId: string;
let leader: string;
const expected = new ExpectedCalendar();
const R = rules(expected);

beforeAll(async () => {
  stack = await startTestStack();
  tokens = await tokensFor(stack, ['fin', 'mayor-office']);
  L = lifecycle(stack, tokens);
  leaderId = (await stack.api('POST', '/v1/people', ADMIN, { name: '张副市长', unit: 'mayor-office', duties: ['leader'] })).body.id;
  leader = await stack.token('leader', { person: leaderId });
});
afterAll(() => stack?.teardown());

describe('a leader', () => {
  it('is a named person with the leader duty', async () => {
    const clerk = (await stack.api('POST', '/v1/people', ADMIN, { name: '李科员', unit: 'fin', duties: ['handler'] })).body.id;
    expect((await stack.api('POST', '/v1/tokens', ADMIN, { role: 'leader' })).body.errors).toEqual([
      { field: 'person', message: expect.stringMatching(/required for the leader role/) },
    ]);
    expect((await stack.api('POST', '/v1/tokens', ADMIN, { role: 'leader', person: clerk })).body.errors).toEqual([
      { field: 'person', message: '李科员 has no leader duty' },
    ]);
  });

  it('instructs an appeal, reads it, and is owed progress on the cadence asked for', async () => {
    await L.toWorkingMorning(expected);
    const { id, enterprise } = await L.submit();
    const other = await L.submit();
    await L.step(id, 'classify', tokens.office, { classification: 'general', timeLimitDays: 15 });
    await L.step(id, 'assign', tokens.office, { lead: 'fin' });
    await L.step(id, 'accept', await tokens.dept('fin'));
    expect((await stack.api('GET', `/v1/appeals/${id}`, leader)).status).toBe(403);
    expect((await L.post(id, 'instruction', tokens.office, { text: '办公室不能批示' })).status).toBe(403);

    const instructedAt = await L.now();
    const instructed = await L.step(id, 'instruction', leader, { text: '请市财政局一周内协调解决', reportEveryWorkingDays: 2 });
    const reportBy = iso(R.after(instructedAt, 2));
    expect(instructed).toMatchObject({
      instructed: true,
      instructions: [{ by: leaderId, text: '请市财政局一周内协调解决', reportEveryWorkingDays: 2, reportBy }],
    });
    expect(L.lastEvent(instructed, 'instructed')).toMatchObject({ actor: { role: 'leader', person: { id: leaderId, name: '张副市长' } } });
    expect((await stack.api('GET', `/v1/appeals/${id}`, leader)).status).toBe(200);
    expect((await stack.api('GET', `/v1/appeals/${other.id}`, leader)).status).toBe(403);
    expect((await stack.api('GET', '/v1/appeals', leader)).body.items.map((a: { id: string }) => a.id)).toEqual([id]);
    const instructedIds = (await stack.api('GET', '/v1/appeals?instructed=true&limit=100', tokens.office)).body.items.map((a: { id: string }) => a.id);
    expect(instructedIds).toEqual([id]);
    expect((await stack.api('GET', '/v1/stats', tokens.office)).body.total).toMatchObject({ received: 2, instructed: 1 });

    // A progress report moves the leader's clock; missing the next one is told to all three.
    const reportedAt = await L.now();
    const reported = await L.step(id, 'progress', await tokens.dept('fin'), { message: '已召集银行会商' });
    const next = R.after(reportedAt, 2);
    expect(reported.instructions[0].reportBy).toBe(iso(next));
    await L.sleepUntil(next + 60_000);
    const late = await L.whenTimelineHas(id, 'instruction_report_missed');
    expect(L.lastEvent(late, 'instruction_report_missed')).toMatchObject({ at: iso(next), data: { leader: leaderId, deadline: iso(next) } });
    const told = late.timeline
      .filter((e: { kind: string; data?: { notification?: string } }) => e.kind === 'notified' && e.data?.notification === 'instruction_report_missed')
      .map((e: { data: { recipient: unknown } }) => e.data.recipient);
    expect(told).toEqual([{ kind: 'department', code: 'fin' }, { kind: 'office' }, { kind: 'person', id: leaderId }]);
    expect(late.instructions[0].reportBy).toBe(iso(R.after(next, 2)));

    // The weekly digest (the Schedule's workflow, run here by hand): this leader's open instructed appeal, once a week.
    const runDigest = (n: number) =>
      stack.env.client.workflow.execute('leaderDigests', { taskQueue: stack.taskQueue, workflowId: `leader-digests-test-${n}`, args: [] });
    expect(await runDigest(1)).toBe(1);
    expect(await runDigest(2)).toBe(0);
    const digests = (await stack.api('GET', '/v1/digests', leader)).body.items;
    expect(digests).toEqual([
      {
        week: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        computedAt: expect.any(String),
        appeals: [
          {
            appealId: id,
            receiptNumber: late.receiptNumber,
            status: 'in_progress',
            leadDepartment: 'fin',
            overdue: false,
            dueAt: late.deadlines.dueAt,
            reportBy: late.instructions[0].reportBy,
          },
        ],
      },
    ]);
    expect(new Date(`${digests[0].week}T00:00:00Z`).getUTCDay()).toBe(1);
    expect((await stack.api('GET', `/v1/people/${leaderId}/digests`, tokens.office)).body.items).toEqual(digests);
    expect((await stack.api('GET', '/v1/digests', tokens.office)).status).toBe(403);

    const seen = await L.get(id, enterprise);
    expect(seen.instructed).toBeUndefined();
    expect(seen.instructions).toBeUndefined();
    expect(seen.timeline.map((e: { kind: string }) => e.kind)).not.toContain('instructed');
  });
});
