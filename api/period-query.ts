import { z } from 'zod';
import { calendarDate } from '../domain/periods.js';
import type { DateRange } from '../db/stats.js';

// The period of a list or a figure: `from` and `to`, inclusive registration dates in APPEALS_TIMEZONE.

// Generic shapes lose their keys inside refine's callback, so the check reads the fields it knows.
const inOrder = (q: object) => {
  const { from, to } = q as { from?: string; to?: string };
  return !from || !to || from <= to;
};

/** A query with the period's `from` and `to` (inclusive registration dates, either end open), `to` not before `from`. */
export function periodQuery<S extends z.ZodRawShape>(shape: S) {
  return z
    .strictObject({
      from: calendarDate.optional().describe('first registration date counted (inclusive, APPEALS_TIMEZONE); open if omitted'),
      to: calendarDate.optional().describe('last registration date counted (inclusive); open if omitted'),
      ...shape,
    })
    .refine(inOrder, { path: ['to'], message: 'must not be before from' });
}

export const rangeOf = (q: { from?: string | undefined; to?: string | undefined }): DateRange => ({ from: q.from ?? null, to: q.to ?? null });
