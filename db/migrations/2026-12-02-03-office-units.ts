import { sql, type Kysely } from 'kysely';

// Offices of a subtree (issue 15): an office token may belong to a county or park, and then reaches the appeals
// registered at its window or led beneath it. The unit an appeal was registered at lives in its snapshot
// (`state.unit`), indexed for the office's lists; a submission still registering keeps it beside its receipt.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('tokens')
    .addColumn('unit', 'text', (c) => c.references('departments.code'))
    .execute();
  await db.schema.alterTable('registering_appeals').addColumn('unit', 'text').execute();
  await sql`create index appeals_registered_unit on appeals ((state->>'unit')) where state->>'unit' is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index appeals_registered_unit`.execute(db);
  await db.schema.alterTable('registering_appeals').dropColumn('unit').execute();
  await db.schema.alterTable('tokens').dropColumn('unit').execute();
}
