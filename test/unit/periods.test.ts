import { describe, expect, it } from 'vitest';
import { calendarDate, instant, monthRange, previousMonth, reportDecision } from '../../domain/periods.js';

describe('periods', () => {
  it('a month runs from its first to its last date, leap years included', () => {
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange('2023-02')).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(() => monthRange('2026-13')).toThrow(RangeError);
  });

  it('the previous month crosses the year', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-11')).toBe('2026-10');
  });

  it('dates must exist, in the years a calendar may be loaded for', () => {
    const valid = (d: string) => calendarDate.safeParse(d).success;
    expect(valid('2024-02-29')).toBe(true);
    expect(valid('2023-02-29')).toBe(false);
    expect(valid('2026-1-05')).toBe(false);
    expect(valid('0073-09-16')).toBe(false);
    expect(valid('2199-12-31')).toBe(true);
    expect(instant.safeParse('0001-01-10T00:00:00+08:00').success).toBe(false);
    expect(instant.safeParse('2026-12-05T09:30:00.000+08:00').success).toBe(true);
  });
});

describe('when the monthly report stores a snapshot', () => {
  // 2026: National Day off 10-01 to 10-07, so October's first working day is Thursday 10-08.
  const october = { firstWorkingDayOfMonth: '2026-10-08', stored: new Set<string>() };

  it('not before the month’s first working day', () => {
    expect(reportDecision({ ...october, today: '2026-10-07' })).toEqual({ period: '2026-09', due: false, reason: 'not_due' });
  });

  it('on the first working day, the previous month', () => {
    expect(reportDecision({ ...october, today: '2026-10-08' })).toEqual({ period: '2026-09', due: true });
  });

  it('on a later day if that day’s run was missed, and never twice', () => {
    expect(reportDecision({ ...october, today: '2026-10-12' })).toEqual({ period: '2026-09', due: true });
    expect(reportDecision({ ...october, today: '2026-10-12', stored: new Set(['2026-09']) })).toEqual({ period: '2026-09', due: false, reason: 'exists' });
  });

  it('a backfill of an ended month any day; of a running month never', () => {
    expect(reportDecision({ ...october, today: '2026-10-02', requested: '2026-08' })).toEqual({ period: '2026-08', due: true });
    expect(reportDecision({ ...october, today: '2026-10-20', requested: '2026-10' })).toEqual({ period: '2026-10', due: false, reason: 'not_over' });
    expect(reportDecision({ ...october, today: '2026-10-20', requested: '2026-08', stored: new Set(['2026-08']) })).toMatchObject({
      due: false,
      reason: 'exists',
    });
  });

  it('January reports December of the year before', () => {
    expect(reportDecision({ today: '2027-01-04', firstWorkingDayOfMonth: '2027-01-04', stored: new Set() })).toEqual({ period: '2026-12', due: true });
  });
});
