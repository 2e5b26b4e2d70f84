import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { findDeliverable, recordAttempt } from '../db/notifications.js';
import type { Database } from '../db/schema.js';
import { DELIVERY_WORKFLOW, deliveryWorkflowId, type DeliveryInput } from '../workflows/notification-messages.js';
import { ledgerChannel, type EnterpriseChannel } from './delivery.js';

// What happens to the notifications a ledger write has just recorded, an appeal's or a meeting's alike. One that
// can fail on its way (a webhook, an enterprise channel other than the ledger) gets a delivery workflow, which
// retries and records every attempt. For the others the ledger row is the delivery: it is marked delivered here
// and now, since a workflow each would double the server's work per step for nothing (bench: intake).

export interface TemporalDeps {
  client: Client;
  taskQueue: string;
}

async function startDelivery(temporal: TemporalDeps, notificationId: string): Promise<void> {
  const input: DeliveryInput = { notificationId, firstAttempt: 1 };
  try {
    await temporal.client.workflow.start(DELIVERY_WORKFLOW, {
      workflowId: deliveryWorkflowId(notificationId),
      taskQueue: temporal.taskQueue,
      args: [input],
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
  } catch (err) {
    // A retried activity: this delivery has already started or finished, or a redelivery has taken its place
    // (REJECT_DUPLICATE: dispatch starts a notification's first delivery, never one after it).
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
}

export function createDispatcher({ db, temporal, enterpriseChannel = ledgerChannel }: { db: Kysely<Database>; temporal: TemporalDeps; enterpriseChannel?: EnterpriseChannel }) {
  return async function dispatch(notificationIds: string[]): Promise<void> {
    await Promise.all(
      notificationIds.map(async (id) => {
        const n = await findDeliverable(db, id);
        if (!n || n.status === 'delivered') return;
        const onTheLedger = n.target.kind === 'ledger' || (n.target.kind === 'enterprise' && enterpriseChannel === ledgerChannel);
        if (!onTheLedger) return startDelivery(temporal, id);
        await recordAttempt(db, id, { attempt: 1, at: new Date(), target: ledgerChannel.name, statusCode: null, latencyMs: 0, error: null, outcome: 'delivered' });
      }),
    );
  };
}
