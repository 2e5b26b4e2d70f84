import { ApplicationFailure, activityInfo } from '@temporalio/activity';
import type { Kysely } from 'kysely';
import { formatInstant } from '../domain/dates.js';
import { retryAfterMs } from '../domain/delivery-waits.js';
import type { OutboundRules } from '../domain/outbound-url.js';
import { PREVIOUS_SIGNATURE_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, sign } from '../domain/signature.js';
import { findDeliverable, markFailed, recordAttempt, type Attempt, type Deliverable, type DeliveryTarget } from '../db/notifications.js';
import type { Database } from '../db/schema.js';
import { ledgerChannel, PermanentChannelFailure, type MessageChannel } from './channels/message-channel.js';
import { guardedLookup, postWebhook, RefusedDestination, shortText } from './webhook-post.js';

// One delivery attempt per activity run: the notification workflow owns the retry schedule (back-off, jitter,
// Retry-After), so every attempt is on the ledger and the schedule survives a worker restart.
//
// Whose failure it is decides what becomes of it. The recipient's (a webhook's network error, timeout, 408, 429 or
// 5xx; a message channel that throws) is the attempt's outcome: recorded, and returned for the workflow to
// count against its attempts; a destination we refuse to reach (a private address, a redirect) fails the
// notification at once. The ledger's own (reading the notification, recording the attempt) is thrown, and
// the activity is retried until Postgres answers: it is never an attempt, so an outage uses up none of them.

export type AttemptOutcome = { kind: 'delivered' } | { kind: 'failed' } | { kind: 'retry'; retryAfterMs?: number };

/** What sending came to, before it is on the ledger; sending never throws for the recipient's failures. */
type Sent = Pick<Attempt, 'target' | 'statusCode' | 'latencyMs' | 'error'> & { outcome: AttemptOutcome };

const DEFAULT_TIMEOUT_MS = 10_000;
/** Payload fields holding instants: every notification's `at` and `deadline`, a meeting's `startsAt`. */
const INSTANT_FIELDS = ['at', 'deadline', 'startsAt'] as const;
const RETRYABLE_STATUS = (status: number) => status === 408 || status === 429 || status >= 500;

