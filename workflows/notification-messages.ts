// The notification delivery workflow's public API, shared by the ledger activity that starts it and the API's
// redelivery route.

export const DELIVERY_WORKFLOW = 'deliverNotification';

/**
 * One id for every delivery of a notification, the first and each redelivery, one run after another. Temporal keeps
 * one run open per id, so two deliveries of a notification never race (a redelivery refused while one runs, a
 * retried dispatch after a redelivery). Redeliveries started before this rule run as
 * `notification-<id>-redelivery-<n>`, which the redelivery route does not see.
 */
export const deliveryWorkflowId = (notificationId: string) => `notification-${notificationId}`;

export interface DeliveryInput {
  notificationId: string;
  /** Redelivery continues the attempt numbers after the ones on the ledger. */
  firstAttempt: number;
}
