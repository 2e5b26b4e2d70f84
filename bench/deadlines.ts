import { performance } from 'node:perf_hooks';
import { WorkingCalendar, nthWorkingDayAfter, nthWorkingDayCounting, workingDayOnOrAfter } from '../domain/calendar.js';
import { addDays, addMonthsClamped, endOfDay } from '../domain/dates.js';
import { shippedCalendarYears } from '../domain/holiday-seed.js';

// The pure deadline arithmetic the deadline activity runs on every step, in calls per second, and what one loaded
// calendar costs in memory.

const TZ = 'Asia/Shanghai';
const days = Array.from({ length: 365 }, (_, i) => addDays('2026-01-01', i));

function perSecond(iterations: number, work: (i: number) => unknown): number {
  for (let i = 0; i < 1000; i++) work(i); // warm-up
  const started = performance.now();
  for (let i = 0; i < iterations; i++) work(i);
  return iterations / ((performance.now() - started) / 1000);
}

export function deadlineArithmetic(iterations: number) {
  const calendar = new WorkingCalendar(shippedCalendarYears());
  const heapBefore = process.memoryUsage().heapUsed;
  const kept = Array.from({ length: 100 }, () => new WorkingCalendar(shippedCalendarYears()));
  const calendarKib = (process.memoryUsage().heapUsed - heapBefore) / kept.length / 1024;
  return {
    calendarKib,
    perSecond: {
      'assignBy (day 2, counting the first day)': perSecond(iterations, (i) => nthWorkingDayCounting(calendar, days[i % 365]!, 2)),
      'dueAt (30 working days after)': perSecond(iterations, (i) => nthWorkingDayAfter(calendar, days[i % 365]!, 30)),
      'dueAt + end of day in Asia/Shanghai': perSecond(iterations, (i) => endOfDay(nthWorkingDayAfter(calendar, days[i % 365]!, 10), TZ)),
      'follow-up visit (12 months, next working day)': perSecond(iterations, (i) => workingDayOnOrAfter(calendar, addMonthsClamped(days[i % 365]!, 12))),
    },
  };
}
