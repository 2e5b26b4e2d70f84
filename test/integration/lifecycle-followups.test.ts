import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExpectedCalendar, iso, lifecycle, ms, rules, tokensFor, type Tokens } from '../support/lifecycle.js';
import { startTestStack, type TestStack } from '../support/stack.js';

// After closure: the four follow-up visits (3, 6, 9 and 12 months on), a rebound that reopens the appeal as a
// new round, and the longest lifecycle the product knows, whose history must stay small and replayable.

let stack: TestStack;
let tokens: Tokens;
let L: ReturnType<typeof lifecycle>;
let office: string;
const expected = new ExpectedCalendar();
const R = rules(expected);
const dept = (code: string) => tokens.dept(code);
const HOUR = 3_600_000;

beforeAll(async () => {
  stack = await startTestStack();
  tokens = await tokensFor(stack, ['fin', 'tax']);
  L = lifecycle(stack, tokens);
  office = tokens.office;
});
afterAll(() => stack?.teardown());

const REGISTERED = ['registered', 'acknowledged', 'notified acknowledged → enterprise'];
const pending = (visits: ReturnType<typeof R.followUps>) => visits.map(({ announceAt: _, ...f }) => ({ ...f, outcome: 'pending' }));

/** A simple appeal handled by `lead` in the current round and rated satisfied by the enterprise: closed. */
async function handleAndClose(id: string, lead: string, enterprise: string, log: ReturnType<typeof L.ledger>, classify: boolean) {
  if (classify) await L.step(id, 'classify', office, { classification: 'simple' });
  await L.step(id, 'assign', office, { lead });
  await L.step(id, 'accept', await dept(lead));
  await L.step(id, 'path', await dept(lead), { message: '当日办理' });
  await L.step(id, 'resolve', await dept(lead), { summary: '已办结' });
  const closed = await L.step(id, 'rating', enterprise, { result: 'satisfied', method: 'online' });
  await log.expect([
    ...(classify ? ['classified'] : []),
    'assigned',
    `notified assigned → department:${lead}`,
    'accepted',
    'path_reported',
    'notified path_reported → enterprise',
    'resolved',
    'notified resolved → enterprise',
    'notified resolved → office',
    'rated',
    'closed',
    'notified closed → enterprise',
    `notified closed → department:${lead}`,
  ]);
  return closed;
}

/** Moves the clock to an hour after the visit is announced (09:00 on its day) and checks the announcement. */
async function toVisit(id: string, visit: ReturnType<typeof R.followUps>[number], log: ReturnType<typeof L.ledger>) {
  await L.sleepUntil(visit.announceAt + HOUR);
  const a = await L.whenTimelineHas(id, 'follow_up_due', visit.n + (visit.cycle - 1) * 4);
  expect(L.lastEvent(a, 'follow_up_due')).toMatchObject({ data: { cycle: visit.cycle, n: visit.n, dueAt: visit.dueAt } });
  expect(ms(L.lastEvent(a, 'follow_up_due').at) - visit.announceAt).toBeLessThan(60_000);
  await log.expect(['follow_up_due', 'notified follow_up_due → office']);
  return a;
}

