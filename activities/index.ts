import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { createDeadlineActivities } from './deadlines.js';
import { createLedgerActivities } from './ledger.js';

/** Every activity the worker registers, built over its dependencies so tests can pass their own. */
export function createActivities(deps: { db: Kysely<Database>; timezone: string }) {
  return { ...createLedgerActivities(deps), ...createDeadlineActivities(deps) };
}

export type Activities = ReturnType<typeof createActivities>;
