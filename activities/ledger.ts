import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { recordLedgerEntry, type LedgerEntry } from '../db/ledger.js';
import type { Database } from '../db/schema.js';
import { DELIVERY_WORKFLOW, deliveryWorkflowId, type DeliveryInput } from '../workflows/notification-messages.js';

export interface TemporalDeps {
  client: Client;
  taskQueue: string;
}

/**
 * Starts the delivery workflow of each notification just written to the ledger, whether an appeal's or a
 * meeting's, so both are delivered, retried and recorded alike.
 */
export async function startDeliveries(temporal: TemporalDeps, notificationIds: string[]): Promise<void> {
  await Promise.all(
    notificationIds.map(async (notificationId) => {
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
    }),
  );
}

export function createLedgerActivities({ db, temporal }: { db: Kysely<Database>; temporal: TemporalDeps }) {
  return {
    /**
     * Writes a step's events, notifications and the new snapshot in one transaction, then starts each
     * notification's delivery; safe to repeat.
     */
    async record(entry: LedgerEntry): Promise<void> {
      await recordLedgerEntry(db, entry);
      await startDeliveries(temporal, entry.notifications.map((n) => n.id));
    },
  };
}

export type LedgerActivities = ReturnType<typeof createLedgerActivities>;
