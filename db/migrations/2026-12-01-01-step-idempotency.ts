import type { Kysely } from 'kysely';

// Steps take an Idempotency-Key too (issue 13), in the same table as submissions, so a token's keys are one
// namespace. A step's row has no appeal or receipt number of its own: it holds the request's hash and, once the
// step succeeded, the answer it gave, to give again. Kysely<any>: a migration describes the past.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('idempotency_keys')
    .alterColumn('appeal_id', (c) => c.dropNotNull())
    .alterColumn('receipt_number', (c) => c.dropNotNull())
    .addColumn('request_hash', 'text')
    .addColumn('answer_status', 'integer')
    .addColumn('answer', 'jsonb')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  // A step's key cannot be told in the old shape; it lasts 24 hours anyway.
  await db.deleteFrom('idempotency_keys').where('appeal_id', 'is', null).execute();
  await db.schema
    .alterTable('idempotency_keys')
    .dropColumn('answer')
    .dropColumn('answer_status')
    .dropColumn('request_hash')
    .alterColumn('receipt_number', (c) => c.setNotNull())
    .alterColumn('appeal_id', (c) => c.setNotNull())
    .execute();
}