export function createDeliveryActivities({
  db,
  timezone,
  outbound,
  messageChannel = ledgerChannel,
  deliveryTimeoutMs = DEFAULT_TIMEOUT_MS,
}: {
  db: Kysely<Database>;
  timezone: string;
  /** Where webhooks may go (WEBHOOK_HTTP_HOSTS, WEBHOOK_PRIVATE_NETWORKS). */
  outbound: OutboundRules;
  /** Where messages to enterprises and submitters go (ENTERPRISE_CHANNEL). */
  messageChannel?: MessageChannel;
  /** How long a receiver may take to answer before the attempt counts as a timeout. */
  deliveryTimeoutMs?: number;
}) {
  const lookup = guardedLookup(outbound.addressRefusal);

  function body(n: Deliverable): string {
    const p = n.payload;
    // Instants are stored as epoch milliseconds; receivers read them in the city's time zone. No deadline, no field.
    const instants = Object.fromEntries(INSTANT_FIELDS.map((f) => [f, typeof p[f] === 'number' ? formatInstant(p[f], timezone) : undefined]));
    return JSON.stringify({ ...p, ...instants });
  }

  async function post(n: Deliverable, target: Extract<DeliveryTarget, { kind: 'webhook' }>): Promise<Sent> {
    const raw = body(n);
    // The receiver checks the timestamp against its own clock, so it is the moment of sending: a try retried after
    // a ledger outage may come long after the attempt fell due.
    const timestamp = Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [TIMESTAMP_HEADER]: String(timestamp),
      [SIGNATURE_HEADER]: sign(target.secret, timestamp, raw),
      ...(target.previousSecret ? { [PREVIOUS_SIGNATURE_HEADER]: sign(target.previousSecret, timestamp, raw) } : {}),
    };
    const started = performance.now();
    const sent = (statusCode: number | null, error: string | null, outcome: AttemptOutcome): Sent => ({
      target: 'webhook',
      statusCode,
      latencyMs: Math.round(performance.now() - started),
      error,
      outcome,
    });
    // The URL may have been set before today's rule, or under settings since changed.
    const refused = outbound.urlRefusal(target.url);
    if (refused) return sent(null, `webhook URL ${refused}`, { kind: 'failed' });
    const signal = AbortSignal.timeout(deliveryTimeoutMs);
    try {
      const answer = await postWebhook(new URL(target.url), { headers, body: raw, signal, lookup });
      if (answer.status < 300) return sent(answer.status, null, { kind: 'delivered' });
      if (!RETRYABLE_STATUS(answer.status)) return sent(answer.status, answer.reason, { kind: 'failed' });
      const wait = answer.status === 429 ? retryAfterMs(answer.retryAfter, Date.now()) : undefined;
      return sent(answer.status, answer.reason, { kind: 'retry', ...(wait !== undefined ? { retryAfterMs: wait } : {}) });
    } catch (err) {
      if (err instanceof RefusedDestination) return sent(null, err.message, { kind: 'failed' });
      if (signal.aborted) return sent(null, `no answer within ${deliveryTimeoutMs} ms`, { kind: 'retry' });
      const e = err as Error;
      return sent(null, shortText(String((e.cause as Error | undefined)?.message ?? e.message)), { kind: 'retry' });
    }
  }

  async function message(n: Deliverable, target: Extract<DeliveryTarget, { kind: 'message' }>): Promise<Sent> {
    const started = performance.now();
    const sent = (error: string | null, outcome: AttemptOutcome): Sent => ({
      target: messageChannel.name,
      statusCode: null,
      latencyMs: Math.round(performance.now() - started),
      error,
      outcome,
    });
    try {
      await messageChannel.send({ id: n.id, kind: n.kind, to: target.to, text: target.text, params: target.params });
      return sent(null, { kind: 'delivered' });
    } catch (err) {
      const reason = shortText(err instanceof Error ? err.message : String(err));
      return sent(reason, err instanceof PermanentChannelFailure ? { kind: 'failed' } : { kind: 'retry' });
    }
  }

  function send(n: Deliverable): Promise<Sent> {
    const { target } = n;
    if (target.kind === 'webhook') return post(n, target);
    if (target.kind === 'message') return message(n, target);
    // A department or the office without a webhook, or a message with no text: the ledger row is the delivery.
    return Promise.resolve({ target: ledgerChannel.name, statusCode: null, latencyMs: 0, error: null, outcome: { kind: 'delivered' } });
  }

  return {
    async attemptDelivery({ id, attempt }: { id: string; attempt: number }): Promise<AttemptOutcome> {
      const n = await findDeliverable(db, id);
      if (!n) throw ApplicationFailure.nonRetryable(`no notification ${id}`, 'UnknownNotification');
      // A worker restarted after the POST but before the workflow heard of it: do not send again.
      if (n.status === 'delivered') return { kind: 'delivered' };
      const { outcome, ...sent } = await send(n);
      // If this write fails, the activity is retried and sends again, with the same attempt number and notification
      // id: the receiver drops the duplicate by id (CONTRACT.md §5) and the ledger keeps one row for the attempt.
      // The attempt's time is this try's on Temporal's clock, the one the workflow's back-off runs on: after an
      // outage it says when the attempt was made, not when it first fell due.
      await recordAttempt(db, n.id, { ...sent, attempt, at: new Date(activityInfo().currentAttemptScheduledTimestampMs), outcome: outcome.kind });
      return outcome;
    },

    async giveUpDelivery({ id, attempts }: { id: string; attempts: number }): Promise<void> {
      await markFailed(db, id, `not delivered after ${attempts} attempts`);
    },
  };
}

export type DeliveryActivities = ReturnType<typeof createDeliveryActivities>;
