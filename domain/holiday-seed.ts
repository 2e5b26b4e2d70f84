// The State Council's holiday arrangements, 2004 onwards: each year's 国务院办公厅关于××年部分节假日安排的通知,
// as transcribed by the `chinese-days` package (MIT, https://github.com/vsme/chinese-days). Its `holidays`
// map holds every day off of a holiday period (weekend days included) and `workdays` the adjusted working
// Saturdays and Sundays. Years it does not cover are left out, so they count as not loaded.
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { CalendarYear } from './calendar.js';
import type { IsoDate } from './dates.js';

type DayNames = Readonly<Record<IsoDate, string>>;

function groupByYear(days: DayNames): Map<number, IsoDate[]> {
  const byYear = new Map<number, IsoDate[]>();
  for (const d of Object.keys(days).sort()) {
    const year = Number(d.slice(0, 4));
    const list = byYear.get(year);
    if (list) list.push(d);
    else byYear.set(year, [d]);
  }
  return byYear;
}

export function shippedCalendarYears(): CalendarYear[] {
  const holidays = groupByYear(data.holidays as DayNames);
  const workdays = groupByYear(data.workdays as DayNames);
  const years = [...new Set([...holidays.keys(), ...workdays.keys()])].sort((a, b) => a - b);
  return years.map((year) => ({
    year,
    holidays: holidays.get(year) ?? [],
    workdays: workdays.get(year) ?? [],
  }));
}
