import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import type { Logger } from '../config/logger.js';
import type * as workflows from '../workflows/index.js';
import { isUnimplemented } from './server-features.js';

// The Schedule behind the monthly assessment snapshot. It fires daily rather than on a computed date: the
// first working day moves with the holiday calendar, which an admin may still edit, so the workflow asks the
// calendar each day (workflows/report.ts). An existing Schedule is left as it is: an operator may have paused it.

export const REPORT_SCHEDULE_ID = 'monthly-assessment-report';

const WORKFLOW_TYPE: keyof typeof workflows = 'monthlyReport';

export type ScheduleOutcome = 'created' | 'exists' | 'unsupported';

/** Creates the Schedule when missing and logs what it found; a server without Schedules (the time-skipping one) is logged and skipped. */
export async function ensureReportSchedule(
  client: Client,
  { taskQueue, timezone, log }: { taskQueue: string; timezone: string; log: Pick<Logger, 'info' | 'warn'> },
): Promise<ScheduleOutcome> {
  const outcome = await createUnlessPresent(client, taskQueue, timezone);
  if (outcome === 'unsupported') log.warn({ schedule: REPORT_SCHEDULE_ID }, 'this Temporal server has no Schedules: skipped the monthly report schedule');
  else log.info({ schedule: REPORT_SCHEDULE_ID }, outcome === 'created' ? 'created the monthly report schedule' : 'monthly report schedule present');
  return outcome;
}

async function createUnlessPresent(client: Client, taskQueue: string, timezone: string): Promise<ScheduleOutcome> {
  try {
    await client.schedule.create({
      scheduleId: REPORT_SCHEDULE_ID,
      spec: { calendars: [{ hour: 1, minute: 0, comment: 'daily; the workflow acts on the first working day' }], timezone },
      action: {
        type: 'startWorkflow',
        workflowType: WORKFLOW_TYPE,
        args: [{}],
        taskQueue,
        workflowId: REPORT_SCHEDULE_ID,
      },
      // A day's run is a quick no-op or one snapshot: overlapping runs are pointless, and a missed one is caught up
      // by the next day's run anyway.
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
    });
    return 'created';
  } catch (err) {
    if (err instanceof ScheduleAlreadyRunning) return 'exists';
    if (isUnimplemented(err)) return 'unsupported';
    throw err;
  }
}
