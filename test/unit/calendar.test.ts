import { describe, it, expect } from 'vitest';
import {
  WorkingCalendar,
  nthWorkingDayAfter,
  nthWorkingDayCounting,
  validateCalendarYear,
  workingDayBefore,
  workingDayOnOrAfter,
  workingDaysStopped,
} from '../../domain/calendar.js';
import { addMonthsClamped, atLocalTime, endOfDay, formatInstant, localDate } from '../../domain/dates.js';
import { shippedCalendarYears } from '../../domain/holiday-seed.js';

const HOLIDAYS_2026 = [
  '2026-01-01',
  '2026-01-02',
  '2026-01-03',
  '2026-02-15',
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-02-19',
  '2026-02-20',
  '2026-02-21',
  '2026-02-22',
  '2026-02-23',
  '2026-04-04',
  '2026-04-05',
  '2026-04-06',
  '2026-05-01',
  '2026-05-02',
  '2026-05-03',
  '2026-05-04',
  '2026-05-05',
  '2026-06-19',
  '2026-06-20',
  '2026-06-21',
  '2026-09-25',
  '2026-09-26',
  '2026-09-27',
  '2026-10-01',
  '2026-10-02',
  '2026-10-03',
  '2026-10-04',
  '2026-10-05',
  '2026-10-06',
  '2026-10-07',
];
const WORKDAYS_2026 = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];

// Built by hand so the arithmetic is tested independently of the seed.
const cal = new WorkingCalendar([{ year: 2026, holidays: HOLIDAYS_2026, workdays: WORKDAYS_2026 }]);

const utc = (iso: string): number => Date.parse(iso);
const HOUR_MS = 3_600_000;

describe('WorkingCalendar', () => {
  it('applies the arrangement, then the weekend rule', () => {
    expect(cal.isWorkingDay('2026-09-24')).toBe(true); // Thursday
    expect(cal.isWorkingDay('2026-09-25')).toBe(false); // Mid-Autumn, a Friday
    expect(cal.isWorkingDay('2026-09-20')).toBe(true); // adjusted working Sunday
    expect(cal.isWorkingDay('2026-10-10')).toBe(true); // adjusted working Saturday
    expect(cal.isWorkingDay('2026-10-11')).toBe(false); // ordinary Sunday
    expect(cal.isWorkingDay('2026-10-17')).toBe(false); // ordinary Saturday
  });

  it('falls back to the weekend rule for a year not loaded', () => {
    expect(cal.hasYear(2026)).toBe(true);
    expect(cal.hasYear(2030)).toBe(false);
    expect(cal.isWorkingDay('2030-10-01')).toBe(true); // a Tuesday, National Day unknown
    expect(cal.isWorkingDay('2030-10-05')).toBe(false); // Saturday
  });

  it('lets a listed working day win over a holiday, and a later entry replace its year', () => {
    const custom = new WorkingCalendar([
      { year: 2027, holidays: ['2027-03-01'], workdays: [] },
      { year: 2027, holidays: ['2027-03-02', '2027-03-06'], workdays: ['2027-03-06'] },
    ]);
    expect(custom.isWorkingDay('2027-03-01')).toBe(true);
    expect(custom.isWorkingDay('2027-03-02')).toBe(false);
    expect(custom.isWorkingDay('2027-03-06')).toBe(true);
  });

  it('rejects malformed dates', () => {
    expect(() => cal.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => cal.isWorkingDay('2026-9-1')).toThrow(RangeError);
    expect(() => new WorkingCalendar([{ year: 2026, holidays: ['2026-13-01'], workdays: [] }])).toThrow(RangeError);
  });
});

