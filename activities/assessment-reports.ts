import { ApplicationFailure } from '@temporalio/common';
import type { Insertable, Kysely } from 'kysely';
import type { Instant } from '../domain/appeal.js';
import {
  REPORTED_PERIOD,
  compared,
  dueAssessmentReports,
  endedPeriods,
  quarterStart,
  yearBefore,
  type AssessmentReportDocument,
  type ReportLevel,
} from '../domain/assessment-reports.js';
import { WorkingCalendar, workingDayOnOrAfter } from '../domain/calendar.js';
import { localDate } from '../domain/dates.js';
import { assessmentRange, previousMonth, type AssessmentPeriod } from '../domain/periods.js';
import { UNIT_LEVEL_CODES } from '../domain/units.js';
import {
  assessPeriod,
  dutiesIn,
  findAssessmentReport,
  insertAssessmentReports,
  loadAssessmentModel,
  storedAssessmentPeriods,
  type AssessmentClock,
  type StoredAssessmentReport,
} from '../db/assessment.js';
import { loadCalendarYears } from '../db/calendar.js';
import { loadUnitTree } from '../db/departments.js';
import { insertNotifications, pendingOfAssessment } from '../db/notifications.js';
import { loadLabels } from '../db/stats.js';
import type { Database, NotificationsTable } from '../db/schema.js';
import { createDispatcher } from './dispatch.js';
import type { TemporalDeps } from '../gateway/workflows.js';

// The quarterly and annual assessment reports (issue 20). `at` is the report workflow's clock (CONTRACT.md §2).
// Storing a period's reports and circulating them (通报: each unit its scorecard and rank, the office the table) is
// one transaction, so a report is never stored without its circulation nor circulated twice; a missed meeting duty
// is the office's notification once its stretch has ended. Every notification's id names what it tells of (period,
// level, unit, duty), so a rerun adds nothing and sends nothing again.

type Row = Insertable<NotificationsTable>;

/** A link's query naming the level, unless it is the departments' (the routes' default). */
const levelParams = (level: ReportLevel) => (level === 'department' ? [] : [`level=${level}`]);
const withQuery = (path: string, params: string[]) => (params.length === 0 ? path : `${path}?${params.join('&')}`);

/** Each unit's scorecard and rank to the unit, the whole table to the office. */
function circulation(r: AssessmentReportDocument, at: Instant): Row[] {
  const { period, level } = r;
  const row = (id: string, kind: string, recipient: string, department: string | null, seq: number, payload: Record<string, unknown>): Row => ({
    id,
    appeal_id: null,
    meeting_id: null,
    assessment_period: period,
    seq,
    kind,
    recipient,
    department_code: department,
    deadline: null,
    created_at: new Date(at),
    payload: JSON.stringify({ id, kind, period, level, ...payload, at }),
  });
  const units = r.items.map((u, i) =>
    row(`assessment:${period}:${level}:${u.key}`, 'assessment_circulated', `department:${u.key}`, u.key, i + 1, {
      unit: u.key,
      label: u.label,
      rank: u.rank,
      of: r.items.length,
      score: u.score,
      points: u.points,
      change: u.change,
      vetoes: u.vetoes.map((v) => v.reason),
      link: withQuery(`/v1/assessment/units/${u.key}`, [`period=${period}`, ...levelParams(level)]),
    }),
  );
  const table = row(`assessment:${period}:${level}:office`, 'assessment_table', 'office', null, r.items.length + 1, {
    of: r.items.length,
    items: r.items.map((u) => ({ rank: u.rank, unit: u.key, label: u.label, score: u.score, points: u.points, change: u.change })),
    link: withQuery(`/v1/assessment/reports/${period}`, levelParams(level)),
  });
  return [...units, table];
}

