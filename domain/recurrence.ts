import {
  addDays,
  atLocalTime,
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  formatEpochDay,
  formatInstant,
  localDate,
  mondayOnOrBefore,
  monthsBetween,
  parseIsoDate,
  shiftMonth,
  tryParseIsoDate,
  weekday,
  type IsoDate,
} from './dates.js';

// When a meeting series meets (CONTRACT.md §6): the two named rhythms of the seeds, or a small subset of RFC 5545
// RRULE. Schedule calendar specs cannot say "the first Saturday" (dayOfMonth and dayOfWeek there are ANDed ranges,
// and the announcement lands in the month before), so occurrences are computed here and handed to the Schedule as
// exact instants. Pure: no clock, no I/O.

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

export interface ByDay {
  /** 1 = the first in the month, -1 = the last; null = every such weekday. */
  ordinal: number | null;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

export type Until = { date: IsoDate } | { instant: number } | { localDateTime: string };

export interface RecurrenceRule {
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  byDay: ByDay[];
  byMonthDay: number[];
  until: Until | null;
}

export const NAMED_RECURRENCES: Record<string, string> = {
  // Xuancheng: the first weekend of every month (002); the meeting is on its Saturday.
  first_weekend_monthly: 'FREQ=MONTHLY;BYDAY=1SA',
  // Mianyang: two themed symposiums a month (000), on the first and third Saturdays.
  twice_monthly: 'FREQ=MONTHLY;BYDAY=1SA,3SA',
};

export type Parsed = { ok: true; rule: RecurrenceRule } | { ok: false; message: string };

const SUPPORTED = 'FREQ, BYDAY, BYMONTHDAY, INTERVAL and UNTIL';

export function parseRecurrence(text: string): Parsed {
  const source = NAMED_RECURRENCES[text] ?? text.replace(/^RRULE:/i, '');
  const parts = new Map<string, string>();
  for (const part of source.split(';')) {
    const m = /^([A-Za-z]+)=(.+)$/.exec(part.trim());
    if (!m) return fail(`"${part}" is not KEY=VALUE (use first_weekend_monthly, twice_monthly or an RRULE)`);
    const key = m[1]!.toUpperCase();
    if (parts.has(key)) return fail(`${key} is given twice`);
    parts.set(key, m[2]!.toUpperCase());
  }
  for (const key of parts.keys()) {
    if (!['FREQ', 'BYDAY', 'BYMONTHDAY', 'INTERVAL', 'UNTIL'].includes(key)) return fail(`${key} is not supported (only ${SUPPORTED})`);
  }
  const freq = parts.get('FREQ');
  if (freq !== 'WEEKLY' && freq !== 'MONTHLY') return fail('FREQ must be WEEKLY or MONTHLY');

  const interval = parts.has('INTERVAL') ? Number(parts.get('INTERVAL')) : 1;
  if (!Number.isInteger(interval) || interval < 1 || interval > 99) return fail('INTERVAL must be a whole number from 1 to 99');

  const byDay: ByDay[] = [];
  for (const item of parts.get('BYDAY')?.split(',') ?? []) {
    const m = /^([+-]?[1-5])?(SU|MO|TU|WE|TH|FR|SA)$/.exec(item);
    if (!m) return fail(`BYDAY ${item} is not a weekday with an optional ordinal (1SA, -1FR, MO)`);
    if (m[1] && freq === 'WEEKLY') return fail('BYDAY ordinals need FREQ=MONTHLY');
    byDay.push({ ordinal: m[1] ? Number(m[1]) : null, weekday: WEEKDAYS.indexOf(m[2] as (typeof WEEKDAYS)[number]) });
  }

  const byMonthDay: number[] = [];
  for (const item of parts.get('BYMONTHDAY')?.split(',') ?? []) {
    const n = /^[+-]?\d{1,2}$/.test(item) ? Number(item) : NaN;
    if (!Number.isInteger(n) || n === 0 || n < -31 || n > 31) return fail(`BYMONTHDAY ${item} must be 1 to 31 or -1 to -31`);
    byMonthDay.push(n);
  }
  if (byMonthDay.length > 0 && freq === 'WEEKLY') return fail('BYMONTHDAY needs FREQ=MONTHLY');

  let until: Until | null = null;
  const rawUntil = parts.get('UNTIL');
  if (rawUntil !== undefined) {
    const parsedUntil = parseUntil(rawUntil);
    if (!parsedUntil) return fail('UNTIL must be YYYYMMDD, YYYYMMDDTHHMMSS or YYYYMMDDTHHMMSSZ');
    until = parsedUntil;
  }
  return { ok: true, rule: { freq, interval, byDay, byMonthDay, until } };
}

function fail(message: string): Parsed {
  return { ok: false, message };
}

function parseUntil(raw: string): Until | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(raw);
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (tryParseIsoDate(date) === undefined) return null;
  if (m[4] === undefined) return { date };
  const time = `${m[4]}:${m[5]}:${m[6]}`;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59) return null;
  return m[7] ? { instant: Date.parse(`${date}T${time}Z`) } : { localDateTime: `${date}T${time}` };
}

// ---- expansion ----

