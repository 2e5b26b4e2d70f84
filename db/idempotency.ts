import { createHash } from 'node:crypto';
import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database, IdempotencyKeysTable } from './schema.js';

// `Idempotency-Key`: scoped to the token, kept 24 hours, one namespace for a token's submissions and steps. The
// primary key decides which of two concurrent requests with one key goes ahead; the other finds its row.

export interface KeyScope {
  tokenId: string;
  key: string;
}

const KEPT_SINCE = sql<Date>`now() - interval '24 hours'`;

/** The key's row: `values` inserted, unless the key holds one already (an expired one is dropped first). */
async function claim(db: Kysely<Database>, scope: KeyScope, values: Omit<Insertable<IdempotencyKeysTable>, 'token_id' | 'key'>) {
  const ofKey = db.selectFrom('idempotency_keys').selectAll().where('token_id', '=', scope.tokenId).where('key', '=', scope.key);
  await db.deleteFrom('idempotency_keys').where('token_id', '=', scope.tokenId).where('key', '=', scope.key).where('created_at', '<', KEPT_SINCE).execute();
  // The row found taken on insert may be gone when read (expired, or released), so try again.
  for (;;) {
    const inserted = await db
      .insertInto('idempotency_keys')
      .values({ token_id: scope.tokenId, key: scope.key, ...values })
      .onConflict((oc) => oc.columns(['token_id', 'key']).doNothing())
      .executeTakeFirst();
    const row = await ofKey.executeTakeFirst();
    if (row) return { created: (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n, row };
  }
}

// ---- submissions: the key holds the appeal it made ----

export type Reservation = { body: unknown; created: boolean } & (
  | { appealId: string; receiptNumber: string }
  /** The key holds a step's request. */
  | { appealId: null; receiptNumber: null; created: false }
);

export async function nextReceiptNumber(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ n: string }>`select nextval('appeal_receipt_seq') as n`.execute(db);
  return `QS${rows[0]!.n.padStart(8, '0')}`;
}

export async function reserveIdempotencyKey(
  db: Kysely<Database>,
  scope: KeyScope,
  candidate: { appealId: string; receiptNumber: string; body: object },
): Promise<Reservation> {
  const { created, row } = await claim(db, scope, {
    body: JSON.stringify(candidate.body),
    appeal_id: candidate.appealId,
    receipt_number: candidate.receiptNumber,
  });
  if (row.appeal_id === null) return { appealId: null, receiptNumber: null, body: row.body, created: false };
  return { appealId: row.appeal_id, receiptNumber: row.receipt_number!, body: row.body, created };
}

// ---- steps: the key holds the request and, once the step succeeded, its first answer ----

/** A step's request as its key knows it: method, path and the body as parsed JSON. */
export interface StepRequest {
  method: string;
  path: string;
  body: unknown;
}

export interface StepAnswer {
  status: number;
  body: unknown;
}

export interface KeyedStep extends KeyScope {
  body: unknown;
  /** Equal for equal requests, key order in the body aside. */
  hash: string;
}

/** Sorted keys: `{"a":1,"b":2}` and `{"b":2,"a":1}` are one request. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
  );
}

export function keyedStep(scope: KeyScope, { method, path, body }: StepRequest): KeyedStep {
  const hash = createHash('sha256')
    .update(JSON.stringify([method.toUpperCase(), path, canonical(body)]))
    .digest('hex');
  return { ...scope, body, hash };
}

export type StepClaim =
  /** Take the step: the key is new, or holds this request unanswered (in flight, or its answer was lost). */
  | { state: 'take' }
  | { state: 'answered'; answer: StepAnswer }
  /** The key holds another request. */
  | { state: 'taken' };

export async function claimForStep(db: Kysely<Database>, step: KeyedStep): Promise<StepClaim> {
  const { row } = await claim(db, step, { body: JSON.stringify(step.body), request_hash: step.hash });
  if (row.request_hash !== step.hash) return { state: 'taken' };
  if (row.answer_status !== null) return { state: 'answered', answer: { status: row.answer_status, body: row.answer } };
  return { state: 'take' };
}

/** The first answer to this very request, if it has one within 24 hours. */
export async function answerOf(db: Kysely<Database>, step: KeyedStep): Promise<StepAnswer | undefined> {
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['answer_status', 'answer'])
    .where('token_id', '=', step.tokenId)
    .where('key', '=', step.key)
    .where('request_hash', '=', step.hash)
    .where('answer_status', 'is not', null)
    .where('created_at', '>=', KEPT_SINCE)
    .executeTakeFirst();
  return row ? { status: row.answer_status!, body: row.answer } : undefined;
}

/**
 * Keeps the step's answer, or finds the one a concurrent repeat kept first, and returns what is kept. Upserted:
 * the row may be gone if a concurrent repeat was refused and released it while this one went through.
 */
export async function keepAnswer(db: Kysely<Database>, step: KeyedStep, answer: StepAnswer): Promise<StepAnswer> {
  const kept = await db
    .insertInto('idempotency_keys')
    .values({
      token_id: step.tokenId,
      key: step.key,
      body: JSON.stringify(step.body),
      request_hash: step.hash,
      answer_status: answer.status,
      answer: JSON.stringify(answer.body),
    })
    .onConflict((oc) =>
      oc
        .columns(['token_id', 'key'])
        .doUpdateSet((eb) => ({
          answer_status: eb.fn.coalesce('idempotency_keys.answer_status', 'excluded.answer_status'),
          answer: eb.fn.coalesce('idempotency_keys.answer', 'excluded.answer'),
        }))
        .where('idempotency_keys.request_hash', '=', step.hash),
    )
    .returning(['answer_status', 'answer'])
    .executeTakeFirst();
  return kept ? { status: kept.answer_status!, body: kept.answer } : answer;
}

/** A refused step leaves its key free for another try. */
export async function releaseForStep(db: Kysely<Database>, step: KeyedStep): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('token_id', '=', step.tokenId)
    .where('key', '=', step.key)
    .where('request_hash', '=', step.hash)
    .where('answer_status', 'is', null)
    .execute();
}
