import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchAttributeKeys } from '../../workflows/search-attributes.js';
import { ExpectedCalendar, at, day, endOf, iso, lifecycle, ms, rules, tokensFor, type Tokens } from '../support/lifecycle.js';
import { startTestStack, type TestStack } from '../support/stack.js';

// Deadlines passing: the clock is moved with the time-skipping server's sleep, past each deadline, and the
// ledger is read once the timer's firing has been written. A missed deadline's event is dated the deadline.

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

describe('missed assignBy and pathBy', () => {
  it('records assign_missed and path_missed dated at their deadlines, tells the office (and the lead once there is one)', async () => {
    await L.toWorkingMorning(expected);
    const { id, registeredAt } = await L.submit();
    const log = L.ledger(id);
    const assignBy = R.counting(registeredAt, 2);
    const pathBy = R.counting(registeredAt, 3);
    await L.step(id, 'classify', office, { classification: 'general', timeLimitDays: 5 });
    await log.expect([...REGISTERED, 'classified']);

    await L.sleepUntil(assignBy + 10 * HOUR);
    let a = await L.whenTimelineHas(id, 'assign_missed');
    expect(L.lastEvent(a, 'assign_missed')).toEqual({
      kind: 'assign_missed',
      at: iso(assignBy),
      round: 1,
      actor: { role: 'system' },
      data: { deadline: iso(assignBy) },
    });
    expect(a.status).toBe('registered');
    await log.expect(['assign_missed', 'notified assign_missed → office']);
    const notice = await stack.db
      .selectFrom('notifications')
      .select('deadline')
      .where('appeal_id', '=', id)
      .where('kind', '=', 'assign_missed')
      .executeTakeFirstOrThrow();
    expect(notice.deadline?.getTime()).toBe(assignBy);

    // Late, but still the office's step to take.
    const t = await L.now();
    a = await L.step(id, 'assign', office, { lead: 'fin' });
    expect(a.deadlines).toMatchObject({ assignBy: iso(assignBy), pathBy: iso(pathBy), dueAt: iso(R.after(t, 5)) });
    await log.expect(['assigned', 'notified assigned → department:fin']);

    await L.sleepUntil(pathBy + 10 * HOUR);
    a = await L.whenTimelineHas(id, 'path_missed');
    expect(L.lastEvent(a, 'path_missed')).toMatchObject({ at: iso(pathBy), data: { deadline: iso(pathBy) } });
    await log.expect(['path_missed', 'notified path_missed → department:fin', 'notified path_missed → office']);

    await L.step(id, 'path', await dept('fin'), { message: '迟到的路径告知' });
    await log.expect(['path_reported', 'notified path_reported → enterprise']);
    expect((await L.get(id)).timeline.filter((e: { kind: string }) => e.kind.endsWith('_missed')).length).toBe(2);
  });
});