/** The dates one period (a week from Monday, or a month) contributes, in order. */
function datesOfPeriod(rule: RecurrenceRule, anchor: number, period: number): number[] {
  if (rule.freq === 'WEEKLY') {
    const monday = mondayOnOrBefore(anchor) + period * 7;
    const weekdays = rule.byDay.length > 0 ? rule.byDay.map((b) => b.weekday) : [weekday(anchor)];
    return [0, 1, 2, 3, 4, 5, 6].map((i) => monday + i).filter((day) => weekdays.includes(weekday(day)));
  }
  const { year, month, day: anchorDayOfMonth } = civilFromDays(anchor);
  const shifted = shiftMonth(year, month, period);
  const first = daysFromCivil(shifted.year, shifted.month, 1);
  const length = daysInMonth(shifted.year, shifted.month);
  const days = Array.from({ length }, (_, i) => first + i);
  const nth = (day: number) => Math.floor((day - first) / 7) + 1;
  const nthFromEnd = (day: number) => -(Math.floor((first + length - 1 - day) / 7) + 1);
  const matchesByDay = (day: number) =>
    rule.byDay.some((b) => b.weekday === weekday(day) && (b.ordinal === null || b.ordinal === (b.ordinal > 0 ? nth(day) : nthFromEnd(day))));
  const monthDays = rule.byMonthDay.map((n) => (n > 0 ? n : length + 1 + n)).filter((n) => n >= 1 && n <= length);
  if (rule.byMonthDay.length > 0) {
    // Both given: BYMONTHDAY picks the days and BYDAY keeps those that match it (RFC 5545 §3.3.10).
    return days.filter((day) => monthDays.includes(day - first + 1) && (rule.byDay.length === 0 || matchesByDay(day)));
  }
  if (rule.byDay.length > 0) return days.filter(matchesByDay);
  return anchorDayOfMonth <= length ? [first + anchorDayOfMonth - 1] : [];
}

/** Stops a rule that never matches (BYMONTHDAY=31 with BYDAY=1SA) from looping forever: 20 years of periods. */
const MAX_PERIODS = 1040;

/** The rule's dates on or after `from`, in order, never before `anchor` (RFC 5545's DTSTART); UNTIL is the caller's. */
export function* occurrenceDates(rule: RecurrenceRule, anchor: IsoDate, from: IsoDate): Generator<IsoDate> {
  const start = parseIsoDate(anchor);
  const earliest = Math.max(start, parseIsoDate(from));
  const periodsToSkip = rule.freq === 'WEEKLY' ? Math.floor((earliest - start) / 7) - 1 : monthsBetween(start, earliest) - 1;
  let period = Math.max(0, Math.floor(periodsToSkip / rule.interval)) * rule.interval;
  for (let seen = 0; seen < MAX_PERIODS; seen++, period += rule.interval) {
    for (const day of datesOfPeriod(rule, start, period)) {
      if (day >= earliest) yield formatEpochDay(day);
    }
  }
}

// ---- a series' meetings as instants ----

export interface SeriesTiming {
  rule: RecurrenceRule;
  /** The series' first day: weekly intervals and a MONTHLY rule without BYDAY/BYMONTHDAY count from it. */
  anchor: IsoDate;
  /** HH:mm, local time in the series' time zone. */
  startTime: string;
  announceDaysBefore: number;
}

export interface Occurrence {
  date: IsoDate;
  startsAt: number;
  announceAt: number;
}

/** Announced `days` before at the same local time of day: stays right across a DST change. */
export function announcementOf(startsAt: number, days: number, timeZone: string): number {
  const time = formatInstant(startsAt, timeZone).slice(11, 16);
  return atLocalTime(addDays(localDate(startsAt, timeZone), -days), time, timeZone);
}

function withinUntil(until: Until | null, date: IsoDate, startsAt: number, startTime: string): boolean {
  if (until === null) return true;
  if ('date' in until) return date <= until.date;
  if ('instant' in until) return startsAt <= until.instant;
  return `${date}T${startTime}:00` <= until.localDateTime;
}

function* occurrencesFrom(series: SeriesTiming, timeZone: string, from: IsoDate): Generator<Occurrence> {
  for (const date of occurrenceDates(series.rule, series.anchor, from)) {
    const startsAt = atLocalTime(date, series.startTime, timeZone);
    if (!withinUntil(series.rule.until, date, startsAt, series.startTime)) return;
    yield { date, startsAt, announceAt: announcementOf(startsAt, series.announceDaysBefore, timeZone) };
  }
}

/** The next `count` meetings whose announcement is still to come after `after`: what the Schedule fires for. */
export function upcomingOccurrences(series: SeriesTiming, timeZone: string, after: number, count: number): Occurrence[] {
  const found: Occurrence[] = [];
  for (const o of occurrencesFrom(series, timeZone, localDate(after, timeZone))) {
    if (o.announceAt <= after) continue;
    found.push(o);
    if (found.length === count) break;
  }
  return found;
}

/**
 * The meeting a firing at `at` announces: of the meetings still ahead, the one whose announcement is due latest
 * by `at` (a firing on time, or a late one after an outage); when none is due yet (a manual trigger), the next one.
 */
export function occurrenceFiringAt(series: SeriesTiming, timeZone: string, at: number): Occurrence | undefined {
  let due: Occurrence | undefined;
  for (const o of occurrencesFrom(series, timeZone, localDate(at, timeZone))) {
    if (o.startsAt <= at) continue;
    if (o.announceAt > at) return due ?? o;
    due = o;
  }
  return due;
}

/** A stored series' timing; its recurrence was validated when the series was created. */
export function timingOf(series: { recurrence: string; anchor: IsoDate; startTime: string; announceDaysBefore: number }): SeriesTiming {
  const parsed = parseRecurrence(series.recurrence);
  if (!parsed.ok) throw new RangeError(`recurrence ${JSON.stringify(series.recurrence)}: ${parsed.message}`);
  return { rule: parsed.rule, anchor: series.anchor, startTime: series.startTime, announceDaysBefore: series.announceDaysBefore };
}
