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
  await db
    .deleteFrom('idempotency_keys')
    .where('token_id', '=', scope.tokenId)
    .where('key', '=', scope.key)
    .where('created_at', '<', KEPT_SINCE)
    .execute();
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