describe('nthWorkingDayAfter (the first day excluded)', () => {
  it('matches the contract examples around Mid-Autumn and National Day 2026', () => {
    expect(nthWorkingDayAfter(cal, '2026-09-24', 10)).toBe('2026-10-15');
    expect(nthWorkingDayAfter(cal, '2026-09-28', 5)).toBe('2026-10-10');
  });

  it('crosses the National Day week', () => {
    expect(nthWorkingDayAfter(cal, '2026-09-30', 1)).toBe('2026-10-08');
    expect(nthWorkingDayAfter(cal, '2026-09-24', 1)).toBe('2026-09-28');
    expect(nthWorkingDayAfter(cal, '2026-09-19', 1)).toBe('2026-09-20');
  });

  it('crosses the 2026 Spring Festival', () => {
    expect(nthWorkingDayAfter(cal, '2026-02-13', 1)).toBe('2026-02-14');
    expect(nthWorkingDayAfter(cal, '2026-02-14', 1)).toBe('2026-02-24');
    expect(nthWorkingDayAfter(cal, '2026-02-12', 5)).toBe('2026-02-26');
    expect(nthWorkingDayAfter(cal, '2026-02-24', 4)).toBe('2026-02-28');
    expect(nthWorkingDayAfter(cal, '2026-02-10', 30)).toBe('2026-03-30');
  });

  it('counts from a non-working start day as from any other day', () => {
    expect(nthWorkingDayAfter(cal, '2026-10-03', 1)).toBe('2026-10-08');
    expect(nthWorkingDayAfter(cal, '2026-10-17', 1)).toBe('2026-10-19');
  });

  it('rejects a count that is not a positive integer', () => {
    expect(() => nthWorkingDayAfter(cal, '2026-09-24', 0)).toThrow(RangeError);
    expect(() => nthWorkingDayAfter(cal, '2026-09-24', 1.5)).toThrow(RangeError);
  });
});

describe('nthWorkingDayCounting (the 1-2-3 rule)', () => {
  it('counts a working registration day as day 1', () => {
    expect(nthWorkingDayCounting(cal, '2026-09-24', 1)).toBe('2026-09-24');
    expect(nthWorkingDayCounting(cal, '2026-09-24', 2)).toBe('2026-09-28');
    expect(nthWorkingDayCounting(cal, '2026-09-24', 3)).toBe('2026-09-29');
  });

  it('starts at the next working day after a registration on a Saturday', () => {
    expect(nthWorkingDayCounting(cal, '2026-09-12', 1)).toBe('2026-09-14');
    expect(nthWorkingDayCounting(cal, '2026-09-12', 2)).toBe('2026-09-15');
    expect(nthWorkingDayCounting(cal, '2026-09-12', 3)).toBe('2026-09-16');
  });

  it('starts after the holiday for a registration on a holiday', () => {
    expect(nthWorkingDayCounting(cal, '2026-10-01', 1)).toBe('2026-10-08');
    expect(nthWorkingDayCounting(cal, '2026-10-01', 2)).toBe('2026-10-09');
    expect(nthWorkingDayCounting(cal, '2026-10-01', 3)).toBe('2026-10-10');
  });

  it('counts an adjusted working Sunday as day 1', () => {
    expect(nthWorkingDayCounting(cal, '2026-09-20', 1)).toBe('2026-09-20');
    expect(nthWorkingDayCounting(cal, '2026-09-20', 2)).toBe('2026-09-21');
    expect(nthWorkingDayCounting(cal, '2026-09-20', 3)).toBe('2026-09-22');
  });

  it('crosses the Spring Festival from the working Saturday before it', () => {
    expect(nthWorkingDayCounting(cal, '2026-02-14', 2)).toBe('2026-02-24');
    expect(nthWorkingDayCounting(cal, '2026-02-14', 3)).toBe('2026-02-25');
  });

  it('rejects a count that is not a positive integer', () => {
    expect(() => nthWorkingDayCounting(cal, '2026-09-24', 0)).toThrow(RangeError);
  });
});

describe('workingDayOnOrAfter and workingDayBefore', () => {
  it('finds the nearest working day', () => {
    expect(workingDayOnOrAfter(cal, '2026-09-24')).toBe('2026-09-24');
    expect(workingDayOnOrAfter(cal, '2026-10-01')).toBe('2026-10-08');
    expect(workingDayOnOrAfter(cal, '2026-09-19')).toBe('2026-09-20');
    expect(workingDayOnOrAfter(cal, '2026-02-15')).toBe('2026-02-24');
  });

  it('finds the last working day strictly before', () => {
    expect(workingDayBefore(cal, '2026-10-15')).toBe('2026-10-14');
    expect(workingDayBefore(cal, '2026-10-08')).toBe('2026-09-30');
    expect(workingDayBefore(cal, '2026-10-12')).toBe('2026-10-10');
    expect(workingDayBefore(cal, '2026-02-24')).toBe('2026-02-14');
    expect(workingDayBefore(cal, '2026-09-21')).toBe('2026-09-20');
  });
});

