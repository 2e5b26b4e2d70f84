import { ScheduleOverlapPolicy, type ScheduleHandle } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkingCalendar, workingDayOnOrAfter } from '../../domain/calendar.js';
import { localDate } from '../../domain/dates.js';
import { shippedCalendarYears } from '../../domain/holiday-seed.js';
import { previousMonth } from '../../domain/periods.js';
import type { MonthlyReportOutcome } from '../../workflows/report.js';
import type { AssessmentReportsOutcome } from '../../workflows/assessment-report.js';
import { dueAssessmentReports, quarterStart } from '../../domain/assessment-reports.js';
import {
  ASSESSMENT_SCHEDULE_ID,
  DIGEST_SCHEDULE_ID,
  REPORT_SCHEDULE_ID,
  ensureAssessmentSchedule,
  ensureDigestSchedule,
  ensureReportSchedule,
} from '../../gateway/worker-schedules.js';
import { TIMEZONE, startTestStack, type TestStack } from '../support/stack.js';

// The Schedule behind the monthly assessment snapshot, on the Temporal dev server (the time-skipping server has
// no Schedules): the worker creates it once, daily at 01:00 in APPEALS_TIMEZONE, and a run it starts reports.

let stack: TestStack;
let office: string;
const quiet = { info() {}, warn() {} };

beforeAll(async () => {
  stack = await startTestStack({ temporal: 'dev' });
  office = await stack.token('office');
});
afterAll(async () => {
  await stack?.env.client.schedule
    .getHandle(REPORT_SCHEDULE_ID)
    .delete()
    .catch(() => {});
  await stack?.env.client.schedule
    .getHandle(DIGEST_SCHEDULE_ID)
    .delete()
    .catch(() => {});
  await stack?.env.client.schedule
    .getHandle(ASSESSMENT_SCHEDULE_ID)
    .delete()
    .catch(() => {});
  await stack?.teardown();
});