describe('warning, overdue, supervision', () => {
  it('warning at 09:00 the working day before dueAt, then overdue + listed supervision at dueAt, then a missed report counted from the miss', async () => {
    await L.toWorkingMorning(expected);
    const { id } = await L.submit();
    const log = L.ledger(id);
    await L.step(id, 'classify', office, { classification: 'general', timeLimitDays: 5 });
    const assignedAt = await L.now();
    await L.step(id, 'assign', office, { lead: 'fin', co: ['tax'] });
    await L.step(id, 'accept', await dept('fin'));
    await L.step(id, 'path', await dept('fin'), { message: '正在办理' });
    await log.expect([
      ...REGISTERED,
      'classified',
      'assigned',
      'notified assigned → department:fin',
      'notified assigned → department:tax',
      'accepted',
      'path_reported',
      'notified path_reported → enterprise',
    ]);
    const dueAt = R.after(assignedAt, 5);
    const warningAt = R.warningFor(dueAt);

    await L.sleepUntil(warningAt + HOUR);
    let a = await L.whenTimelineHas(id, 'warning');
    const warning = L.lastEvent(a, 'warning');
    expect(ms(warning.at) - warningAt).toBeGreaterThanOrEqual(0);
    expect(ms(warning.at) - warningAt).toBeLessThan(60_000);
    expect(warning.data).toEqual({ dueAt: iso(dueAt) });
    expect(a).toMatchObject({ status: 'in_progress', overdue: false, supervised: false });
    // The co-department gave no part of its own by its third working day (issue 15).
    await log.expect([
      'contribution_missed',
      'notified contribution_missed → department:fin',
      'notified contribution_missed → office',
      'warning',
      'notified warning → department:fin',
    ]);

    await L.sleepUntil(dueAt + 10 * HOUR);
    a = await L.whenTimelineHas(id, 'supervision_started');
    let reportBy = R.after(dueAt, 5);
    expect(a).toMatchObject({
      status: 'in_progress',
      overdue: true,
      supervised: true,
      supervision: { reason: 'overdue', reportEveryWorkingDays: null, leaderAssigned: false },
      deadlines: { dueAt: iso(dueAt), reportBy: iso(reportBy) },
    });
    expect(L.lastEvent(a, 'overdue')).toMatchObject({ at: iso(dueAt), data: { dueAt: iso(dueAt) } });
    expect(L.lastEvent(a, 'supervision_started')).toMatchObject({ at: iso(dueAt), data: { reason: 'overdue', reportBy: iso(reportBy) } });
    await log.expect([
      'overdue',
      'notified overdue → department:fin',
      'notified overdue → office',
      'supervision_started',
      'notified supervision_started → department:fin',
      'notified supervision_started → office',
    ]);
    const listed = await stack.api('GET', '/v1/appeals?overdue=true&supervised=true', office);
    expect(listed.body.items.map((x: { id: string }) => x.id)).toContain(id);
    expect((await L.describeWorkflow(id)).typedSearchAttributes.get(searchAttributeKeys.supervised)).toBe(true);
    const details = await L.currentDetails(id);
    expect(details).toContain('**办理中** (in_progress), round 1');
    expect(details).toContain('Lead: fin, tax');
    expect(details).toContain(' — **overdue**');
    expect(details).toContain('Under supervision');
    expect(details).toContain(`Next deadline: reportBy at ${new Date(reportBy).toISOString().replace('T', ' ').slice(0, 16)} UTC`);

    await L.sleepUntil(reportBy + 10 * HOUR);
    a = await L.whenTimelineHas(id, 'report_missed');
    const missed = reportBy;
    reportBy = R.after(missed, 5);
    expect(L.lastEvent(a, 'report_missed')).toMatchObject({ at: iso(missed), data: { deadline: iso(missed) } });
    expect(a.deadlines.reportBy).toBe(iso(reportBy));
    await log.expect(['report_missed', 'notified report_missed → department:fin', 'notified report_missed → office']);

    // A co-department's progress report restarts the clock from its own day.
    const t = await L.now();
    a = await L.step(id, 'progress', await dept('tax'), { message: '协办进展' });
    expect(a.deadlines.reportBy).toBe(iso(R.after(t, 5)));
    await log.expect(['progress_reported']);

    a = await L.step(id, 'resolve', await dept('fin'), { summary: '逾期办结' });
    expect(a).toMatchObject({ status: 'resolved', overdue: true, deadlines: { reportBy: null } });
    expect(L.lastEvent(a, 'resolved').data).toEqual({ summary: '逾期办结', onTime: false, contributions: [{ department: 'tax', missed: true }] });
    await log.expect(['resolved', 'notified resolved → enterprise', 'notified resolved → office']);
  });

  it('an extension approved after dueAt passed moves dueAt, leaves overdue true and fires no second overdue', async () => {
    await L.toWorkingMorning(expected);
    const { id } = await L.submit();
    const log = L.ledger(id);
    await L.step(id, 'classify', office, { classification: 'simple' });
    const assignedAt = await L.now();
    await L.step(id, 'assign', office, { lead: 'fin' });
    await L.step(id, 'accept', await dept('fin'));
    await L.step(id, 'path', await dept('fin'), { message: '正在办理' });
    await L.step(id, 'extension', await dept('fin'), { workingDays: 2, reason: '需现场核查' });
    await log.expect([
      ...REGISTERED,
      'classified',
      'assigned',
      'notified assigned → department:fin',
      'accepted',
      'path_reported',
      'notified path_reported → enterprise',
      'extension_requested',
      'notified extension_requested → office',
    ]);
    // A one-day limit: its warning moment (09:00 today) has passed, so none is armed.
    const dueAt = R.after(assignedAt, 1);
    expect(R.warningFor(dueAt)).toBeLessThan(assignedAt);

    await L.sleepUntil(dueAt + 10 * HOUR);
    await L.whenTimelineHas(id, 'supervision_started');
    await log.expect([
      'overdue',
      'notified overdue → department:fin',
      'notified overdue → office',
      'supervision_started',
      'notified supervision_started → department:fin',
      'notified supervision_started → office',
    ]);

    const decidedAt = await L.now();
    let a = await L.step(id, 'extension/decision', office, { approve: true });
    const extended = R.after(dueAt, 2);
    expect(a).toMatchObject({ overdue: true, supervised: true, deadlines: { dueAt: iso(extended), reportBy: iso(R.after(dueAt, 5)) } });
    await log.expect(['extension_approved', 'notified extension_approved → department:fin']);
    const warningAt = R.warningFor(extended);
    const warns = warningAt > decidedAt;

    await L.sleepUntil(extended + 10 * HOUR);
    if (warns) await L.whenTimelineHas(id, 'warning');
    await log.expect(warns ? ['warning', 'notified warning → department:fin'] : []);
    await log.expectNothing();
    a = await L.get(id);
    expect(a.timeline.filter((e: { kind: string }) => e.kind === 'overdue')).toHaveLength(1);
    expect(a).toMatchObject({ status: 'in_progress', overdue: true });
  });

  it('the office supervises before assignment: the report clock (its own interval) starts at assignment', async () => {
    await L.toWorkingMorning(expected);
    const { id } = await L.submit();
    const log = L.ledger(id);
    let a = await L.step(id, 'supervision', office, { reason: '市领导批示', reportEveryWorkingDays: 3, leaderAssigned: true });
    expect(a).toMatchObject({
      supervised: true,
      supervision: { reason: '市领导批示', reportEveryWorkingDays: 3, leaderAssigned: true },
      deadlines: { reportBy: null },
    });
    await log.expect([...REGISTERED, 'supervision_started', 'notified supervision_started → office']);
    expect((await L.post(id, 'supervision', office, { reason: '再次督办' })).status).toBe(409);

    await L.step(id, 'classify', office, { classification: 'general', timeLimitDays: 15 });
    const t = await L.now();
    a = await L.step(id, 'assign', office, { lead: 'fin' });
    const reportBy = R.after(t, 3);
    expect(a.deadlines).toMatchObject({ dueAt: iso(R.after(t, 15)), reportBy: iso(reportBy) });
    await L.step(id, 'accept', await dept('fin'));
    await L.step(id, 'path', await dept('fin'), { message: '已开展调查' });
    await log.expect(['classified', 'assigned', 'notified assigned → department:fin', 'accepted', 'path_reported', 'notified path_reported → enterprise']);

    await L.sleepUntil(reportBy + 10 * HOUR);
    a = await L.whenTimelineHas(id, 'report_missed');
    expect(L.lastEvent(a, 'report_missed').at).toBe(iso(reportBy));
    expect(a.deadlines.reportBy).toBe(iso(R.after(reportBy, 3)));
    expect(a.overdue).toBe(false);
    await log.expect(['report_missed', 'notified report_missed → department:fin', 'notified report_missed → office']);
  });
});

