import { ApplicationFailure } from '@temporalio/common';
import type { Kysely } from 'kysely';
import type { Instant } from '../domain/appeal.js';
import { WorkingCalendar, workingDayOnOrAfter } from '../domain/calendar.js';
import { localDate } from '../domain/dates.js';
import { assessmentOf } from '../domain/figures.js';
import { PERIOD_PATTERN, monthRange, reportDecision, type Period, type ReportDecision } from '../domain/periods.js';
import { loadCalendarYears } from '../db/calendar.js';
import { insertReport, storedPeriods } from '../db/reports.js';
import { loadAppealRecords, loadLabels } from '../db/stats.js';
import { loadPolicy } from '../db/policy.js';
import type { Database } from '../db/schema.js';

// The monthly assessment snapshot's activities. `at` is the report workflow's clock (CONTRACT.md §2), so a
// run on the time-skipping server reports the month that server is in.

export function createReportActivities({ db, timezone }: { db: Kysely<Database>; timezone: string }) {
  return {
    /** Whether a run at `at` stores a snapshot, and of which month (the calendar decides the first working day). */
    async reportDue({ at, period }: { at: Instant; period?: Period }): Promise<ReportDecision> {
      if (period !== undefined && !PERIOD_PATTERN.test(period)) {
        throw ApplicationFailure.nonRetryable(`period must be YYYY-MM, got ${JSON.stringify(period)}`, 'InvalidPeriod');
      }
      const today = localDate(at, timezone);
      const [years, stored] = await Promise.all([loadCalendarYears(db, [Number(today.slice(0, 4))]), storedPeriods(db)]);
      const firstWorkingDayOfMonth = workingDayOnOrAfter(new WorkingCalendar(years), `${today.slice(0, 7)}-01`);
      return reportDecision({ today, firstWorkingDayOfMonth, stored, ...(period ? { requested: period } : {}) });
    },

    /** Computes the month's figures now and stores them, unless a snapshot of the month exists; true if stored. */
    async storeMonthlyReport({ period, at }: { period: Period; at: Instant }): Promise<boolean> {
      const [records, labels, policy] = await Promise.all([loadAppealRecords(db, monthRange(period), timezone), loadLabels(db), loadPolicy(db)]);
      return insertReport(db, { period, computedAt: at, timezone, document: assessmentOf(records, labels, policy.figures) });
    },
  };
}

export type ReportActivities = ReturnType<typeof createReportActivities>;
