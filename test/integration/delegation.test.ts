import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppealsOfDepartmentQuery } from '../../db/appeals.js';
import { seedAppeals } from '../../bench/lists.js';
import { ExpectedCalendar, iso, lifecycle, ms, rules, type Tokens } from '../support/lifecycle.js';
import { ADMIN, startTestStack, type TestStack } from '../support/stack.js';
import { createCountyTree } from '../support/units.js';

// Delegation down the tree (issue 15): a county leading an appeal passes part of it to one of its towns, with a
// deadline that ends no later than the appeal's own; the town reads it, finds it in its inbox and reports back; a
// report not given in time is a `delegation_missed` told to the lead. A county's office runs it all from its window.

let stack: TestStack;
let tokens: Tokens;
let L: ReturnType<typeof lifecycle>;
const expected = new ExpectedCalendar();
const R = rules(expected);

beforeAll(async () => {
  stack = await startTestStack();
  await createCountyTree(stack);
  const county = await stack.token('office', { unit: 'fcx' });
  const cache = new Map<string, Promise<string>>();
  tokens = {
    office: county,
    admin: ADMIN,
    dept: (code) => cache.get(code) ?? cache.set(code, stack.token('department', { department: code })).get(code)!,
    enterprise: (cc) => stack.token('enterprise', { creditCode: cc }),
  };
  L = lifecycle(stack, tokens);
});
afterAll(() => stack?.teardown());

async function ledByCounty() {
  await L.toWorkingMorning(expected);
  const submitted = await L.submit();
  await L.step(submitted.id, 'classify', tokens.office, { classification: 'general', timeLimitDays: 10 });
  const assigned = await L.step(submitted.id, 'assign', tokens.office, { lead: 'fcx' });
  await L.step(submitted.id, 'accept', await tokens.dept('fcx'));
  return { ...submitted, assignedAt: ms(L.lastEvent(assigned, 'assigned').at), dueAt: ms(assigned.deadlines.dueAt) };
}