export function createAssessmentReportActivities({ db, timezone, temporal }: { db: Kysely<Database>; timezone: string; temporal: TemporalDeps }) {
  const dispatch = createDispatcher({ db, temporal });
  const clockAt = (at: Instant): AssessmentClock => ({ timezone, today: localDate(at, timezone) });

  /** The report of a period and level, beside the same period a year before: its stored report, else the ledger's count. */
  async function reportOf(period: AssessmentPeriod, level: ReportLevel, clock: AssessmentClock): Promise<AssessmentReportDocument> {
    const unitLevel = level === 'department' ? undefined : level;
    const { range, counting, model, items, labels } = await assessPeriod(db, period, unitLevel, clock);
    const before = yearBefore(period);
    const stored = await findAssessmentReport(db, before, level);
    const lastYear = stored ? stored.document.items : (await assessPeriod(db, before, unitLevel, clock)).items;
    const duties = (await dutiesIn(db, model, period, clock)).map((d) => ({ ...d, label: labels.department[d.unit] ?? d.unit }));
    return {
      period,
      ...range,
      level,
      worth: model.worth,
      counting,
      yearOnYear: { period: before, source: stored ? 'stored' : 'ledger' },
      items: compared(items, lastYear),
      duties,
    };
  }

  return {
    /** The periods a run at `at` stores: the ended quarter (and year) once due, or the one asked for once ended. */
    async assessmentReportsDue({
      at,
      period,
    }: {
      at: Instant;
      period?: AssessmentPeriod;
    }): Promise<{ periods: AssessmentPeriod[]; reason?: 'not_over' | 'exists' }> {
      const today = localDate(at, timezone);
      const stored = await storedAssessmentPeriods(db);
      if (period !== undefined) {
        if (!REPORTED_PERIOD.test(period))
          throw ApplicationFailure.nonRetryable(`period must be YYYY-Qn or YYYY, got ${JSON.stringify(period)}`, 'InvalidPeriod');
        if (assessmentRange(period).to >= today) return { periods: [], reason: 'not_over' };
        return stored.has(period) ? { periods: [], reason: 'exists' } : { periods: [period] };
      }
      const years = await loadCalendarYears(db, [Number(today.slice(0, 4))]);
      const firstWorkingDayOfQuarter = workingDayOnOrAfter(new WorkingCalendar(years), quarterStart(today));
      return { periods: dueAssessmentReports({ today, firstWorkingDayOfQuarter, stored }) };
    },

    /**
     * Stores the period's report of departments and of each level the unit tree has, and circulates each; answers
     * the levels this call stored (none when they were already).
     */
    async storeAssessmentReports({ period, at }: { period: AssessmentPeriod; at: Instant }): Promise<ReportLevel[]> {
      const clock = clockAt(at);
      const levels = new Set([...(await loadUnitTree(db)).values()].map((u) => u.level));
      const reports: StoredAssessmentReport[] = [];
      for (const level of ['department' as const, ...UNIT_LEVEL_CODES.filter((l) => levels.has(l))]) {
        reports.push({ computedAt: new Date(at), timezone, document: await reportOf(period, level, clock) });
      }
      const stored = await db.transaction().execute(async (tx) => {
        const inserted = await insertAssessmentReports(tx, reports);
        await insertNotifications(
          tx,
          reports.filter((r) => inserted.includes(r.document.level)).flatMap((r) => circulation(r.document, at)),
        );
        return inserted;
      });
      // A retried activity sends what an earlier attempt stored but did not get to send.
      await dispatch(await pendingOfAssessment(db, period));
      return stored;
    },

    /**
     * Each meeting duty missed in the stretches that have just ended (the last month, quarter and year), as a
     * notification to the office; answers how many this call added.
     */
    async notifyMissedDuties({ at }: { at: Instant }): Promise<number> {
      const clock = clockAt(at);
      const model = await loadAssessmentModel(db);
      if (model.meetingDuties.length === 0) return 0;
      const { quarter, year } = endedPeriods(clock.today);
      const labels = (await loadLabels(db)).department;
      const rows: Row[] = [];
      for (const stretch of [previousMonth(clock.today.slice(0, 7)), quarter, year]) {
        for (const duty of await dutiesIn(db, model, stretch, clock)) {
          for (const s of duty.stretches.filter((x) => x.period === stretch && x.status === 'missed')) {
            const id = `duty_missed:${stretch}:${duty.unit}:${duty.kind}:${duty.sector ?? ''}`;
            const payload = {
              id,
              kind: 'duty_missed',
              period: stretch,
              unit: duty.unit,
              label: labels[duty.unit] ?? duty.unit,
              meetingKind: duty.kind,
              sector: duty.sector,
              every: duty.every,
              atLeast: duty.atLeast,
              held: s.held,
              link: `/v1/assessment/duties?period=${stretch}`,
              at,
            };
            rows.push({
              id,
              appeal_id: null,
              meeting_id: null,
              assessment_period: stretch,
              seq: rows.length + 1,
              kind: 'duty_missed',
              recipient: 'office',
              department_code: null,
              deadline: null,
              created_at: new Date(at),
              payload: JSON.stringify(payload),
            });
          }
        }
      }
      const fresh = await insertNotifications(db, rows);
      // All of them: a retried activity sends what an earlier attempt stored but did not get to send.
      await dispatch(rows.map((r) => r.id));
      return fresh.length;
    },
  };
}

export type AssessmentReportActivities = ReturnType<typeof createAssessmentReportActivities>;
