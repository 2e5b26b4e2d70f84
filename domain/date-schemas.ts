import { z } from 'zod';
import { once } from './once.js';

// The dates and instants the API accepts, built on first use (domain/once.ts): a step's body has instants, and the
// workflows check step bodies. domain/periods.ts exports them built, for the API.

/** The years a date or an instant given to the API may fall in: those a calendar year may be loaded for. */
const YEARS = /^(19|2[01])\d\d-/;
const YEARS_MESSAGE = 'must be in the years 1900–2199';

/**
 * A real calendar date written `YYYY-MM-DD` (2026-02-30 is not one). A schema rather than a predicate, so that the
 * OpenAPI document says as much (format and pattern) and a client or a fuzzer can tell a valid one.
 */
export const calendarDate = once(() => z.iso.date({ error: 'must be a date YYYY-MM-DD' }).regex(YEARS, YEARS_MESSAGE));

/** An instant with its offset, e.g. 2026-12-05T09:30:00.000+08:00. */
export const instant = once(() =>
  z.iso
    .datetime({ offset: true, error: 'must be an ISO 8601 instant with its offset, e.g. 2026-12-05T09:30:00.000+08:00' })
    .regex(YEARS, YEARS_MESSAGE)
    .meta({ example: '2026-12-05T09:30:00.000+08:00' }),
);
