import type { Kysely } from 'kysely';
import { recordLedgerEntry, type LedgerEntry } from '../db/ledger.js';
import type { Database } from '../db/schema.js';

export function createLedgerActivities({ db }: { db: Kysely<Database> }) {
  return {
    /** Writes a step's events, notifications and the new snapshot in one transaction; safe to repeat. */
    async record(entry: LedgerEntry): Promise<void> {
      await recordLedgerEntry(db, entry);
    },
  };
}

export type LedgerActivities = ReturnType<typeof createLedgerActivities>;
