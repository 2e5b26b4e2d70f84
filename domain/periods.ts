import { z } from 'zod';
import * as dateSchemas from './date-schemas.js';
import { addDays, atLocalTime, daysBetween, daysInMonth, endOfDay, formatCivil, formatMonth, shiftMonth, type IsoDate } from './dates.js';

// Periods of the figures: inclusive registration dates, and the calendar months the monthly report covers.

/** `YYYY-MM`. */
export type Period = string;

export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Built here for the API; the workflows build them on first use (domain/date-schemas.ts). */
export const calendarDate = dateSchemas.calendarDate();
export const instant = dateSchemas.instant();

/** The instants that bound inclusive registration dates in a zone: from the first day's start to the last's end. */
export function registrationBounds(
  range: { from?: IsoDate | null | undefined; to?: IsoDate | null | undefined },
  timeZone: string,
): { registeredFrom?: Date; registeredUntil?: Date } {
  return {
    ...(range.from ? { registeredFrom: new Date(atLocalTime(range.from, '00:00', timeZone)) } : {}),
    ...(range.to ? { registeredUntil: new Date(endOfDay(range.to, timeZone)) } : {}),
  };
}

/** The period of the same number of days that ends the day before `from`: what a trend compares with. */
export function precedingRange(range: { from: IsoDate; to: IsoDate }): { from: IsoDate; to: IsoDate } {
  const days = daysBetween(range.from, range.to) + 1;
  return { from: addDays(range.from, -days), to: addDays(range.from, -1) };
}

function monthParts(period: Period): [number, number] {
  if (!PERIOD_PATTERN.test(period)) throw new RangeError(`not a period YYYY-MM: ${JSON.stringify(period)}`);
  return [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
}

/** The month's first and last dates. */
export function monthRange(period: Period): { from: IsoDate; to: IsoDate } {
  const [year, month] = monthParts(period);
  return { from: formatCivil(year, month, 1), to: formatCivil(year, month, daysInMonth(year, month)) };
}

/** An assessment's period (issue 20): a month `2026-10`, a quarter `2026-Q3` or a year `2026`. */
export const assessmentPeriod = z
  .string()
  .regex(/^(19|2[01])\d\d(-(0[1-9]|1[0-2])|-Q[1-4])?$/, 'must be a month YYYY-MM, a quarter YYYY-Qn or a year YYYY')
  .meta({ example: '2026-Q3' });
export type AssessmentPeriod = z.infer<typeof assessmentPeriod>;

/** An assessment period's first and last dates: the month's, the quarter's three months' or the year's. */
export function assessmentRange(period: AssessmentPeriod): { from: IsoDate; to: IsoDate } {
  const year = period.slice(0, 4);
  const quarter = /-Q([1-4])$/.exec(period);
  if (quarter) {
    const first = (Number(quarter[1]) - 1) * 3 + 1;
    return { from: monthRange(formatMonth(Number(year), first)).from, to: monthRange(formatMonth(Number(year), first + 2)).to };
  }
  if (period.length === 4) return { from: `${year}-01-01`, to: `${year}-12-31` };
  return monthRange(period);
}

export function previousMonth(period: Period): Period {
  const [year, month] = monthParts(period);
  const previous = shiftMonth(year, month, -1);
  return formatMonth(previous.year, previous.month);
}

export type ReportDecision = { period: Period; due: true } | { period: Period; due: false; reason: 'exists' | 'not_due' | 'not_over' };

/**
 * Whether a report run on `today` should store a snapshot. Unasked, it is the previous month's, from the first
 * working day of this month on, once: a day the worker was down is caught up by the next day's run. Asked for a
 * period (a backfill), any month that has ended.
 */
export function reportDecision(input: {
  today: IsoDate;
  firstWorkingDayOfMonth: IsoDate;
  requested?: Period;
  /** The periods already stored. */
  stored: ReadonlySet<Period>;
}): ReportDecision {
  const thisMonth = input.today.slice(0, 7);
  const period = input.requested ?? previousMonth(thisMonth);
  if (input.requested !== undefined && input.requested >= thisMonth) return { period, due: false, reason: 'not_over' };
  if (input.requested === undefined && input.today < input.firstWorkingDayOfMonth) return { period, due: false, reason: 'not_due' };
  if (input.stored.has(period)) return { period, due: false, reason: 'exists' };
  return { period, due: true };
}
