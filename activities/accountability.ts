import type { Kysely } from 'kysely';
import { recordAccountabilityEntry, type AccountabilityLedgerEntry } from '../db/accountability.js';
import type { Database } from '../db/schema.js';
import type { MessageChannel } from './channels/message-channel.js';
import { createDispatcher } from './dispatch.js';
import type { TemporalDeps } from '../gateway/workflows.js';

// What the accountability workflow asks of the world: its ledger, then each notification on its way. Safe to
// repeat: rows are keyed by the workflow's sequence numbers, deliveries by notification id.

export function createAccountabilityActivities({
  db,
  temporal,
  messageChannel,
}: {
  db: Kysely<Database>;
  temporal: TemporalDeps;
  messageChannel?: MessageChannel;
}) {
  const dispatch = createDispatcher({ db, temporal, ...(messageChannel ? { messageChannel } : {}) });
  return {
    async recordAccountability(entry: AccountabilityLedgerEntry): Promise<void> {
      await recordAccountabilityEntry(db, entry);
      await dispatch(entry.notifications.map((n) => n.id));
    },
  };
}

export type AccountabilityActivities = ReturnType<typeof createAccountabilityActivities>;
