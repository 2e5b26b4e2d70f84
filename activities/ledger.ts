import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { recordLedgerEntry, type LedgerEntry } from '../db/ledger.js';
import type { Database } from '../db/schema.js';
import { DELIVERY_WORKFLOW, deliveryWorkflowId, type DeliveryInput } from '../workflows/notification-messages.js';

export interface TemporalDeps {
  client: Client;
  taskQueue: string;
}

export function createLedgerActivities({ db, temporal }: { db: Kysely<Database>; temporal: TemporalDeps }) {
  async function startDelivery(notificationId: string) {
    const input: DeliveryInput = { notificationId, firstAttempt: 1 };
    try {
      await temporal.client.workflow.start(DELIVERY_WORKFLOW, {
        workflowId: deliveryWorkflowId(notificationId),
        taskQueue: temporal.taskQueue,
        args: [input],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
    } catch (err) {
      // A retried activity: this delivery has already started (or finished).
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  }

  return {
    /**
     * Writes a step's events, notifications and the new snapshot in one transaction, then starts each
     * notification's delivery; safe to repeat.
     */
    async record(entry: LedgerEntry): Promise<void> {
      await recordLedgerEntry(db, entry);
      await Promise.all(entry.notifications.map((n) => startDelivery(n.id)));
    },
  };
}

export type LedgerActivities = ReturnType<typeof createLedgerActivities>;
