import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import type { Logger } from '../config/logger.js';
import type * as workflows from '../workflows/index.js';
import { isUnimplemented } from './server-features.js';

// The worker's own Schedules. The monthly assessment snapshot's, and the quarterly and annual assessment's, fire
// daily rather than on a computed date: the first working day moves with the holiday calendar, which an admin may
// still edit, so the workflow asks the calendar each day (workflows/report.ts, workflows/assessment-report.ts).
// Leaders' digests go out every Monday morning (workflows/leader-digest.ts).
// An existing Schedule is left as it is: an operator may have paused it.

export const REPORT_SCHEDULE_ID = 'monthly-assessment-report';
export const DIGEST_SCHEDULE_ID = 'leader-digests';
export const ASSESSMENT_SCHEDULE_ID = 'assessment-reports';

interface WorkerSchedule {
  id: string;
  what: string;
  workflowType: keyof typeof workflows;
  args: unknown[];
  calendar: { hour: number; minute: number; dayOfWeek?: 'MONDAY'; comment: string };
}

const REPORT: WorkerSchedule = {
  id: REPORT_SCHEDULE_ID,
  what: 'monthly report',
  workflowType: 'monthlyReport',
  args: [{}],
  calendar: { hour: 1, minute: 0, comment: 'daily; the workflow acts on the first working day' },
};
const ASSESSMENT: WorkerSchedule = {
  id: ASSESSMENT_SCHEDULE_ID,
  what: 'quarterly and annual assessment',
  workflowType: 'assessmentReports',
  args: [{}],
  calendar: { hour: 1, minute: 30, comment: 'daily; the workflow acts when a month, quarter or year has ended' },
};
const DIGESTS: WorkerSchedule = {
  id: DIGEST_SCHEDULE_ID,
  what: 'leaders’ weekly digest',
  workflowType: 'leaderDigests',
  args: [],
  calendar: { dayOfWeek: 'MONDAY', hour: 8, minute: 0, comment: 'each Monday morning' },
};

export type ScheduleOutcome = 'created' | 'exists' | 'unsupported';
type Options = { taskQueue: string; timezone: string; log: Pick<Logger, 'info' | 'warn'> };

/** Creates the Schedule when missing and logs what it found; a server without Schedules (the time-skipping one) is logged and skipped. */
export const ensureReportSchedule = (client: Client, options: Options) => ensureSchedule(client, REPORT, options);
export const ensureAssessmentSchedule = (client: Client, options: Options) => ensureSchedule(client, ASSESSMENT, options);
export const ensureDigestSchedule = (client: Client, options: Options) => ensureSchedule(client, DIGESTS, options);

async function ensureSchedule(client: Client, schedule: WorkerSchedule, { taskQueue, timezone, log }: Options): Promise<ScheduleOutcome> {
  const outcome = await createUnlessPresent(client, schedule, taskQueue, timezone);
  if (outcome === 'unsupported') log.warn({ schedule: schedule.id }, `this Temporal server has no Schedules: skipped the ${schedule.what} schedule`);
  else log.info({ schedule: schedule.id }, outcome === 'created' ? `created the ${schedule.what} schedule` : `${schedule.what} schedule present`);
  return outcome;
}

async function createUnlessPresent(client: Client, schedule: WorkerSchedule, taskQueue: string, timezone: string): Promise<ScheduleOutcome> {
  try {
    await client.schedule.create({
      scheduleId: schedule.id,
      spec: { calendars: [schedule.calendar], timezone },
      action: {
        type: 'startWorkflow',
        workflowType: schedule.workflowType,
        args: schedule.args,
        taskQueue,
        workflowId: schedule.id,
      },
      // A run is a quick no-op or one write: overlapping runs are pointless, and a missed day's report is caught up
      // by the next day's run anyway (a missed Monday's digest is made up within the day).
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
    });
    return 'created';
  } catch (err) {
    if (err instanceof ScheduleAlreadyRunning) return 'exists';
    if (isUnimplemented(err)) return 'unsupported';
    throw err;
  }
}
