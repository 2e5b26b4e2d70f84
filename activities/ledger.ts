import type { Kysely } from 'kysely';
import { recordLedgerEntry, type LedgerEntry } from '../db/ledger.js';
import type { Database } from '../db/schema.js';
import type { EnterpriseChannel } from './delivery.js';
import { createDispatcher, type TemporalDeps } from './dispatch.js';

export function createLedgerActivities(deps: { db: Kysely<Database>; temporal: TemporalDeps; enterpriseChannel?: EnterpriseChannel }) {
  const dispatch = createDispatcher(deps);
  return {
    /**
     * Writes a step's events, notifications and the new snapshot in one transaction, then sends each
     * notification on its way; safe to repeat.
     */
    async record(entry: LedgerEntry): Promise<void> {
      await recordLedgerEntry(deps.db, entry);
      await dispatch(entry.notifications.map((n) => n.id));
    },
  };
}

export type LedgerActivities = ReturnType<typeof createLedgerActivities>;