describe('workingDaysStopped (补正不计时, README’s worked example)', () => {
  it('counts the day of the request and not the day of supply', () => {
    // Asked Tuesday 29 September, supplied Thursday 8 October: 29 and 30 September; 1–7 October are the holiday.
    expect(workingDaysStopped(cal, '2026-09-29', '2026-10-08')).toBe(2);
    // …so a dueAt of Friday 16 October moves to Tuesday 20 October.
    expect(nthWorkingDayAfter(cal, '2026-10-16', 2)).toBe('2026-10-20');
    // The adjusted Saturday 10 October counts; the Sunday after it does not.
    expect(workingDaysStopped(cal, '2026-10-09', '2026-10-12')).toBe(2);
  });

  it('stops nothing on the same day, and nothing over days off alone', () => {
    expect(workingDaysStopped(cal, '2026-10-14', '2026-10-14')).toBe(0);
    expect(workingDaysStopped(cal, '2026-10-03', '2026-10-08')).toBe(0);
  });
});

describe('addMonthsClamped', () => {
  it('keeps the day of the month or clamps to the month end', () => {
    expect(addMonthsClamped('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonthsClamped('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonthsClamped('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsClamped('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonthsClamped('2026-10-15', 12)).toBe('2027-10-15');
    expect(addMonthsClamped('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonthsClamped('2026-05-15', 0)).toBe('2026-05-15');
  });

  it('rejects a fractional number of months', () => {
    expect(() => addMonthsClamped('2026-05-15', 0.5)).toThrow(RangeError);
  });
});

describe('time zones', () => {
  it('ends a day at 23:59:59.999 in Asia/Shanghai', () => {
    const due = endOfDay('2026-10-15', 'Asia/Shanghai');
    expect(due).toBe(utc('2026-10-15T15:59:59.999Z'));
    expect(formatInstant(due, 'Asia/Shanghai')).toBe('2026-10-15T23:59:59.999+08:00');
  });

  it('takes the local date in the zone', () => {
    expect(localDate(utc('2026-10-15T15:59:59.999Z'), 'Asia/Shanghai')).toBe('2026-10-15');
    expect(localDate(utc('2026-10-15T16:00:00.000Z'), 'Asia/Shanghai')).toBe('2026-10-16');
    expect(localDate(utc('2026-03-08T04:59:59.999Z'), 'America/New_York')).toBe('2026-03-07');
    expect(localDate(utc('2026-03-08T05:00:00.000Z'), 'America/New_York')).toBe('2026-03-08');
  });

  it('follows America/New_York across the 2026-03-08 spring-forward', () => {
    expect(endOfDay('2026-03-07', 'America/New_York')).toBe(utc('2026-03-08T04:59:59.999Z'));
    expect(endOfDay('2026-03-08', 'America/New_York')).toBe(utc('2026-03-09T03:59:59.999Z'));
    expect(endOfDay('2026-03-08', 'America/New_York') - endOfDay('2026-03-07', 'America/New_York')).toBe(23 * HOUR_MS);
    expect(formatInstant(endOfDay('2026-03-08', 'America/New_York'), 'America/New_York')).toBe('2026-03-08T23:59:59.999-04:00');
    expect(atLocalTime('2026-03-07', '09:00', 'America/New_York')).toBe(utc('2026-03-07T14:00:00.000Z'));
    expect(atLocalTime('2026-03-08', '09:00', 'America/New_York')).toBe(utc('2026-03-08T13:00:00.000Z'));
    expect(atLocalTime('2026-03-08', '01:59', 'America/New_York')).toBe(utc('2026-03-08T06:59:00.000Z'));
    expect(formatInstant(utc('2026-03-08T06:59:59.999Z'), 'America/New_York')).toBe('2026-03-08T01:59:59.999-05:00');
    expect(formatInstant(utc('2026-03-08T07:00:00.000Z'), 'America/New_York')).toBe('2026-03-08T03:00:00.000-04:00');
  });

  it('moves a skipped time later by the gap and takes the first of a repeated time', () => {
    const skipped = atLocalTime('2026-03-08', '02:30', 'America/New_York');
    expect(skipped).toBe(utc('2026-03-08T07:30:00.000Z'));
    expect(formatInstant(skipped, 'America/New_York')).toBe('2026-03-08T03:30:00.000-04:00');
    const repeated = atLocalTime('2026-11-01', '01:30', 'America/New_York');
    expect(repeated).toBe(utc('2026-11-01T05:30:00.000Z'));
    expect(formatInstant(repeated, 'America/New_York')).toBe('2026-11-01T01:30:00.000-04:00');
    expect(endOfDay('2026-11-01', 'America/New_York') - endOfDay('2026-10-31', 'America/New_York')).toBe(25 * HOUR_MS);
  });

  it('ends the day before a skipped midnight just before the new day begins', () => {
    // Chile springs forward at 24:00, so 2026-09-06 begins at 01:00 -03:00.
    const end = endOfDay('2026-09-05', 'America/Santiago');
    expect(formatInstant(end, 'America/Santiago')).toBe('2026-09-05T23:59:59.999-04:00');
    expect(formatInstant(end + 1, 'America/Santiago')).toBe('2026-09-06T01:00:00.000-03:00');
  });

  it('ends a day whose last hour is repeated at the second 23:59:59.999', () => {
    // Chile falls back at 24:00 on 2026-04-04, so 23:00–24:00 happens twice that evening.
    const end = endOfDay('2026-04-04', 'America/Santiago');
    expect(end).toBe(utc('2026-04-05T03:59:59.999Z'));
    expect(formatInstant(end - HOUR_MS, 'America/Santiago')).toBe('2026-04-04T23:59:59.999-03:00');
    expect(formatInstant(end + 1, 'America/Santiago')).toBe('2026-04-05T00:00:00.000-04:00');
  });

  it('writes offsets that are zero or not whole hours', () => {
    expect(formatInstant(utc('2026-01-01T00:00:00.000Z'), 'UTC')).toBe('2026-01-01T00:00:00.000+00:00');
    expect(formatInstant(-1, 'UTC')).toBe('1969-12-31T23:59:59.999+00:00');
    expect(formatInstant(utc('2026-01-01T00:00:00.000Z'), 'Asia/Kathmandu')).toBe('2026-01-01T05:45:00.000+05:45');
    expect(formatInstant(utc('2026-01-01T00:00:00.000Z'), 'America/St_Johns')).toBe('2025-12-31T20:30:00.000-03:30');
  });

  it('rejects malformed times and zones', () => {
    expect(() => atLocalTime('2026-03-08', '24:00', 'Asia/Shanghai')).toThrow(RangeError);
    expect(() => atLocalTime('2026-03-08', '9:00', 'Asia/Shanghai')).toThrow(RangeError);
    expect(() => endOfDay('2026-03-08', 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('validateCalendarYear', () => {
  it('accepts the 2026 arrangement', () => {
    expect(validateCalendarYear(2026, { holidays: HOLIDAYS_2026, workdays: WORKDAYS_2026 })).toEqual([]);
  });

  it('names every problem with its place in the lists', () => {
    expect(
      validateCalendarYear(2026, {
        holidays: ['2026-10-01', '2025-12-31', '2026-02-30', '2026-10-01', '2026-10-10'],
        workdays: ['2026-10-10', '2026-10-12', 'tomorrow'],
      }),
    ).toEqual([
      'holidays[1]: 2025-12-31 is not in 2026',
      'holidays[2]: "2026-02-30" is not a valid YYYY-MM-DD date',
      'holidays[3]: 2026-10-01 is listed twice',
      'workdays[0]: 2026-10-10 is in both holidays and workdays',
      'workdays[1]: 2026-10-12 is not a Saturday or Sunday',
      'workdays[2]: "tomorrow" is not a valid YYYY-MM-DD date',
    ]);
  });

  it('rejects a year outside the date format', () => {
    expect(validateCalendarYear(10_000, { holidays: [], workdays: [] })).toEqual(['year: must be an integer from 1 to 9999']);
  });
});

describe('shippedCalendarYears', () => {
  const years = shippedCalendarYears();

  it('covers 2004 to 2026, one entry per year, in order', () => {
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
  });

  it('ships the State Council 2026 arrangement exactly', () => {
    const y2026 = years.find((y) => y.year === 2026);
    expect(y2026?.holidays).toEqual(HOLIDAYS_2026);
    expect(y2026?.workdays).toEqual(WORKDAYS_2026);
    expect(y2026?.holidays).toEqual(expect.arrayContaining(['2026-02-16', '2026-10-01', '2026-10-07', '2026-09-25']));
    expect(y2026?.workdays).toEqual(expect.arrayContaining(['2026-02-14', '2026-02-28', '2026-09-20', '2026-10-10']));
  });

  it('ships only years that pass the PUT validation', () => {
    for (const y of years) expect(validateCalendarYear(y.year, y), String(y.year)).toEqual([]);
  });

  it('gives the contract examples when used as the calendar', () => {
    const shipped = new WorkingCalendar(years);
    expect(nthWorkingDayAfter(shipped, '2026-09-24', 10)).toBe('2026-10-15');
    expect(nthWorkingDayAfter(shipped, '2026-09-28', 5)).toBe('2026-10-10');
    expect(shipped.hasYear(2027)).toBe(false);
  });
});
