import type { IsoDate } from './dates.js';
import type { AssessedUnit, DutyStretch, MeetingDuty } from './assessment.js';
import type { FigurePolicy } from './figures.js';
import type { AssessmentPeriod } from './periods.js';
import type { UnitLevel } from './units.js';

// The stored quarterly and annual assessments (issue 20): which periods a run stores, what each stored report holds
// (the period's table with each unit's year-on-year comparison), and what circulating it tells whom (通报).

/** A report assesses departments, or the units of one level each with its subtree's appeals. */
export type ReportLevel = 'department' | UnitLevel;

/** A unit's scorecard beside its own of the same period a year before. */
export interface ComparedUnit extends AssessedUnit {
  lastYear: { rank: number; score: number } | null;
  /** The score's change since then (points out of 100); null when the unit was not assessed a year before. */
  change: number | null;
}

export interface AssessmentReportDocument {
  period: AssessmentPeriod;
  from: IsoDate;
  to: IsoDate;
  level: ReportLevel;
  worth: number;
  counting: FigurePolicy;
  /** The period a year before, and whether its table came from its stored report or was counted from the ledger. */
  yearOnYear: { period: AssessmentPeriod; source: 'stored' | 'ledger' };
  items: ComparedUnit[];
  /** The model's meeting duties over the period as they stood when it was stored (GET /v1/assessment/duties). */
  duties: (MeetingDuty & { label: string; missed: number; stretches: DutyStretch[] })[];
}

/** The same period a year before: 2026-Q3 → 2025-Q3, 2026 → 2025. */
export const yearBefore = (period: AssessmentPeriod): AssessmentPeriod => `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;

/** Each unit beside its scorecard of a year before, by its code. */
export function compared(items: readonly AssessedUnit[], lastYear: readonly Pick<AssessedUnit, 'key' | 'rank' | 'score'>[]): ComparedUnit[] {
  const before = new Map(lastYear.map((u) => [u.key, u]));
  return items.map((u) => {
    const then = before.get(u.key);
    return { ...u, lastYear: then ? { rank: then.rank, score: then.score } : null, change: then ? Math.round((u.score - then.score) * 100) / 100 : null };
  });
}

/** The quarter and the year `day` falls in. */
function quarterOf(day: IsoDate): AssessmentPeriod {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The quarter before `day`'s, and the year before `day`'s. */
export function endedPeriods(day: IsoDate): { quarter: AssessmentPeriod; year: AssessmentPeriod } {
  const year = Number(day.slice(0, 4));
  const q = Number(quarterOf(day).slice(-1));
  return { quarter: q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`, year: String(year - 1) };
}

/** The first day of the quarter `day` falls in. */
export const quarterStart = (day: IsoDate): IsoDate => `${day.slice(0, 4)}-${String((Number(quarterOf(day).slice(-1)) - 1) * 3 + 1).padStart(2, '0')}-01`;

/**
 * Which reports a daily run stores: the previous quarter's from the first working day of the quarter after it, the
 * previous year's from the year's first working day (a day the worker was down is caught up the next day), each once.
 */
export function dueAssessmentReports(input: { today: IsoDate; firstWorkingDayOfQuarter: IsoDate; stored: ReadonlySet<AssessmentPeriod> }): AssessmentPeriod[] {
  if (input.today < input.firstWorkingDayOfQuarter) return [];
  const { quarter, year } = endedPeriods(input.today);
  const newYear = quarterStart(input.today).endsWith('-01-01');
  return [quarter, ...(newYear ? [year] : [])].filter((p) => !input.stored.has(p));
}

/** A quarter or a year the report workflow may be asked to backfill (a month is the monthly report's). */
export const REPORTED_PERIOD = /^\d{4}(-Q[1-4])?$/;
