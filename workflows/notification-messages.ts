// The notification delivery workflow's public API, shared by the ledger activity that starts it and the API's
// redelivery route.

export const DELIVERY_WORKFLOW = 'deliverNotification';

/** `generation` 0 is the first delivery; each redelivery is a new workflow with the next generation. */
export const deliveryWorkflowId = (notificationId: string, generation = 0) =>
  generation === 0 ? `notification-${notificationId}` : `notification-${notificationId}-redelivery-${generation}`;

export interface DeliveryInput {
  notificationId: string;
  /** Redelivery continues the attempt numbers after the ones on the ledger. */
  firstAttempt: number;
}
