import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { DELIVERY_WORKFLOW, deliveryWorkflowId, type DeliveryInput } from '../workflows/notification-messages.js';

// A notification's first delivery, started by whoever has just written the notification: the worker's dispatch after
// a ledger write (activities/dispatch.ts), and the API after writing the SMS of a one-time code
// (api/routes/public-submission.ts). The delivery workflow sends it and records every attempt.

export interface TemporalDeps {
  client: Client;
  taskQueue: string;
}

export async function startDelivery(temporal: TemporalDeps, notificationId: string): Promise<void> {
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
    // (REJECT_DUPLICATE: this starts a notification's first delivery, never one after it).
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
}