/** Triggers the Schedule and answers the action it took. */
async function triggered(handle: ScheduleHandle) {
  await handle.trigger();
  for (let i = 0; i < 200; i++) {
    const [recent] = (await handle.describe()).info.recentActions;
    if (recent) return recent.action;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the Schedule took no action');
}

describe('the monthly report Schedule', () => {
  it('is created when missing, daily at 01:00 in APPEALS_TIMEZONE, starting the report workflow on the task queue', async () => {
    expect(await ensureReportSchedule(stack.env.client, { taskQueue: stack.taskQueue, timezone: TIMEZONE, log: quiet as never })).toBe('created');
    const description = await stack.env.client.schedule.getHandle(REPORT_SCHEDULE_ID).describe();
    expect(description.spec.timezone).toBe(TIMEZONE);
    expect(description.spec.calendars).toHaveLength(1);
    expect(description.spec.calendars![0]).toMatchObject({
      hour: [{ start: 1, end: 1, step: 1 }],
      minute: [{ start: 0, end: 0, step: 1 }],
      dayOfMonth: [{ start: 1, end: 31, step: 1 }],
    });
    expect(description.action).toMatchObject({ type: 'startWorkflow', workflowType: 'monthlyReport', taskQueue: stack.taskQueue, args: [{}] });
    expect(description.policies).toMatchObject({ overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: 86_400_000 });
    // the next runs are 01:00 in Asia/Shanghai, a day apart
    const [next, after] = description.info.nextActionTimes;
    expect(new Date(next!.getTime() + 8 * 3_600_000).toISOString().slice(11, 19)).toBe('01:00:00');
    expect(after!.getTime() - next!.getTime()).toBe(86_400_000);
  });

  it('is left alone when it exists (a second worker, a restart, an operator’s pause)', async () => {
    const handle = stack.env.client.schedule.getHandle(REPORT_SCHEDULE_ID);
    await handle.pause('maintenance');
    expect(await ensureReportSchedule(stack.env.client, { taskQueue: stack.taskQueue, timezone: TIMEZONE, log: quiet as never })).toBe('exists');
    expect((await handle.describe()).state.paused).toBe(true);
    await handle.unpause();
  });

  it('a triggered run reports the previous month once this month’s first working day has come', async () => {
    const handle = stack.env.client.schedule.getHandle(REPORT_SCHEDULE_ID);
    const action = await triggered(handle);
    expect(action.workflow.workflowId.startsWith(`${REPORT_SCHEDULE_ID}-`)).toBe(true);
    const outcome: MonthlyReportOutcome = await stack.env.client.workflow.getHandle(action.workflow.workflowId).result();

    // the dev server's clock is the real one
    const today = localDate(Date.now(), TIMEZONE);
    const period = previousMonth(today.slice(0, 7));
    const due = today >= workingDayOnOrAfter(new WorkingCalendar(shippedCalendarYears()), `${today.slice(0, 7)}-01`);
    expect(outcome).toEqual(due ? { period, stored: true } : { period, stored: false, reason: 'not_due' });
    const report = await stack.api('GET', `/v1/reports/${period}`, office);
    expect(report.status).toBe(due ? 200 : 404);
  });
});

describe('the quarterly and annual assessment Schedule (issue 20)', () => {
  it('is created when missing, daily at 01:30 in APPEALS_TIMEZONE; a triggered run stores the quarter just ended once due', async () => {
    expect(await ensureAssessmentSchedule(stack.env.client, { taskQueue: stack.taskQueue, timezone: TIMEZONE, log: quiet as never })).toBe('created');
    expect(await ensureAssessmentSchedule(stack.env.client, { taskQueue: stack.taskQueue, timezone: TIMEZONE, log: quiet as never })).toBe('exists');
    const handle = stack.env.client.schedule.getHandle(ASSESSMENT_SCHEDULE_ID);
    const description = await handle.describe();
    expect(description.action).toMatchObject({ type: 'startWorkflow', workflowType: 'assessmentReports', taskQueue: stack.taskQueue, args: [{}] });
    expect(description.policies).toMatchObject({ overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: 86_400_000 });
    const [next, after] = description.info.nextActionTimes;
    expect(new Date(next!.getTime() + 8 * 3_600_000).toISOString().slice(11, 19)).toBe('01:30:00');
    expect(after!.getTime() - next!.getTime()).toBe(86_400_000);

    const action = await triggered(handle);
    const outcome: AssessmentReportsOutcome = await stack.env.client.workflow.getHandle(action.workflow.workflowId).result();
    // the dev server's clock is the real one
    const today = localDate(Date.now(), TIMEZONE);
    const firstWorkingDayOfQuarter = workingDayOnOrAfter(new WorkingCalendar(shippedCalendarYears()), quarterStart(today));
    const due = dueAssessmentReports({ today, firstWorkingDayOfQuarter, stored: new Set() });
    expect(outcome).toEqual({ stored: due.map((period) => ({ period, levels: ['department'] })), missedDuties: 0 });
    for (const period of due) expect((await stack.api('GET', `/v1/assessment/reports/${period}`, office)).status).toBe(200);
  });
});

describe('the leaders’ digest Schedule', () => {
  it('is created when missing, each Monday at 08:00 in APPEALS_TIMEZONE, starting the digest workflow', async () => {
    expect(await ensureDigestSchedule(stack.env.client, { taskQueue: stack.taskQueue, timezone: TIMEZONE, log: quiet as never })).toBe('created');
    expect(await ensureDigestSchedule(stack.env.client, { taskQueue: stack.taskQueue, timezone: TIMEZONE, log: quiet as never })).toBe('exists');
    const description = await stack.env.client.schedule.getHandle(DIGEST_SCHEDULE_ID).describe();
    expect(description.action).toMatchObject({ type: 'startWorkflow', workflowType: 'leaderDigests', taskQueue: stack.taskQueue, args: [] });
    const [next, after] = description.info.nextActionTimes;
    const local = new Date(next!.getTime() + 8 * 3_600_000);
    expect([local.getUTCDay(), local.toISOString().slice(11, 19)]).toEqual([1, '08:00:00']);
    expect(after!.getTime() - next!.getTime()).toBe(7 * 86_400_000);
  });
});
