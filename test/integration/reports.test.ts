import { WorkflowFailedError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkingCalendar, workingDayOnOrAfter } from '../../domain/calendar.js';
import { atLocalTime, localDate } from '../../domain/dates.js';
import { shippedCalendarYears } from '../../domain/holiday-seed.js';
import { monthRange, previousMonth } from '../../domain/periods.js';
import type { MonthlyReportInput, MonthlyReportOutcome } from '../../workflows/report.js';
import { ensureReportSchedule } from '../../gateway/worker-schedules.js';
import { eventually } from '../support/lifecycle.js';
import { runWithoutSkipping } from '../support/run-workflow.js';
import { TIMEZONE, appealBody, startTestStack, type TestStack } from '../support/stack.js';

// The monthly assessment snapshot under time skipping: the report workflow stores the previous month's figures
// from the month's first working day on, once; the snapshot stays as it was when an appeal in it is later
// reopened, while the live figures move. (The Schedule that starts it needs the dev server: report-schedule.test.ts.)

let stack: TestStack;
let office: string;
let lead: string;

const calendar = new WorkingCalendar(shippedCalendarYears());
const now = () => stack.env.currentTimeMs();
const today = async () => localDate(await now(), TIMEZONE);

async function sleepUntil(instant: number) {
  const current = await now();
  if (instant > current) await stack.env.sleep(instant - current);
}

const runReport = (input: MonthlyReportInput = {}) => runWithoutSkipping<MonthlyReportOutcome>(stack, 'monthlyReport', input);

async function step(id: string, name: string, token: string, body: unknown = {}) {
  const answer = await stack.api('POST', `/v1/appeals/${id}/${name}`, token, body);
  expect(answer.status, `${name}: ${JSON.stringify(answer.body)}`).toBe(200);
  return answer.body;
}

async function submit() {
  const created = await stack.api('POST', '/v1/appeals', office, appealBody(undefined, { channel: 'symposium', category: 'utilities' }));
  expect(created.status).toBe(201);
  return created.body.id as string;
}

beforeAll(async () => {
  stack = await startTestStack();
  await stack.department('power', '国网绵阳供电公司');
  office = await stack.token('office');
  lead = await stack.token('department', { department: 'power' });
});
afterAll(() => stack?.teardown());

describe('the monthly report workflow', () => {
  it('on the time-skipping server the worker’s Schedule is skipped, and the skip is logged', async () => {
    const warnings: string[] = [];
    const log = { info() {}, warn: (_: unknown, message: string) => void warnings.push(message) };
    expect(await ensureReportSchedule(stack.env.client, { taskQueue: stack.taskQueue, timezone: TIMEZONE, log: log as never })).toBe('unsupported');
    expect(warnings).toEqual(['this Temporal server has no Schedules: skipped the monthly report schedule']);
  });

  it('catches up the previous month once its first working day has come, and stores it only once', async () => {
    const day = await today();
    const thisMonth = day.slice(0, 7);
    const previous = previousMonth(thisMonth);
    const firstWorkingDay = workingDayOnOrAfter(calendar, `${thisMonth}-01`);
    if (day < firstWorkingDay) {
      expect(await runReport()).toEqual({ period: previous, stored: false, reason: 'not_due' });
      return;
    }
    expect(await runReport()).toEqual({ period: previous, stored: true });
    expect(await runReport()).toEqual({ period: previous, stored: false, reason: 'exists' });
    const stored = await stack.api('GET', `/v1/reports/${previous}`, office);
    expect(stored.status).toBe(200);
    expect(stored.body).toMatchObject({ period: previous, ...monthRange(previous), timezone: TIMEZONE, total: { received: 0, solveRate: null } });
  });

  it('refuses a month still running, and a malformed period without retrying', async () => {
    const thisMonth = (await today()).slice(0, 7);
    expect(await runReport({ period: thisMonth })).toEqual({ period: thisMonth, stored: false, reason: 'not_over' });
    const failure = await runReport({ period: '2026-13' }).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(WorkflowFailedError);
    // the workflow fails on the activity's non-retryable ApplicationFailure
    expect(String(((failure as WorkflowFailedError).cause?.cause as Error | undefined)?.message)).toMatch(/period must be YYYY-MM/);
  });
});