describe('a county delegating to a town', () => {
  it('passes part of the appeal down, the town reports back, and the county closes it through its own office', async () => {
    const { id, enterprise, assignedAt, dueAt } = await ledByCounty();
    const county = await tokens.dept('fcx');
    const refused = async (body: Record<string, unknown>, field: string) => {
      const answer = await L.post(id, 'delegate', county, body);
      expect(answer.status, JSON.stringify(answer.body)).toBe(400);
      expect(answer.body.errors).toEqual([expect.objectContaining({ field })]);
    };
    await refused({ to: 'axq-hsz', timeLimitDays: 3, note: '另一县的镇' }, 'to');
    await refused({ to: 'fcx', timeLimitDays: 3, note: '自己' }, 'to');
    await refused({ to: 'fcx-wjz', timeLimitDays: 11, note: '晚于办理时限' }, 'timeLimitDays');
    expect((await L.post(id, 'delegate', await tokens.dept('fcx-yjz'), { to: 'fcx-wjz', timeLimitDays: 3, note: '不是牵头单位' })).status).toBe(403);

    const delegated = await L.step(id, 'delegate', county, { to: 'fcx-wjz', timeLimitDays: 3, note: '请核实企业用地情况' });
    const delegatedDue = iso(R.after(assignedAt, 3));
    expect(delegated.delegations).toEqual([
      { round: 1, to: 'fcx-wjz', from: 'fcx', note: '请核实企业用地情况', timeLimitDays: 3, dueAt: delegatedDue, at: expect.any(String), missed: false },
    ]);
    expect(L.lastEvent(delegated, 'delegated')).toMatchObject({
      actor: { role: 'department', department: 'fcx' },
      data: { to: 'fcx-wjz', dueAt: delegatedDue },
    });
    expect(ms(delegatedDue)).toBeLessThanOrEqual(dueAt);

    const town = await tokens.dept('fcx-wjz');
    const inbox = (await stack.api('GET', '/v1/departments/fcx-wjz/inbox', town)).body.items;
    expect(inbox.map((t: { appealId: string; task: string; dueAt: string }) => [t.appealId, t.task, t.dueAt])).toEqual([[id, 'delegate-report', delegatedDue]]);
    expect((await stack.api('GET', `/v1/appeals/${id}`, town)).status).toBe(200);
    expect((await stack.api('GET', `/v1/appeals/${id}`, await tokens.dept('fcx-yjz'))).status).toBe(403);
    expect((await L.post(id, 'resolve', town, { summary: '镇不能办结' })).status).toBe(403);

    const reported = await L.step(id, 'delegate-report', town, { text: '用地手续齐全，可以办理' });
    expect(reported.delegations[0]).toMatchObject({ text: '用地手续齐全，可以办理', reportedAt: expect.any(String), missed: false });
    expect(L.lastEvent(reported, 'delegate_reported')).toMatchObject({ actor: { department: 'fcx-wjz' }, data: { to: 'fcx-wjz', onTime: true } });
    expect((await stack.api('GET', '/v1/departments/fcx-wjz/inbox', town)).body.items).toEqual([]);
    // Answered: the town owes nothing more on this appeal, and takes no step on it.
    expect((await L.post(id, 'delegate-report', town, { text: '再报一次' })).status).toBe(403);

    await L.step(id, 'resolve', county, { summary: '已协调办理用地手续' });
    const closed = await L.step(id, 'rating', tokens.office, { result: 'satisfied', method: 'phone' });
    expect(closed).toMatchObject({ status: 'closed', closure: 'satisfied', leadDepartment: 'fcx' });

    const seen = await L.get(id, enterprise);
    expect(seen.delegations).toBeUndefined();
    expect(seen.timeline.map((e: { kind: string }) => e.kind)).not.toEqual(expect.arrayContaining(['delegated']));
    await L.history(id, 'delegation');
  });

  it('tells the county when a town misses its report', async () => {
    const { id } = await ledByCounty();
    const delegated = await L.step(id, 'delegate', await tokens.dept('fcx'), { to: 'fcx-yjz', timeLimitDays: 2, note: '请走访企业' });
    const due = delegated.delegations[0].dueAt as string;
    await L.sleepUntil(ms(due) + 60_000);
    const late = await L.whenTimelineHas(id, 'delegation_missed');
    expect(L.lastEvent(late, 'delegation_missed')).toMatchObject({ at: due, actor: { role: 'system' }, data: { to: 'fcx-yjz', deadline: due } });
    const told = late.timeline.filter(
      (e: { kind: string; data?: { notification?: string } }) => e.kind === 'notified' && e.data?.notification === 'delegation_missed',
    );
    expect(told.map((e: { data: { recipient: unknown } }) => e.data.recipient)).toEqual([{ kind: 'department', code: 'fcx' }]);
    expect(late.delegations[0]).toMatchObject({ missed: true });
    // Late, but still taken: the county wants the answer.
    const reported = await L.step(id, 'delegate-report', await tokens.dept('fcx-yjz'), { text: '已走访' });
    expect(L.lastEvent(reported, 'delegate_reported').data).toMatchObject({ onTime: false });
  });
});

describe('the inbox query', () => {
  it('is served by a partial index on each way a unit may owe a step: lead, co-department, delegated part', async () => {
    // At a ledger's scale (seeded in a transaction that is rolled back), where reading the owing appeals whole and
    // filtering each one's state is what the planner must not choose.
    const rolledBack = new Error('rolled back');
    let plan = '';
    await stack.db
      .transaction()
      .execute(async (trx) => {
        await seedAppeals(trx, 50_000);
        await sql`analyze appeals`.execute(trx);
        plan = (await openAppealsOfDepartmentQuery(trx, 'dept-3').explain()).map((r) => r['QUERY PLAN']).join('\n');
        throw rolledBack;
      })
      .catch((err) => {
        if (err !== rolledBack) throw err;
      });
    for (const index of ['appeals_owing_lead', 'appeals_owing_co', 'appeals_owing_delegated']) expect(plan).toContain(`Bitmap Index Scan on ${index}`);
  });
});
