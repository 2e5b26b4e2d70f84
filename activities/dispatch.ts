import type { Kysely } from 'kysely';
import { startDelivery } from '../gateway/deliveries.js';
import type { TemporalDeps } from '../gateway/workflows.js';
import { findDeliverable, recordAttempt } from '../db/notifications.js';
import type { Database } from '../db/schema.js';
import { ledgerChannel, type MessageChannel } from './channels/message-channel.js';

// What happens to the notifications a ledger write has just recorded, an appeal's or a meeting's alike. One that
// can fail on its way (a webhook, a message channel other than the ledger) gets a delivery workflow, which
// retries and records every attempt. For the others the ledger row is the delivery: it is marked delivered here
// and now, since a workflow each would double the server's work per step for nothing (bench: intake).

// The ledger and meeting activities take their Temporal client under this name.

export function createDispatcher({
  db,
  temporal,
  messageChannel = ledgerChannel,
}: {
  db: Kysely<Database>;
  temporal: TemporalDeps;
  messageChannel?: MessageChannel;
}) {
  return async function dispatch(notificationIds: string[]): Promise<void> {
    await Promise.all(
      notificationIds.map(async (id) => {
        const n = await findDeliverable(db, id);
        if (!n || n.status === 'delivered') return;
        const onTheLedger = n.target.kind === 'ledger' || (n.target.kind === 'message' && messageChannel === ledgerChannel);
        if (!onTheLedger) return startDelivery(temporal, id);
        await recordAttempt(db, id, {
          attempt: 1,
          at: new Date(),
          target: ledgerChannel.name,
          statusCode: null,
          latencyMs: 0,
          error: null,
          outcome: 'delivered',
        });
      }),
    );
  };
}
