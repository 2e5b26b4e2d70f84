import { proxyActivities } from '@temporalio/workflow';
import type { ReportActivities } from '../activities/reports.js';
import type { Period } from '../domain/periods.js';

// The monthly assessment snapshot. The Schedule `monthly-assessment-report` starts this every day at 01:00; the
// run stores the previous month's figures on the month's first working day (or the first run after it, should
// that day's run be missed) and does nothing on the other days. Started by hand with `{period}`, it backfills an
// ended month that has no snapshot. A stored snapshot is never overwritten.

const reports = proxyActivities<ReportActivities>({
  // Counting a month of appeals is one query and a pass in memory; minutes leave room for a busy database.
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes', maximumAttempts: 20 },
});

export interface MonthlyReportInput {
  /** `YYYY-MM`: backfill this ended month instead of the previous one. */
  period?: Period;
}

export interface MonthlyReportOutcome {
  period: Period;
  stored: boolean;
  /** Why nothing was stored: not the month's first working day yet, the month still running, or already stored. */
  reason?: 'not_due' | 'not_over' | 'exists';
}

export async function monthlyReport(input: MonthlyReportInput = {}): Promise<MonthlyReportOutcome> {
  const at = Date.now();
  const decision = await reports.reportDue({ at, ...(input.period ? { period: input.period } : {}) });
  if (!decision.due) return { period: decision.period, stored: false, reason: decision.reason };
  // Two runs racing (a trigger beside the daily run) store one snapshot: the insert keeps the first.
  const stored = await reports.storeMonthlyReport({ period: decision.period, at });
  return stored ? { period: decision.period, stored } : { period: decision.period, stored, reason: 'exists' };
}
