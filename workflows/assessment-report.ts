import { proxyActivities } from '@temporalio/workflow';
import type { AssessmentReportActivities } from '../activities/assessment-reports.js';
import type { ReportLevel } from '../domain/assessment-reports.js';
import type { AssessmentPeriod } from '../domain/periods.js';

// The quarterly and annual assessment reports (issue 20). The Schedule `assessment-reports` starts this every day at
// 01:30; the run tells the office of each meeting duty missed in the month, quarter or year just ended, and from the
// first working day of a quarter stores the last quarter's report (and in the first quarter the last year's), by
// departments and by each level of the unit tree, and circulates it. Started by hand with `{period}`, it backfills an
// ended quarter or year that has no report. A stored report is never overwritten.

const reports = proxyActivities<AssessmentReportActivities>({
  // Counting a year of appeals for each level, and the year before, is a few queries and a pass in memory.
  startToCloseTimeout: '10 minutes',
  // Our own ledger is not optional: retried, at most five minutes apart, until Postgres answers.
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes', nonRetryableErrorTypes: ['InvalidPeriod'] },
});

export interface AssessmentReportsInput {
  /** `YYYY-Qn` or `YYYY`: backfill this ended period instead of the ones just ended. */
  period?: AssessmentPeriod;
}

export interface AssessmentReportsOutcome {
  /** The levels stored for each period this run stored. */
  stored: { period: AssessmentPeriod; levels: ReportLevel[] }[];
  /** Missed meeting duties this run told the office of. */
  missedDuties: number;
  /** Why an asked-for period stored nothing. */
  reason?: 'not_over' | 'exists';
}

export async function assessmentReports(input: AssessmentReportsInput = {}): Promise<AssessmentReportsOutcome> {
  const at = Date.now();
  const missedDuties = input.period ? 0 : await reports.notifyMissedDuties({ at });
  const due = await reports.assessmentReportsDue({ at, ...(input.period ? { period: input.period } : {}) });
  const stored: AssessmentReportsOutcome['stored'] = [];
  for (const period of due.periods) stored.push({ period, levels: await reports.storeAssessmentReports({ period, at }) });
  return { stored, missedDuties, ...(due.reason ? { reason: due.reason } : {}) };
}
