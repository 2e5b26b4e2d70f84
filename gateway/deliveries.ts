import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { DELIVERY_WORKFLOW, deliveryWorkflowId, type DeliveryInput } from '../workflows/notification-messages.js';
import { DeliveryStillRunning } from './errors.js';
import type { TemporalDeps } from './workflows.js';

// A notification's deliveries. The first is started by whoever has just written the notification: the worker's
// dispatch after a ledger write (activities/dispatch.ts), and the API after writing the SMS of a one-time code
// (api/routes/public-submission.ts); a later one by the office's redelivery (api/routes/notifications.ts). The
// delivery workflow sends it and records every attempt.

export async function startDelivery(temporal: TemporalDeps, notificationId: string): Promise<void> {
  try {
    await startUnder(temporal, { notificationId, firstAttempt: 1 }, 'REJECT_DUPLICATE');
  } catch (err) {
    // A retried activity: this delivery has already started or finished, or a redelivery has taken its place
    // (REJECT_DUPLICATE: this starts a notification's first delivery, never one after it).
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
}

/** Delivers the notification again from `firstAttempt` on; DeliveryStillRunning while an earlier delivery runs. */
export async function redeliver(temporal: TemporalDeps, notificationId: string, firstAttempt: number): Promise<void> {
  try {
    // Under the id of every delivery of this notification, which Temporal refuses while a run is open there.
    await startUnder(temporal, { notificationId, firstAttempt }, 'ALLOW_DUPLICATE');
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    throw new DeliveryStillRunning('the notification is pending and its delivery is still running: it retries by itself until delivered or failed');
  }
}

function startUnder({ client, taskQueue }: TemporalDeps, input: DeliveryInput, workflowIdReusePolicy: 'REJECT_DUPLICATE' | 'ALLOW_DUPLICATE') {
  return client.workflow.start(DELIVERY_WORKFLOW, { workflowId: deliveryWorkflowId(input.notificationId), taskQueue, args: [input], workflowIdReusePolicy });
}
