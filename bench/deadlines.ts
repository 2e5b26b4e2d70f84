import { performance } from 'node:perf_hooks';
import {
  WorkingCalendar,
  endOfDay,
  nthWorkingDayAfter,
  nthWorkingDayCounting,
  workingDayOnOrAfter,
  addMonthsClamped,
} from '../domain/calendar.js';
import { shippedCalendarYears } from '../domain/holiday-seed.js';

// `npm run bench`: how fast the pure deadline arithmetic is (the deadline activity runs it on every step), and
// what a calendar costs in memory. Prints figures; asserts nothing (speed goals live here, not in tests).

const calendar = new WorkingCalendar(shippedCalendarYears());
const TZ = 'Asia/Shanghai';
const days = Array.from({ length: 365 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));

function measure(name: string, iterations: number, work: (i: number) => unknown) {
  for (let i = 0; i < 1000; i++) work(i); // warm-up
  const started = performance.now();
  for (let i = 0; i < iterations; i++) work(i);
  const ms = performance.now() - started;
  console.log(`${name.padEnd(44)} ${Math.round(iterations / (ms / 1000)).toLocaleString('en').padStart(12)} /s  (${iterations.toLocaleString('en')} in ${ms.toFixed(0)} ms)`);
}

const heapBefore = process.memoryUsage().heapUsed;
const kept = Array.from({ length: 100 }, () => new WorkingCalendar(shippedCalendarYears()));
const perCalendar = (process.memoryUsage().heapUsed - heapBefore) / kept.length;

console.log(`calendar: ${shippedCalendarYears().length} years loaded, ~${Math.round(perCalendar / 1024)} KiB each`);
measure('assignBy (day 2, counting the first day)', 500_000, (i) => nthWorkingDayCounting(calendar, days[i % 365]!, 2));
measure('dueAt (30 working days after)', 500_000, (i) => nthWorkingDayAfter(calendar, days[i % 365]!, 30));
measure('dueAt + end of day in Asia/Shanghai', 500_000, (i) => endOfDay(nthWorkingDayAfter(calendar, days[i % 365]!, 10), TZ));
measure('follow-up visit (12 months, next working day)', 500_000, (i) => workingDayOnOrAfter(calendar, addMonthsClamped(days[i % 365]!, 12)));
