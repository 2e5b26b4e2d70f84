// Date arithmetic for the whole product, in one place: calendar dates written `YYYY-MM-DD` (counted as whole days
// since 1970-01-01, so loops over days allocate nothing), months, weekdays, and the conversion between a zone's
// dates and wall-clock times and instants. Pure: no clock, no I/O. Workflow code reaches it through the schemas it
// shares with the API (an RRULE's UNTIL date is checked here); the instants a workflow waits for are computed in
// activities and recorded in its history, so a zone rule that changes with the runtime's Intl data cannot change
// a replay.

export type IsoDate = string;

export const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

// Howard Hinnant's days_from_civil: exact for every proleptic Gregorian year, unlike Date.UTC,
// which maps years 0–99 onto the 1900s.
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function civilFromDays(epochDay: number): CivilDate {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1,
  };
}

export function daysInMonth(year: number, month: number): number {
  const next = month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
  return next - daysFromCivil(year, month, 1);
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekday(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

export function isWeekend(epochDay: number): boolean {
  const wd = weekday(epochDay);
  return wd === 0 || wd === 6;
}

/** The date's day number, or undefined when it is not a real `YYYY-MM-DD` date (2026-02-30 is not one). */
export function tryParseIsoDate(d: string): number | undefined {
  const m = ISO_DATE.exec(d);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

export function parseIsoDate(d: IsoDate): number {
  const epochDay = tryParseIsoDate(d);
  if (epochDay === undefined) throw new RangeError(`not a valid YYYY-MM-DD date: ${JSON.stringify(d)}`);
  return epochDay;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatCivil(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** `YYYY-MM`, a month as the figures' periods write it. */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function formatEpochDay(epochDay: number): IsoDate {
  const { year, month, day } = civilFromDays(epochDay);
  return formatCivil(year, month, day);
}

/** The Monday of the week `epochDay` falls in (weeks run Monday to Sunday, as RRULE's default WKST=MO). */
export function mondayOnOrBefore(epochDay: number): number {
  return epochDay - ((weekday(epochDay) + 6) % 7);
}

export function addDays(d: IsoDate, days: number): IsoDate {
  return formatEpochDay(parseIsoDate(d) + days);
}

/** How many days `to` lies after `from` (negative when before). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return parseIsoDate(to) - parseIsoDate(from);
}

/** The month `months` after (or before) `month` of `year`. */
export function shiftMonth(year: number, month: number, months: number): { year: number; month: number } {
  const monthIndex = year * 12 + (month - 1) + months;
  const shiftedYear = Math.floor(monthIndex / 12);
  return { year: shiftedYear, month: monthIndex - shiftedYear * 12 + 1 };
}

/** Whole calendar months from the month of day `from` to the month of day `to`. */
export function monthsBetween(from: number, to: number): number {
  const a = civilFromDays(from);
  const b = civilFromDays(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** Follow-up visits fall on the same day of the month, or on the month's last day when it is shorter. */
export function addMonthsClamped(d: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  const { year, month, day } = civilFromDays(parseIsoDate(d));
  const shifted = shiftMonth(year, month, months);
  return formatCivil(shifted.year, shifted.month, Math.min(day, daysInMonth(shifted.year, shifted.month)));
}

// Building a DateTimeFormat costs far more than using one, and deadlines convert dates in a loop.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallClock extends CivilDate {
  /** Milliseconds since local midnight, whole seconds (Intl does not report milliseconds). */
  msOfDay: number;
}

function wallClockAt(ms: number, timeZone: string): WallClock {
  const wall: WallClock = { year: 0, month: 0, day: 0, msOfDay: 0 };
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    const value = Number(part.value);
    switch (part.type) {
      case 'year':
        wall.year = value;
        break;
      case 'month':
        wall.month = value;
        break;
      case 'day':
        wall.day = value;
        break;
      case 'hour':
        wall.msOfDay += value * 3_600_000;
        break;
      case 'minute':
        wall.msOfDay += value * 60_000;
        break;
      case 'second':
        wall.msOfDay += value * 1000;
        break;
      default:
        break;
    }
  }
  return wall;
}

/** The zone's offset from UTC at instant `ms`, in milliseconds (east positive). */
function offsetAt(ms: number, timeZone: string): number {
  const wall = wallClockAt(ms, timeZone);
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000);
  return daysFromCivil(wall.year, wall.month, wall.day) * DAY_MS + wall.msOfDay - wholeSecond;
}

// Each conversion costs several Intl calls while deadlines keep landing on the same few hundred days;
// zone rules do not change while the process runs. Cleared when full so odd inputs cannot grow it forever.
const MAX_CACHED_INSTANTS = 10_000;
const instantCache = new Map<string, number>();

function instantOfWallClock(wallMs: number, timeZone: string): number {
  const key = `${timeZone} ${wallMs}`;
  let instant = instantCache.get(key);
  if (instant === undefined) {
    if (instantCache.size >= MAX_CACHED_INSTANTS) instantCache.clear();
    instant = resolveWallClock(wallMs, timeZone);
    instantCache.set(key, instant);
  }
  return instant;
}

// `wallMs` is the local wall-clock time written as if it were UTC. Resolved like Temporal's
// "compatible" disambiguation: a time repeated by a fall-back is the earlier instant, a time skipped by a
// spring-forward is moved later by the gap. Assumes at most one offset change within a day either side.
function resolveWallClock(wallMs: number, timeZone: string): number {
  const before = offsetAt(wallMs - DAY_MS, timeZone);
  const after = offsetAt(wallMs + DAY_MS, timeZone);
  const withBefore = wallMs - before;
  if (before === after) return withBefore;
  const withAfter = wallMs - after;
  const beforeFits = offsetAt(withBefore, timeZone) === before;
  const afterFits = offsetAt(withAfter, timeZone) === after;
  if (beforeFits && afterFits) return Math.min(withBefore, withAfter);
  if (afterFits) return withAfter;
  return withBefore;
}

export function localDate(ms: number, timeZone: string): IsoDate {
  const { year, month, day } = wallClockAt(ms, timeZone);
  return formatCivil(year, month, day);
}

/**
 * 23:59:59.999 local time on `d`: taken as one millisecond before the next day starts, which stays right
 * when a fall-back repeats the last hour or a zone skips its midnight.
 */
export function endOfDay(d: IsoDate, timeZone: string): number {
  return instantOfWallClock((parseIsoDate(d) + 1) * DAY_MS, timeZone) - 1;
}

/** `time` is `HH:mm`; a time a DST change skips is moved later by the gap, a repeated one is the first. */
export function atLocalTime(d: IsoDate, time: string, timeZone: string): number {
  const m = HH_MM.exec(time);
  if (!m) throw new RangeError(`not a valid HH:mm time: ${JSON.stringify(time)}`);
  const msOfDay = Number(m[1]) * 3_600_000 + Number(m[2]) * 60_000;
  return instantOfWallClock(parseIsoDate(d) * DAY_MS + msOfDay, timeZone);
}

function formatOffset(offsetMs: number): string {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  return `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
}

/** ISO 8601 with milliseconds and the zone's own offset (never `Z`), as the API's instants are written. */
export function formatInstant(ms: number, timeZone: string): string {
  const offset = offsetAt(ms, timeZone);
  const localMs = ms + offset;
  const epochDay = Math.floor(localMs / DAY_MS);
  const msOfDay = localMs - epochDay * DAY_MS;
  const time =
    `${pad(Math.floor(msOfDay / 3_600_000), 2)}:${pad(Math.floor(msOfDay / 60_000) % 60, 2)}:` +
    `${pad(Math.floor(msOfDay / 1000) % 60, 2)}.${pad(msOfDay % 1000, 3)}`;
  return `${formatEpochDay(epochDay)}T${time}${formatOffset(offset)}`;
}