describe('follow-up visits', () => {
  it('closed → four visits recorded stable → the workflow completes; a later step answers 409 from the ledger', async () => {
    await L.toWorkingMorning(expected);
    const { id, enterprise } = await L.submit();
    const log = L.ledger(id);
    await log.expect(REGISTERED);
    let a = await handleAndClose(id, 'fin', enterprise, log, true);
    const visits = R.followUps(ms(a.closedAt));
    expect(a.followUps).toEqual(pending(visits));

    const early = await L.post(id, 'follow-ups', office, { outcome: 'stable' });
    expect(early.status).toBe(409);
    // Only a contact with the enterprise may be logged before the visit is announced.
    expect(early.body).toMatchObject({ currentStatus: 'closed', allowedSteps: ['contacts'] });

    for (const visit of visits) {
      await toVisit(id, visit, log);
      a = await L.step(id, 'follow-ups', office, { outcome: 'stable', note: `第${visit.n}次回访` });
      expect(a.followUps[visit.n - 1]).toMatchObject({ n: visit.n, outcome: 'stable', note: `第${visit.n}次回访`, recordedAt: expect.any(String) });
      expect(a.status).toBe('closed');
      await log.expect(['follow_up_recorded']);
      if (visit.n < 4) expect((await L.describeWorkflow(id)).status.name).toBe('RUNNING');
    }

    await expect.poll(async () => (await L.describeWorkflow(id)).status.name, { timeout: 5000 }).toBe('COMPLETED');
    expect(await L.result(id)).toMatchObject({ status: 'closed', closure: 'satisfied' });
    for (const [step, body] of [
      ['follow-ups', { outcome: 'stable' }],
      ['withdraw', { reason: '撤回' }],
    ] as const) {
      const refused = await L.post(id, step, office, body);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ currentStatus: 'closed', allowedSteps: [] });
    }
    await log.expectNothing();
  });

  it('a rebound at the first visit reopens: round 2 in registered, the other visits cancelled, a second cycle at the next closure', async () => {
    await L.toWorkingMorning(expected);
    const { id, enterprise } = await L.submit();
    const log = L.ledger(id);
    await log.expect(REGISTERED);
    let a = await handleAndClose(id, 'fin', enterprise, log, true);
    const visits = R.followUps(ms(a.closedAt));
    await toVisit(id, visits[0]!, log);

    const t = await L.now();
    a = await L.step(id, 'follow-ups', office, { outcome: 'rebound', note: '贷款再次被抽贷' });
    expect(a).toMatchObject({
      status: 'registered',
      round: 2,
      classification: 'simple',
      leadDepartment: null,
      closure: null,
      closureReason: null,
      closedAt: null,
      overdue: false,
      supervised: false,
      deadlines: { assignBy: iso(R.after(t, 1)), pathBy: iso(R.after(t, 2)), dueAt: null, ratingBy: null, explanationBy: null, reportBy: null },
    });
    expect(a.followUps.map((f: { n: number; outcome: string }) => [f.n, f.outcome])).toEqual([
      [1, 'rebound'],
      [2, 'cancelled'],
      [3, 'cancelled'],
      [4, 'cancelled'],
    ]);
    expect(L.lastEvent(a, 'reopened').data).toEqual({ cycle: 1, n: 1 });
    await log.expect(['follow_up_recorded', 'reopened', 'notified reopened → office']);

    a = await handleAndClose(id, 'tax', enterprise, log, false);
    expect(a).toMatchObject({ status: 'closed', round: 2, closure: 'satisfied' });
    expect(a.timeline.filter((e: { kind: string }) => e.kind === 'assigned').map((e: { round: number }) => e.round)).toEqual([1, 2]);
    expect(a.followUps.slice(4)).toEqual(pending(R.followUps(ms(a.closedAt), 2)));
    expect((await L.describeWorkflow(id)).status.name).toBe('RUNNING');
    await L.history(id, 'rebound');
  });
});