describe('the return visit', () => {
  it('no rating: rating_reminder at ratingBy (5 working days), closed unrated at the end of the 10th, follow-ups from that day', async () => {
    await L.toWorkingMorning(expected);
    const { id, enterprise } = await L.submit();
    const log = L.ledger(id);
    await L.step(id, 'classify', office, { classification: 'simple' });
    await L.step(id, 'assign', office, { lead: 'fin' });
    await L.step(id, 'accept', await dept('fin'));
    await L.step(id, 'path', await dept('fin'), { message: '当日办理' });
    const t = await L.now();
    let a = await L.step(id, 'resolve', await dept('fin'), { summary: '已办结' });
    const ratingBy = R.after(t, 5);
    const unratedAt = R.after(t, 10);
    expect(a.deadlines.ratingBy).toBe(iso(ratingBy));
    await log.expect([
      ...REGISTERED,
      'classified',
      'assigned',
      'notified assigned → department:fin',
      'accepted',
      'path_reported',
      'notified path_reported → enterprise',
      'resolved',
      'notified resolved → enterprise',
      'notified resolved → office',
    ]);

    await L.sleepUntil(ratingBy + 10 * HOUR);
    a = await L.whenTimelineHas(id, 'rating_reminder');
    expect(L.lastEvent(a, 'rating_reminder')).toMatchObject({ at: iso(ratingBy), data: { deadline: iso(ratingBy) } });
    expect(a.status).toBe('resolved');
    await log.expect(['rating_reminder', 'notified rating_reminder → office']);
    const reminder = await stack.db
      .selectFrom('notifications')
      .select('deadline')
      .where('appeal_id', '=', id)
      .where('kind', '=', 'rating_reminder')
      .executeTakeFirstOrThrow();
    expect(reminder.deadline?.getTime()).toBe(unratedAt);

    await L.sleepUntil(unratedAt + 10 * HOUR);
    a = await L.whenTimelineHas(id, 'closed');
    expect(a).toMatchObject({ status: 'closed', closure: 'unrated', closedAt: iso(unratedAt), ratings: [], deadlines: { ratingBy: null } });
    expect(L.lastEvent(a, 'closed')).toMatchObject({ at: iso(unratedAt), actor: { role: 'system' }, data: { closure: 'unrated' } });
    expect(a.followUps).toEqual(R.followUps(unratedAt).map(({ announceAt: _, ...f }) => ({ ...f, outcome: 'pending' })));
    await log.expect(['closed', 'notified closed → enterprise', 'notified closed → department:fin']);

    const late = await L.post(id, 'rating', enterprise, { result: 'satisfied', method: 'online' });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ currentStatus: 'closed', allowedSteps: ['contacts'] });
    await L.history(id, 'unrated');
  });

  it('dissatisfied with no explanation by explanationBy: explanation_missed, then a late explanation still opens round 2', async () => {
    await L.toWorkingMorning(expected);
    const { id } = await L.submit();
    const log = L.ledger(id);
    await L.step(id, 'classify', office, { classification: 'simple' });
    await L.step(id, 'assign', office, { lead: 'fin' });
    await L.step(id, 'accept', await dept('fin'));
    await L.step(id, 'path', await dept('fin'), { message: '当日办理' });
    await L.step(id, 'resolve', await dept('fin'), { summary: '已办结' });
    const t = await L.now();
    let a = await L.step(id, 'rating', office, { result: 'dissatisfied', method: 'phone' });
    const explanationBy = R.after(t, 2);
    expect(a.deadlines.explanationBy).toBe(iso(explanationBy));
    await log.expect([
      ...REGISTERED,
      'classified',
      'assigned',
      'notified assigned → department:fin',
      'accepted',
      'path_reported',
      'notified path_reported → enterprise',
      'resolved',
      'notified resolved → enterprise',
      'notified resolved → office',
      'rated',
      'notified rated → department:fin',
      'notified rated → office',
    ]);

    await L.sleepUntil(explanationBy + 10 * HOUR);
    a = await L.whenTimelineHas(id, 'explanation_missed');
    expect(L.lastEvent(a, 'explanation_missed')).toMatchObject({ at: iso(explanationBy), data: { deadline: iso(explanationBy) } });
    expect(a.status).toBe('awaiting_explanation');
    await log.expect(['explanation_missed', 'notified explanation_missed → office']);
    const refused = await L.post(id, 'resolve', await dept('fin'), { summary: '重复办结' });
    expect(refused.body).toMatchObject({
      currentStatus: 'awaiting_explanation',
      allowedSteps: ['owner', 'instruction', 'escalate', 'contacts', 'reassign', 'explanation', 'referral', 'close', 'withdraw'],
    });

    const late = await L.now();
    a = await L.step(id, 'explanation', await dept('fin'), { text: '迟到的说明' });
    expect(a).toMatchObject({
      status: 'registered',
      round: 2,
      deadlines: { assignBy: iso(R.after(late, 1)), pathBy: iso(R.after(late, 2)), explanationBy: null },
    });
    await log.expect(['explanation_given', 'notified explanation_given → office']);
  });
});