describe('a snapshot does not change when an appeal in it is reopened', () => {
  it('stores the month on the next month’s first working day; a later rebound moves the live figures only', async () => {
    // X: resolved on time, satisfied, closed. Y: resolved after its dueAt, dissatisfied, explained: a second round.
    const x = await submit();
    const y = await submit();
    const period = (await today()).slice(0, 7);
    for (const id of [x, y]) {
      await step(id, 'classify', office, { classification: 'simple' });
      await step(id, 'assign', office, { lead: 'power' });
      await step(id, 'accept', lead);
    }
    await step(x, 'resolve', lead, { summary: '已完成线路改造' });
    await step(x, 'rating', office, { result: 'satisfied', method: 'phone' });
    const yDue = Date.parse((await stack.api('GET', `/v1/appeals/${y}`, office)).body.deadlines.dueAt);
    await sleepUntil(yDue + 60_000);
    await eventually(async () => expect((await stack.api('GET', `/v1/appeals/${y}`, office)).body.overdue).toBe(true));
    await step(y, 'resolve', lead, { summary: '已协调' });
    await step(y, 'rating', office, { result: 'dissatisfied', method: 'phone' });
    await step(y, 'explanation', lead, { text: '工期受天气影响' });

    const { from, to } = monthRange(period);
    const live = async () => (await stack.api('GET', `/v1/stats?from=${from}&to=${to}`, office)).body;
    const before = await live();
    expect(before.total).toMatchObject({
      received: 2,
      resolved: 2,
      closed: 1,
      satisfied: 1,
      open: 1,
      overdue: 1,
      onTime: 1,
      late: 1,
      secondAssignments: 1,
      rebounds: 0,
      rated: 2,
      ratings: 2,
      favourableRatings: 1,
      solved: 1,
      solveRate: 50,
      onTimeRate: 50,
      satisfactionRate: 50,
      returnVisitRate: 100,
    });
    expect(before.groups.map((g: { key: string | null; received: number }) => [g.key, g.received])).toEqual([
      ['power', 1],
      [null, 1],
    ]);

    // the next month's first working day, 01:00, when the Schedule's daily run finds the month due
    const following = workingDayOnOrAfter(calendar, nextMonthFirst(period));
    await sleepUntil(atLocalTime(following, '01:00', TIMEZONE));
    expect(await runReport()).toEqual({ period, stored: true });
    const snapshot = await stack.api('GET', `/v1/reports/${period}`, office);
    expect(snapshot.status).toBe(200);
    expect(snapshot.body).toMatchObject({ period, from, to, timezone: TIMEZONE, total: before.total, byDepartment: before.groups });
    expect(snapshot.body.computedAt).toMatch(new RegExp(`^${await today()}T\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+08:00$`));
    expect(snapshot.body.ranking.map((d: { rank: number; key: string }) => [d.rank, d.key])).toEqual([[1, 'power']]);
    expect(snapshot.body.byChannel.map((g: { key: string }) => g.key)).toEqual(['symposium']);
    expect(snapshot.body.byCategory.map((g: { key: string }) => g.key)).toEqual(['utilities']);
    const snapshotCsv = await stack.api('GET', `/v1/reports/${period}?lang=zh`, office, undefined, { accept: 'text/csv' });
    expect(
      (snapshotCsv.body as string)
        .split('\r\n')
        .slice(0, 3)
        .map((l) => l.split(',').slice(0, 5)),
    ).toEqual([
      ['维度', '代码', '名称', '排名', '受理数'],
      ['total', '', '合计', '', '2'],
      ['department', 'power', '国网绵阳供电公司', '1', '1'],
    ]);

    // three months after X's closure: its first follow-up visit finds the problem back
    const visit = (await stack.api('GET', `/v1/appeals/${x}`, office)).body.followUps[0];
    await sleepUntil(atLocalTime(visit.scheduledFor, '09:00', TIMEZONE) + 60_000);
    await eventually(async () =>
      expect((await stack.api('GET', `/v1/appeals/${x}`, office)).body.timeline.map((e: { kind: string }) => e.kind)).toContain('follow_up_due'),
    );
    const reopened = await step(x, 'follow-ups', office, { outcome: 'rebound', note: '线路再次故障' });
    expect(reopened).toMatchObject({ status: 'registered', round: 2, closure: null });

    const after = await live();
    expect(after.total).toMatchObject({ received: 2, closed: 0, satisfied: 0, open: 2, rebounds: 1, followUpsDone: 1, solved: 0, solveRate: 0 });
    expect(await stack.api('GET', `/v1/reports/${period}`, office)).toMatchObject({ status: 200, body: snapshot.body });
    expect((await stack.api('GET', `/v1/reports/${period}?lang=zh`, office, undefined, { accept: 'text/csv' })).body).toBe(snapshotCsv.body);
    // and a second run for the month leaves it alone
    expect(await runReport({ period })).toEqual({ period, stored: false, reason: 'exists' });
    expect((await stack.api('GET', `/v1/reports/${period}`, office)).body).toEqual(snapshot.body);
  });

  it('lists the snapshots newest first, as JSON and CSV; an unknown period is 404', async () => {
    const list = await stack.api('GET', '/v1/reports', office);
    expect(list.status).toBe(200);
    const periods = list.body.items.map((r: { period: string }) => r.period);
    expect(periods).toEqual([...periods].sort().reverse());
    expect(list.body.items[0]).toMatchObject({ total: { received: 2, solved: 1 } });
    expect(Object.keys(list.body.items[0]).sort()).toEqual(['computedAt', 'from', 'period', 'to', 'total']);
    const csv = await stack.api('GET', '/v1/reports', office, undefined, { accept: 'text/csv' });
    const lines = (csv.body as string).trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('period,computedAt,received,')).toBe(true);
    expect(lines).toHaveLength(periods.length + 1);
    expect((await stack.api('GET', '/v1/reports/1999-01', office)).status).toBe(404);
    expect((await stack.api('GET', '/v1/reports/latest', office)).status).toBe(404);
  });
});

function nextMonthFirst(period: string): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}
