import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  formatEpochDay,
  formatMonth,
  mondayOnOrBefore,
  monthsBetween,
  parseIsoDate,
  shiftMonth,
  tryParseIsoDate,
  weekday,
} from '../../domain/dates.js';

// The date arithmetic the calendar, the recurrences and the periods share (domain/dates.ts). The working-day rules
// and the time zone conversions are checked in calendar.test.ts; here, the plain days, weeks and months.

describe('dates', () => {
  it('reads and writes real dates only, in every year, unlike Date.UTC for the years 0–99', () => {
    expect(tryParseIsoDate('2026-02-30')).toBeUndefined();
    expect(tryParseIsoDate('2026-2-3')).toBeUndefined();
    expect(tryParseIsoDate('2024-02-29')).toBe(parseIsoDate('2024-03-01') - 1);
    expect(tryParseIsoDate('2100-02-29')).toBeUndefined();
    expect(formatEpochDay(parseIsoDate('0050-01-01'))).toBe('0050-01-01');
    expect(() => parseIsoDate('2026-13-01')).toThrow(RangeError);
  });

  it('adds days across months, years and leap days, and counts the days between', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-10-01', -7)).toBe('2026-09-24');
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
  });

  it('knows the weekday and the Monday of a week (1970-01-01 was a Thursday)', () => {
    expect(weekday(0)).toBe(4);
    expect(weekday(parseIsoDate('2026-10-10'))).toBe(6);
    expect(weekday(parseIsoDate('1969-12-28'))).toBe(0);
    expect(formatEpochDay(mondayOnOrBefore(parseIsoDate('2026-10-11')))).toBe('2026-10-05'); // a Sunday
    expect(formatEpochDay(mondayOnOrBefore(parseIsoDate('2026-10-05')))).toBe('2026-10-05'); // a Monday
  });

  it('moves months across years both ways and counts the months between', () => {
    expect(shiftMonth(2026, 1, -1)).toEqual({ year: 2025, month: 12 });
    expect(shiftMonth(2026, 11, 14)).toEqual({ year: 2028, month: 1 });
    expect(shiftMonth(2026, 3, -27)).toEqual({ year: 2023, month: 12 });
    expect(monthsBetween(parseIsoDate('2025-12-31'), parseIsoDate('2026-01-01'))).toBe(1);
    expect(monthsBetween(parseIsoDate('2026-05-20'), parseIsoDate('2026-05-01'))).toBe(0);
    expect(formatMonth(2026, 3)).toBe('2026-03');
  });
});
