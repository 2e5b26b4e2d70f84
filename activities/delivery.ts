import { ApplicationFailure } from '@temporalio/activity';
import type { Kysely } from 'kysely';
import type { Instant } from '../domain/appeal.js';
import { formatInstant } from '../domain/calendar.js';
import { PREVIOUS_SIGNATURE_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, sign } from '../domain/signature.js';
import { findDeliverable, markFailed, recordAttempt, type Deliverable, type DeliveryTarget } from '../db/notifications.js';
import type { Database } from '../db/schema.js';

// One delivery attempt per activity run: the notification workflow owns the retry schedule (back-off, jitter,
// Retry-After), so every attempt is on the ledger and the schedule survives a worker restart.

/**
 * Where enterprises' notifications go (an appeal's enterprise, or one a meeting invited), addressed by credit code.
 * The default records them on the ledger; SMS or email would be another.
 */
export interface EnterpriseChannel {
  name: string;
  send(notification: { id: string; creditCode: string; payload: Record<string, unknown> }): Promise<void>;
}

export const ledgerChannel: EnterpriseChannel = {
  name: 'ledger',
  // The notification row and its attempt are the record; there is nothing else to send.
  send: async () => {},
};

export type AttemptOutcome = { kind: 'delivered' } | { kind: 'failed' } | { kind: 'retry'; retryAfterMs?: number };

const DEFAULT_TIMEOUT_MS = 10_000;
/** Payload fields holding instants: every notification's `at` and `deadline`, a meeting's `startsAt`. */
const INSTANT_FIELDS = ['at', 'deadline', 'startsAt'] as const;
const RETRYABLE_STATUS = (status: number) => status === 408 || status === 429 || status >= 500;

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function createDeliveryActivities({
  db,
  timezone,
  enterpriseChannel = ledgerChannel,
  deliveryTimeoutMs = DEFAULT_TIMEOUT_MS,
}: {
  db: Kysely<Database>;
  timezone: string;
  enterpriseChannel?: EnterpriseChannel;
  /** How long a receiver may take to answer before the attempt counts as a timeout. */
  deliveryTimeoutMs?: number;
}) {
  function body(n: Deliverable): string {
    const p = n.payload;
    // Instants are stored as epoch milliseconds; receivers read them in the city's time zone. No deadline, no field.
    const instants = Object.fromEntries(INSTANT_FIELDS.map((f) => [f, typeof p[f] === 'number' ? formatInstant(p[f], timezone) : undefined]));
    return JSON.stringify({ ...p, ...instants });
  }

  async function post(n: Deliverable, target: Extract<DeliveryTarget, { kind: 'webhook' }>, attempt: number, at: Instant): Promise<AttemptOutcome> {
    const raw = body(n);
    const timestamp = Math.floor(at / 1000);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [TIMESTAMP_HEADER]: String(timestamp),
      [SIGNATURE_HEADER]: sign(target.secret, timestamp, raw),
      ...(target.previousSecret ? { [PREVIOUS_SIGNATURE_HEADER]: sign(target.previousSecret, timestamp, raw) } : {}),
    };
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    let outcome: AttemptOutcome;
    try {
      const response = await fetch(target.url, { method: 'POST', headers, body: raw, signal: AbortSignal.timeout(deliveryTimeoutMs) });
      statusCode = response.status;
      const answer = (await response.text()).slice(0, 500);
      if (response.ok) outcome = { kind: 'delivered' };
      else if (RETRYABLE_STATUS(response.status)) {
        const wait = response.status === 429 ? retryAfterMs(response.headers.get('retry-after'), Date.now()) : undefined;
        outcome = { kind: 'retry', ...(wait !== undefined ? { retryAfterMs: wait } : {}) };
        error = answer || null;
      } else {
        outcome = { kind: 'failed' };
        error = `answered ${response.status}: ${answer}`;
      }
    } catch (err) {
      const e = err as Error;
      error = e.name === 'TimeoutError' ? `no answer within ${deliveryTimeoutMs} ms` : String((e.cause as Error)?.message ?? e.message);
      outcome = { kind: 'retry' };
    }
    const latencyMs = Math.round(performance.now() - started);
    await recordAttempt(db, n.id, { attempt, at: new Date(at), target: 'webhook', statusCode, latencyMs, error, outcome: outcome.kind });
    return outcome;
  }

  return {
    async attemptDelivery({ id, attempt, at }: { id: string; attempt: number; at: Instant }): Promise<AttemptOutcome> {
      const n = await findDeliverable(db, id);
      if (!n) throw ApplicationFailure.nonRetryable(`no notification ${id}`, 'UnknownNotification');
      // A worker restarted after the POST but before the workflow heard of it: do not send again.
      if (n.status === 'delivered') return { kind: 'delivered' };
      const { target } = n;
      if (target.kind === 'webhook') return post(n, target, attempt, at);
      // Enterprises through their channel; for a department or the office without a webhook, the ledger row is it.
      const channel = target.kind === 'enterprise' ? enterpriseChannel : ledgerChannel;
      if (target.kind === 'enterprise') await channel.send({ id: n.id, creditCode: target.creditCode, payload: n.payload });
      await recordAttempt(db, n.id, { attempt, at: new Date(at), target: channel.name, statusCode: null, latencyMs: 0, error: null, outcome: 'delivered' });
      return { kind: 'delivered' };
    },

    async giveUpDelivery({ id, attempts }: { id: string; attempts: number }): Promise<void> {
      await markFailed(db, id, `not delivered after ${attempts} attempts`);
    },
  };
}

export type DeliveryActivities = ReturnType<typeof createDeliveryActivities>;