describe('a holiday week (the calendar replaced through PUT /v1/calendar/:year)', () => {
  it('counts deadlines over a Monday–Sunday holiday week with an adjusted Sunday before it and Saturday after it, to the day', async () => {
    // Thursday T: the holiday week is T+4 (Mon) … T+10 (Sun); Sunday T+3 and Saturday T+16 are working days.
    const T = await L.holidayWeekAhead(expected);

    await L.sleepUntil(at(T(0), '10:00'));
    const { id } = await L.submit();
    const log = L.ledger(id);
    let a = await L.get(id);
    // Day 1 is Thursday, day 2 Friday, day 3 the adjusted Sunday.
    expect(a.deadlines).toMatchObject({ assignBy: iso(endOf(T(1))), pathBy: iso(endOf(T(3))) });

    await L.step(id, 'classify', office, { classification: 'general', timeLimitDays: 5 });
    a = await L.step(id, 'assign', office, { lead: 'fin' });
    // Fri T+1, Sun T+3, then the week off, then Mon T+11, Tue T+12, Wed T+13.
    const dueAt = endOf(T(13));
    expect(a.deadlines.dueAt).toBe(iso(dueAt));
    await L.step(id, 'accept', await dept('fin'));
    await L.step(id, 'path', await dept('fin'), { message: '节前告知' });
    await log.expect([
      ...REGISTERED,
      'classified',
      'assigned',
      'notified assigned → department:fin',
      'accepted',
      'path_reported',
      'notified path_reported → enterprise',
    ]);

    // Registered on Saturday T+2, a day off: day 1 is the adjusted Sunday, days 2 and 3 fall after the week off.
    await L.sleepUntil(at(T(2), '10:00'));
    const saturday = await L.submit();
    let b = await L.get(saturday.id);
    expect(b.deadlines).toMatchObject({ assignBy: iso(endOf(T(11))), pathBy: iso(endOf(T(12))) });
    await L.step(saturday.id, 'classify', office, { classification: 'general', timeLimitDays: 5 });
    b = await L.step(saturday.id, 'assign', office, { lead: 'tax' });
    // Sun T+3, Mon T+11, Tue T+12, Wed T+13, Thu T+14.
    expect(b.deadlines.dueAt).toBe(iso(endOf(T(14))));
    await L.step(saturday.id, 'accept', await dept('tax'));
    await L.step(saturday.id, 'path', await dept('tax'), { message: '周六受理' });

    // The warning: 09:00 on Tuesday T+12, the working day before dueAt (not during the holiday).
    await L.sleepUntil(at(T(12), '10:00'));
    a = await L.whenTimelineHas(id, 'warning');
    expect(day(ms(L.lastEvent(a, 'warning').at))).toBe(T(12));
    await log.expect(['warning', 'notified warning → department:fin']);

    await L.sleepUntil(dueAt + 10 * HOUR);
    a = await L.whenTimelineHas(id, 'supervision_started');
    // Reports: Thu T+14, Fri T+15, the adjusted Saturday T+16, Mon T+18, Tue T+19.
    expect(a.deadlines).toMatchObject({ dueAt: iso(dueAt), reportBy: iso(endOf(T(19))) });
    expect(L.lastEvent(a, 'overdue').at).toBe(iso(dueAt));
    await log.expect([
      'overdue',
      'notified overdue → department:fin',
      'notified overdue → office',
      'supervision_started',
      'notified supervision_started → department:fin',
      'notified supervision_started → office',
    ]);
    const calendar = await stack.api('GET', `/v1/calendar/${T(4).slice(0, 4)}`, office);
    expect(calendar.body).toMatchObject({
      loaded: true,
      holidays: expect.arrayContaining([4, 5, 6, 7, 8, 9, 10].map(T).filter((d) => d.startsWith(T(4).slice(0, 4)))),
    });
  });
});