describe('the longest lifecycle', () => {
  it('extension, overdue, supervision, a missed report, dissatisfied, round 2, satisfied, four visits (one missed): completes with a small history', async () => {
    await L.toWorkingMorning(expected);
    const { id, enterprise } = await L.submit();
    const log = L.ledger(id);
    await log.expect(REGISTERED);

    // Round 1: a 5-day limit, extended by 2, still missed.
    await L.step(id, 'classify', office, { classification: 'general', timeLimitDays: 5 });
    let t = await L.now();
    await L.step(id, 'assign', office, { lead: 'fin', co: ['tax'] });
    const dueAt = R.after(t, 5);
    await L.step(id, 'accept', await dept('fin'));
    await L.step(id, 'path', await dept('fin'), { message: '正在协调' });
    await L.step(id, 'extension', await dept('fin'), { workingDays: 2, reason: '需要会商' });
    let a = await L.step(id, 'extension/decision', office, { approve: true });
    const extended = R.after(dueAt, 2);
    expect(a.deadlines.dueAt).toBe(iso(extended));
    await log.expect([
      'classified',
      'assigned',
      'notified assigned → department:fin',
      'notified assigned → department:tax',
      'accepted',
      'path_reported',
      'notified path_reported → enterprise',
      'extension_requested',
      'notified extension_requested → office',
      'extension_approved',
      'notified extension_approved → department:fin',
    ]);

    await L.sleepUntil(R.warningFor(extended) + HOUR);
    await L.whenTimelineHas(id, 'warning');
    // The co-department gave no part of its own by its third working day (issue 15).
    await log.expect([
      'contribution_missed',
      'notified contribution_missed → department:fin',
      'notified contribution_missed → office',
      'warning',
      'notified warning → department:fin',
    ]);
    await L.sleepUntil(extended + 10 * HOUR);
    a = await L.whenTimelineHas(id, 'supervision_started');
    const reportBy = R.after(extended, 5);
    expect(a).toMatchObject({ overdue: true, supervised: true, deadlines: { dueAt: iso(extended), reportBy: iso(reportBy) } });
    await log.expect([
      'overdue',
      'notified overdue → department:fin',
      'notified overdue → office',
      'supervision_started',
      'notified supervision_started → department:fin',
      'notified supervision_started → office',
    ]);
    await L.sleepUntil(reportBy + 10 * HOUR);
    a = await L.whenTimelineHas(id, 'report_missed');
    expect(a.deadlines.reportBy).toBe(iso(R.after(reportBy, 5)));
    await log.expect(['report_missed', 'notified report_missed → department:fin', 'notified report_missed → office']);
    t = await L.now();
    a = await L.step(id, 'progress', await dept('fin'), { message: '已会商' });
    expect(a.deadlines.reportBy).toBe(iso(R.after(t, 5)));
    await L.step(id, 'resolve', await dept('fin'), { summary: '第一轮办结' });
    t = await L.now();
    a = await L.step(id, 'rating', office, { result: 'dissatisfied', method: 'visit' });
    expect(a.deadlines.explanationBy).toBe(iso(R.after(t, 2)));
    t = await L.now();
    a = await L.step(id, 'explanation', await dept('fin'), { text: '说明情况' });
    expect(a).toMatchObject({ status: 'registered', round: 2, overdue: false, supervised: false, deadlines: { assignBy: iso(R.after(t, 1)), reportBy: null } });
    await log.expect([
      'progress_reported',
      'resolved',
      'notified resolved → enterprise',
      'notified resolved → office',
      'rated',
      'notified rated → department:fin',
      'notified rated → office',
      'explanation_given',
      'notified explanation_given → office',
    ]);

    // Round 2: another lead, on time, satisfied.
    t = await L.now();
    a = await L.step(id, 'assign', office, { lead: 'tax' });
    expect(a.deadlines.dueAt).toBe(iso(R.after(t, 5)));
    await L.step(id, 'accept', await dept('tax'));
    await L.step(id, 'path', await dept('tax'), { message: '第二轮' });
    await L.step(id, 'progress', await dept('tax'), { message: '进展' });
    await L.step(id, 'resolve', await dept('tax'), { summary: '第二轮办结' });
    a = await L.step(id, 'rating', enterprise, { result: 'satisfied', method: 'online' });
    expect(a).toMatchObject({ status: 'closed', round: 2, closure: 'satisfied', overdue: false });
    await log.expect([
      'assigned',
      'notified assigned → department:tax',
      'accepted',
      'path_reported',
      'notified path_reported → enterprise',
      'progress_reported',
      'resolved',
      'notified resolved → enterprise',
      'notified resolved → office',
      'rated',
      'closed',
      'notified closed → enterprise',
      'notified closed → department:tax',
    ]);

    // Four visits; the third is never recorded and is missed at its dueAt.
    const visits = R.followUps(ms(a.closedAt));
    expect(a.followUps).toEqual(pending(visits));
    for (const visit of visits) {
      await toVisit(id, visit, log);
      if (visit.n === 3) {
        await L.sleepUntil(ms(visit.dueAt) + 10 * HOUR);
        a = await L.whenTimelineHas(id, 'follow_up_missed');
        expect(L.lastEvent(a, 'follow_up_missed')).toMatchObject({ at: visit.dueAt, data: { cycle: 1, n: 3 } });
        expect(a.followUps[2].outcome).toBe('missed');
        await log.expect(['follow_up_missed']);
        continue;
      }
      await L.step(id, 'follow-ups', office, { outcome: 'stable' });
      await log.expect(['follow_up_recorded']);
    }
    await expect.poll(async () => (await L.describeWorkflow(id)).status.name, { timeout: 5000 }).toBe('COMPLETED');
    expect((await L.get(id)).followUps.map((f: { outcome: string }) => f.outcome)).toEqual(['stable', 'stable', 'missed', 'stable']);

    const history = await L.history(id, 'full-lifecycle');
    const events = history.events?.length ?? 0;
    process.stderr.write(`[lifecycle] the longest lifecycle's history: ${events} events\n`);
    expect(events).toBeGreaterThan(100);
    expect(events).toBeLessThan(1000);
  });
});
