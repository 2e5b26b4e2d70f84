import { proxyActivities, sleep } from '@temporalio/workflow';
import type { DeliveryActivities } from '../activities/delivery.js';
import { backoffMs } from '../domain/delivery-waits.js';
import type { DeliveryInput } from './notification-messages.js';

// One notification's delivery, CONTRACT.md §5: retried with exponential back-off and jitter on network errors,
// timeouts, 408, 429 (waiting as long as Retry-After asks, up to the back-off's ceiling: the activity caps it, so
// the cap is in the recorded answer and replays unchanged) and 5xx; another 4xx fails it at once. A workflow of
// its own, so a dead endpoint never delays the appeal that raised the notification.

const delivery = proxyActivities<DeliveryActivities>({
  // Above the attempt's own 10 s HTTP timeout; a retried activity repeats the same attempt number.
  startToCloseTimeout: '30 seconds',
  // What an activity throws is the ledger's failure, never the recipient's (activities/delivery.ts): our own ledger
  // is not optional, so it is retried, at most a minute apart, until Postgres answers, however long that takes.
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', nonRetryableErrorTypes: ['UnknownNotification'] },
});

export const MAX_ATTEMPTS = 12;

export async function deliverNotification({ notificationId: id, firstAttempt }: DeliveryInput): Promise<'delivered' | 'failed'> {
  const last = firstAttempt + MAX_ATTEMPTS - 1;
  for (let attempt = firstAttempt; attempt <= last; attempt++) {
    const outcome = await delivery.attemptDelivery({ id, attempt });
    if (outcome.kind !== 'retry') return outcome.kind;
    if (attempt < last) await sleep(outcome.retryAfterMs ?? backoffMs(attempt - firstAttempt + 1));
  }
  await delivery.giveUpDelivery({ id, attempts: MAX_ATTEMPTS });
  return 'failed';
}
