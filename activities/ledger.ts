import type { Kysely } from 'kysely';
import { recordLedgerEntry, type LedgerEntry } from '../db/ledger.js';
import type { Database } from '../db/schema.js';
import type { MessageChannel } from './channels/message-channel.js';
import { createDispatcher } from './dispatch.js';
import type { TemporalDeps } from '../gateway/workflows.js';
import { createMessageRenderer, type FollowLinks } from './messages.js';

export function createLedgerActivities(deps: {
  db: Kysely<Database>;
  timezone: string;
  temporal: TemporalDeps;
  follow: FollowLinks;
  messageChannel?: MessageChannel;
}) {
  const dispatch = createDispatcher(deps);
  const messagesFor = createMessageRenderer(deps);
  return {
    /**
     * Writes a step's events, notifications (with the text of each message) and the new snapshot in one
     * transaction, then sends each notification on its way; safe to repeat.
     */
    async record(entry: LedgerEntry): Promise<void> {
      await recordLedgerEntry(deps.db, entry, await messagesFor(entry));
      await dispatch(entry.notifications.map((n) => n.id));
    },
  };
}

export type LedgerActivities = ReturnType<typeof createLedgerActivities>;
