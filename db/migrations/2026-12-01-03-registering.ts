import type { Kysely } from 'kysely';

// Submissions answered 202: their workflow runs but their registration was not on the ledger in time. A row lets
// `GET /v1/appeals/:id` tell a polling client "accepted, still registering" (and whose it is) instead of 404.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('registering_appeals')
    .addColumn('appeal_id', 'text', (c) => c.primaryKey())
    .addColumn('receipt_number', 'text', (c) => c.notNull())
    .addColumn('credit_code', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('registering_appeals').execute();
}
