import { sql, type Kysely } from 'kysely';

// A department's inbox reads only the appeals that owe it a step, as lead or as co-department: small partial
// indexes over those, instead of every appeal of a status (a quarter of the ledger) filtered row by row.
// The status list is the one the inbox query names (db/appeals.ts), written out: a migration must not change later.

const OWING = ['assigned', 'in_progress', 'awaiting_explanation'];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('appeals_inbox_lead').on('appeals').column('lead_department').where(sql.ref('status'), 'in', OWING).execute();
  await db.schema.createIndex('appeals_inbox_co').on('appeals').using('gin').column('co_departments').where(sql.ref('status'), 'in', OWING).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('appeals_inbox_co').execute();
  await db.schema.dropIndex('appeals_inbox_lead').execute();
}
