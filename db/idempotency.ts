import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

// `Idempotency-Key` on submission: scoped to the token, kept 24 hours. The primary key decides which of two
// concurrent requests with one key creates the appeal; the other finds its row.

export interface Reservation {
  appealId: string;
  receiptNumber: string;
  body: unknown;
  created: boolean;
}

export async function nextReceiptNumber(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ n: string }>`select nextval('appeal_receipt_seq') as n`.execute(db);
  return `QS${rows[0]!.n.padStart(8, '0')}`;
}

export async function reserveIdempotencyKey(
  db: Kysely<Database>,
  scope: { tokenId: string; key: string },
  candidate: { appealId: string; receiptNumber: string; body: object },
): Promise<Reservation> {
  await db
    .deleteFrom('idempotency_keys')
    .where('token_id', '=', scope.tokenId)
    .where('key', '=', scope.key)
    .where('created_at', '<', sql<Date>`now() - interval '24 hours'`)
    .execute();
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({
      token_id: scope.tokenId,
      key: scope.key,
      body: JSON.stringify(candidate.body),
      appeal_id: candidate.appealId,
      receipt_number: candidate.receiptNumber,
    })
    .onConflict((oc) => oc.columns(['token_id', 'key']).doNothing())
    .executeTakeFirst();
  if ((inserted.numInsertedOrUpdatedRows ?? 0n) > 0n) return { ...candidate, created: true };
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['appeal_id', 'receipt_number', 'body'])
    .where('token_id', '=', scope.tokenId)
    .where('key', '=', scope.key)
    .executeTakeFirstOrThrow();
  return { appealId: row.appeal_id, receiptNumber: row.receipt_number, body: row.body, created: false };
}
