import { addDays, type IsoDate } from '../../domain/dates.js';
import { at, day } from './lifecycle.js';

// Meeting days counted by hand for the meeting tests, independently of domain/recurrence.ts's expansion.

export const weekday = (d: IsoDate) => new Date(`${d}T00:00:00Z`).getUTCDay();

/** The first Saturday of a month whose meeting at `time` is still ahead of `now`. */
export function firstSaturdayAfter(now: number, time: string): IsoDate {
  for (let month = `${day(now).slice(0, 7)}-01`; ; month = `${addDays(month, 31).slice(0, 7)}-01`) {
    let d = month;
    while (weekday(d) !== 6) d = addDays(d, 1);
    if (at(d, time) > now) return d;
  }
}
