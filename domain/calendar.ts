// Working-day arithmetic for deadlines (CONTRACT §4). Pure: no clock, no I/O, so workflow code can use it.
// Dates are counted as whole days since 1970-01-01 (domain/dates.ts) so a deadline loop allocates nothing per day.

import { formatEpochDay, isWeekend, parseIsoDate, tryParseIsoDate, civilFromDays, type IsoDate } from './dates.js';

export interface CalendarYear {
  year: number;
  holidays: IsoDate[];
  /** Saturdays and Sundays that are working days under the year's arrangement. */
  workdays: IsoDate[];
}

function requireCount(n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working-day count must be a positive integer, got ${n}`);
}

export class WorkingCalendar {
  // Only days that differ from the weekend rule are stored, so a year never loaded needs no special case.
  private readonly overrides = new Map<number, boolean>();
  private readonly years = new Set<number>();

  constructor(years: readonly CalendarYear[]) {
    // A later entry for the same year replaces an earlier one, as PUT /v1/calendar/:year does.
    const byYear = new Map(years.map((y) => [y.year, y]));
    for (const { year, holidays, workdays } of byYear.values()) {
      this.years.add(year);
      for (const d of holidays) this.overrides.set(parseIsoDate(d), false);
      // Applied after holidays: a listed working day wins, whatever else the data says.
      for (const d of workdays) this.overrides.set(parseIsoDate(d), true);
    }
  }

  hasYear(year: number): boolean {
    return this.years.has(year);
  }

  isWorkingDay(d: IsoDate): boolean {
    return this.isWorkingEpochDay(parseIsoDate(d));
  }

  /** The allocation-free form used by the deadline loops: `epochDay` counts days since 1970-01-01. */
  isWorkingEpochDay(epochDay: number): boolean {
    return this.overrides.get(epochDay) ?? !isWeekend(epochDay);
  }
}

function firstWorkingDayFrom(cal: WorkingCalendar, epochDay: number): number {
  let day = epochDay;
  while (!cal.isWorkingEpochDay(day)) day++;
  return day;
}

function advanceWorkingDays(cal: WorkingCalendar, epochDay: number, n: number): number {
  let day = epochDay;
  for (let left = n; left > 0;) {
    day++;
    if (cal.isWorkingEpochDay(day)) left--;
  }
  return day;
}

/** The 1-2-3 rule: `start` is working day 1 if it is a working day, else the next working day is. */
export function nthWorkingDayCounting(cal: WorkingCalendar, start: IsoDate, n: number): IsoDate {
  requireCount(n);
  return formatEpochDay(advanceWorkingDays(cal, firstWorkingDayFrom(cal, parseIsoDate(start)), n - 1));
}

/** "Within N working days" under the Civil Code's rule on periods: the day of the event is not counted. */
export function nthWorkingDayAfter(cal: WorkingCalendar, start: IsoDate, n: number): IsoDate {
  requireCount(n);
  return formatEpochDay(advanceWorkingDays(cal, parseIsoDate(start), n));
}

/**
 * The working days a clock stood still from `from` to `until` (补正不计时): the day it stopped counts, the day it
 * resumed does not, so material asked for and supplied on the same day costs the lead nothing and gives it nothing.
 */
export function workingDaysStopped(cal: WorkingCalendar, from: IsoDate, until: IsoDate): number {
  let n = 0;
  for (let day = parseIsoDate(from), end = parseIsoDate(until); day < end; day++) if (cal.isWorkingEpochDay(day)) n++;
  return n;
}

export function workingDayOnOrAfter(cal: WorkingCalendar, d: IsoDate): IsoDate {
  return formatEpochDay(firstWorkingDayFrom(cal, parseIsoDate(d)));
}

/** The last working day strictly before `d`. */
export function workingDayBefore(cal: WorkingCalendar, d: IsoDate): IsoDate {
  let day = parseIsoDate(d) - 1;
  while (!cal.isWorkingEpochDay(day)) day--;
  return formatEpochDay(day);
}

/** Problems with a calendar year as PUT /v1/calendar/:year would store it; empty when it is acceptable. */
export function validateCalendarYear(year: number, lists: { holidays: readonly string[]; workdays: readonly string[] }): string[] {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return [`year: must be an integer from 1 to 9999`];
  const problems: string[] = [];
  const seen = new Map<number, string>();
  for (const list of ['holidays', 'workdays'] as const) {
    lists[list].forEach((d, i) => {
      const problem = dateProblem(year, list, d, seen);
      if (problem) problems.push(`${list}[${i}]: ${problem}`);
    });
  }
  return problems;
}

// `seen` maps each accepted date to the list it came from, to find repeats and dates in both lists.
function dateProblem(year: number, list: 'holidays' | 'workdays', d: string, seen: Map<number, string>): string | undefined {
  const epochDay = tryParseIsoDate(d);
  if (epochDay === undefined) return `${JSON.stringify(d)} is not a valid YYYY-MM-DD date`;
  if (civilFromDays(epochDay).year !== year) return `${d} is not in ${year}`;
  if (list === 'workdays' && !isWeekend(epochDay)) return `${d} is not a Saturday or Sunday`;
  const earlier = seen.get(epochDay);
  if (earlier === list) return `${d} is listed twice`;
  if (earlier !== undefined) return `${d} is in both holidays and workdays`;
  seen.set(epochDay, list);
  return undefined;
}
