import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExpectedCalendar, iso, lifecycle, ms, rules, tokensFor, type Tokens } from '../support/lifecycle.js';
import { startTestStack, type TestStack } from '../support/stack.js';

// Co-handlers owe their part (issue 15): each co-department named at `assign` owes the lead a contribution by the
// policy's working days (3), never after the lead's `dueAt`; a missed one is on the timeline and told to the lead
// and the office; the lead's resolution lists what each gave.

let stack: TestStack;
let tokens: Tokens;
let L: ReturnType<typeof lifecycle>;
const expected = new ExpectedCalendar();
const R = rules(expected);

beforeAll(async () => {
  stack = await startTestStack();
  tokens = await tokensFor(stack, ['lead', 'tax', 'bank', 'other']);
  L = lifecycle(stack, tokens);
});
afterAll(() => stack?.teardown());

describe('co-handlers', () => {
  it('owe their part by the deadline; a missed one is told to the lead and the office; the resolution lists each', async () => {
    await L.toWorkingMorning(expected);
    const { id, enterprise } = await L.submit();
    await L.step(id, 'classify', tokens.office, { classification: 'general', timeLimitDays: 10 });
    const assigned = await L.step(id, 'assign', tokens.office, { lead: 'lead', co: ['tax', 'bank'] });
    const assignedAt = ms(L.lastEvent(assigned, 'assigned').at);
    const contributeBy = iso(R.after(assignedAt, 3));
    expect(assigned.contributions).toEqual([
      { round: 1, department: 'tax', dueBy: contributeBy, missed: false },
      { round: 1, department: 'bank', dueBy: contributeBy, missed: false },
    ]);
    expect(L.lastEvent(assigned, 'assigned').data).toMatchObject({ co: ['tax', 'bank'], contributeBy });
    await L.step(id, 'accept', await tokens.dept('lead'));

    // Only a co-department gives a part: not the lead, not another department.
    expect((await L.post(id, 'contribution', await tokens.dept('lead'), { text: '牵头单位' })).status).toBe(403);
    expect((await L.post(id, 'contribution', await tokens.dept('other'), { text: '无关单位' })).status).toBe(403);
    expect((await L.post(id, 'contribution', await tokens.dept('tax'), {})).status).toBe(400);
    const inbox = async (code: string) =>
      (await stack.api('GET', `/v1/departments/${code}/inbox`, await tokens.dept(code))).body.items
        .filter((t: { appealId: string }) => t.appealId === id)
        .map((t: { task: string; dueAt: string }) => `${t.task} ${t.dueAt}`);
    expect(await inbox('tax')).toEqual([`contribution ${contributeBy}`]);
    const given = await L.step(id, 'contribution', await tokens.dept('tax'), { text: '已核实纳税信用等级为A' });
    expect(L.lastEvent(given, 'contributed')).toMatchObject({
      actor: { role: 'department', department: 'tax' },
      data: { text: '已核实纳税信用等级为A', onTime: true },
    });
    expect(await inbox('tax')).toEqual([]);
    expect(await inbox('bank')).toEqual([`contribution ${contributeBy}`]);

    await L.sleepUntil(ms(contributeBy) + 60_000);
    const late = await L.whenTimelineHas(id, 'contribution_missed');
    expect(late.timeline.filter((e: { kind: string }) => e.kind === 'contribution_missed')).toEqual([
      expect.objectContaining({ at: contributeBy, actor: { role: 'system' }, data: { department: 'bank', deadline: contributeBy } }),
    ]);
    const told = late.timeline
      .filter((e: { kind: string; data?: { notification?: string } }) => e.kind === 'notified' && e.data?.notification === 'contribution_missed')
      .map((e: { data: { recipient: unknown } }) => e.data.recipient);
    expect(told).toEqual([{ kind: 'department', code: 'lead' }, { kind: 'office' }]);
    expect(late.contributions).toMatchObject([
      { department: 'tax', missed: false },
      { department: 'bank', missed: true },
    ]);

    const resolved = await L.step(id, 'resolve', await tokens.dept('lead'), { summary: '已协调解决' });
    expect(L.lastEvent(resolved, 'resolved').data).toEqual({
      summary: '已协调解决',
      onTime: true,
      contributions: [
        { department: 'tax', text: '已核实纳税信用等级为A', missed: false },
        { department: 'bank', missed: true },
      ],
    });

    // The enterprise reads none of it.
    const seen = await L.get(id, enterprise);
    expect(seen.contributions).toBeUndefined();
    expect(seen.timeline.map((e: { kind: string }) => e.kind)).not.toContain('contributed');
    expect(L.lastEvent(seen, 'resolved').data).toEqual({ summary: '已协调解决' });
    await L.history(id, 'co-handlers');
  });

  it('never owe it after the lead’s own dueAt', async () => {
    await L.toWorkingMorning(expected);
    const { id } = await L.submit();
    await L.step(id, 'classify', tokens.office, { classification: 'simple' });
    const assigned = await L.step(id, 'assign', tokens.office, { lead: 'lead', co: ['tax'] });
    expect(assigned.contributions).toEqual([{ round: 1, department: 'tax', dueBy: assigned.deadlines.dueAt, missed: false }]);
  });
});
