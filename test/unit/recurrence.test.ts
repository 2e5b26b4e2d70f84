import { describe, expect, it } from 'vitest';
import { addDays, formatInstant } from '../../domain/dates.js';
import { occurrenceDates, occurrenceFiringAt, parseRecurrence, upcomingOccurrences, type RecurrenceRule, type SeriesTiming } from '../../domain/recurrence.js';

// A series' meeting days (CONTRACT.md §6), checked against a printed 2026 calendar.

const TZ = 'Asia/Shanghai';

function rule(text: string): RecurrenceRule {
  const parsed = parseRecurrence(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.rule;
}

function dates(text: string, anchor: string, count: number, from = anchor): string[] {
  const found: string[] = [];
  for (const d of occurrenceDates(rule(text), anchor, from)) {
    found.push(d);
    if (found.length === count) break;
  }
  return found;
}

const local = (ms: number) => formatInstant(ms, TZ);

describe('named recurrences', () => {
  it('first_weekend_monthly is the first Saturday of every month', () => {
    expect(dates('first_weekend_monthly', '2026-01-01', 12)).toEqual([
      '2026-01-03',
      '2026-02-07',
      '2026-03-07',
      '2026-04-04',
      '2026-05-02',
      '2026-06-06',
      '2026-07-04',
      '2026-08-01',
      '2026-09-05',
      '2026-10-03',
      '2026-11-07',
      '2026-12-05',
    ]);
  });

  it('twice_monthly is the first and third Saturdays', () => {
    expect(dates('twice_monthly', '2026-07-01', 6)).toEqual(['2026-07-04', '2026-07-18', '2026-08-01', '2026-08-15', '2026-09-05', '2026-09-19']);
  });

  it('never starts before the anchor, and resumes from any later day', () => {
    expect(dates('first_weekend_monthly', '2026-11-23', 2)).toEqual(['2026-12-05', '2027-01-02']);
    expect(dates('first_weekend_monthly', '2026-01-01', 2, '2026-08-02')).toEqual(['2026-09-05', '2026-10-03']);
  });
});

describe('RRULE', () => {
  it('FREQ=MONTHLY with ordinals, including the last weekday of the month', () => {
    expect(dates('FREQ=MONTHLY;BYDAY=-1FR', '2026-01-01', 4)).toEqual(['2026-01-30', '2026-02-27', '2026-03-27', '2026-04-24']);
    expect(dates('RRULE:FREQ=MONTHLY;BYDAY=2MO,4MO', '2026-03-01', 4)).toEqual(['2026-03-09', '2026-03-23', '2026-04-13', '2026-04-27']);
  });

  it('FREQ=MONTHLY with BYMONTHDAY, negative days and months too short', () => {
    expect(dates('FREQ=MONTHLY;BYMONTHDAY=31', '2026-01-01', 4)).toEqual(['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31']);
    expect(dates('FREQ=MONTHLY;BYMONTHDAY=-1', '2026-01-15', 3)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
  });

  it('BYDAY and BYMONTHDAY together keep the days matching both (the first Saturday, spelled out)', () => {
    expect(dates('FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=1,2,3,4,5,6,7', '2026-01-01', 3)).toEqual(['2026-01-03', '2026-02-07', '2026-03-07']);
  });

  it('INTERVAL counts periods from the anchor', () => {
    expect(dates('FREQ=MONTHLY;INTERVAL=3;BYDAY=1SA', '2026-01-10', 3)).toEqual(['2026-04-04', '2026-07-04', '2026-10-03']);
    // Every other week from the anchor's week (Monday 2026-01-05), Tuesdays and Thursdays.
    expect(dates('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH', '2026-01-05', 5)).toEqual(['2026-01-06', '2026-01-08', '2026-01-20', '2026-01-22', '2026-02-03']);
    expect(dates('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH', '2026-01-05', 2, '2026-03-01')).toEqual(['2026-03-03', '2026-03-05']);
  });

  it('without BYDAY or BYMONTHDAY, repeats the anchor’s weekday or day of the month', () => {
    expect(dates('FREQ=WEEKLY', '2026-11-25', 3)).toEqual(['2026-11-25', '2026-12-02', '2026-12-09']);
    expect(dates('FREQ=MONTHLY', '2026-01-15', 3)).toEqual(['2026-01-15', '2026-02-15', '2026-03-15']);
  });

  it('UNTIL ends the series (dates, local and UTC times)', () => {
    const timing = (until: string): SeriesTiming => ({
      rule: rule(`FREQ=MONTHLY;BYDAY=1SA;UNTIL=${until}`),
      anchor: '2026-01-01',
      startTime: '09:30',
      announceDaysBefore: 7,
    });
    const after = Date.parse('2025-12-01T00:00:00+08:00');
    expect(upcomingOccurrences(timing('20260307'), TZ, after, 12).map((o) => o.date)).toEqual(['2026-01-03', '2026-02-07', '2026-03-07']);
    expect(upcomingOccurrences(timing('20260307T092959'), TZ, after, 12).map((o) => o.date)).toEqual(['2026-01-03', '2026-02-07']);
    expect(upcomingOccurrences(timing('20260307T013000Z'), TZ, after, 12).map((o) => o.date)).toEqual(['2026-01-03', '2026-02-07', '2026-03-07']);
  });

  it.each([
    ['FREQ=DAILY', 'FREQ must be WEEKLY or MONTHLY'],
    ['FREQ=YEARLY;BYMONTH=1', 'BYMONTH is not supported'],
    ['FREQ=MONTHLY;COUNT=3', 'COUNT is not supported'],
    ['FREQ=MONTHLY;BYSETPOS=1;BYDAY=SA', 'BYSETPOS is not supported'],
    ['FREQ=WEEKLY;BYDAY=1SA', 'BYDAY ordinals need FREQ=MONTHLY'],
    ['FREQ=WEEKLY;BYMONTHDAY=1', 'BYMONTHDAY needs FREQ=MONTHLY'],
    ['FREQ=MONTHLY;BYDAY=6SA', 'BYDAY 6SA'],
    ['FREQ=MONTHLY;BYMONTHDAY=32', 'BYMONTHDAY 32'],
    ['FREQ=MONTHLY;INTERVAL=0', 'INTERVAL'],
    ['FREQ=MONTHLY;UNTIL=20260230', 'UNTIL'],
    ['FREQ=MONTHLY;FREQ=WEEKLY', 'FREQ is given twice'],
    ['BYDAY=SA', 'FREQ must be'],
    ['every saturday', 'KEY=VALUE'],
    ['', 'KEY=VALUE'],
  ])('rejects %s', (text, message) => {
    const parsed = parseRecurrence(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toContain(message);
  });
});

describe('a series in time', () => {
  const series: SeriesTiming = { rule: rule('FREQ=MONTHLY;BYDAY=1SA'), anchor: '2026-01-01', startTime: '09:30', announceDaysBefore: 7 };

  it('announces each meeting seven days before, at its own time of day', () => {
    const [next] = upcomingOccurrences(series, TZ, Date.parse('2026-11-23T12:00:00+08:00'), 1);
    expect(next!.date).toBe('2026-12-05');
    expect(local(next!.startsAt)).toBe('2026-12-05T09:30:00.000+08:00');
    expect(local(next!.announceAt)).toBe('2026-11-28T09:30:00.000+08:00');
  });

  it('lists only meetings whose announcement is still to come', () => {
    // On 2026-12-01 the 12-05 meeting is already announced: the next announcement is for 2027-01-02.
    const upcoming = upcomingOccurrences(series, TZ, Date.parse('2026-12-01T00:00:00+08:00'), 3);
    expect(upcoming.map((o) => o.date)).toEqual(['2027-01-02', '2027-02-06', '2027-03-06']);
    expect(local(upcoming[0]!.announceAt)).toBe('2026-12-26T09:30:00.000+08:00');
  });

  it('a firing on time opens the meeting it announces, even when the previous one is still ahead', () => {
    const weekly: SeriesTiming = { rule: rule('FREQ=WEEKLY;BYDAY=SA'), anchor: '2026-01-01', startTime: '09:30', announceDaysBefore: 10 };
    const [third] = upcomingOccurrences(weekly, TZ, Date.parse('2026-01-01T00:00:00+08:00'), 3).slice(2);
    // Announced 10 days ahead: at that moment the meeting of the week before is still to come.
    expect(occurrenceFiringAt(weekly, TZ, third!.announceAt)?.date).toBe(third!.date);
  });

  it('a manual trigger between announcements opens the next meeting', () => {
    expect(occurrenceFiringAt(series, TZ, Date.parse('2026-11-10T15:00:00+08:00'))?.date).toBe('2026-12-05');
    // Inside the announcement week, the meeting already announced is the one still to come.
    expect(occurrenceFiringAt(series, TZ, Date.parse('2026-12-01T15:00:00+08:00'))?.date).toBe('2026-12-05');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
