import { sql, type Kysely } from 'kysely';

// A department's inbox (db/appeals.ts, openAppealsOfDepartment) reads the appeals that owe it a step: as lead, as
// co-department, or as the unit a part was delegated to (issue 15). Its status list has grown `awaiting_material`
// since 2026-11-23-06-inbox, whose partial indexes then no longer matched it, and the delegated branch had none:
// so every open appeal's state was read and filtered (18 ms at 100,000 appeals, p95 25). Three partial indexes
// with the list as the query names it let the planner OR their bitmaps. Written out: a migration must not change.

const OWING = ['assigned', 'in_progress', 'awaiting_material', 'awaiting_explanation'];
const owing = sql`status in (${sql.join(OWING.map((s) => sql.lit(s)))})`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('appeals_inbox_co').ifExists().execute();
  await db.schema.dropIndex('appeals_inbox_lead').ifExists().execute();
  await sql`create index appeals_owing_lead on appeals (lead_department) where ${owing}`.execute(db);
  await sql`create index appeals_owing_co on appeals using gin (co_departments) where ${owing}`.execute(db);
  await sql`create index appeals_owing_delegated on appeals using gin ((state->'delegations') jsonb_path_ops) where ${owing}`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('appeals_owing_delegated').execute();
  await db.schema.dropIndex('appeals_owing_co').execute();
  await db.schema.dropIndex('appeals_owing_lead').execute();
  const earlier = ['assigned', 'in_progress', 'awaiting_explanation'];
  await db.schema.createIndex('appeals_inbox_lead').on('appeals').column('lead_department').where(sql.ref('status'), 'in', earlier).execute();
  await db.schema.createIndex('appeals_inbox_co').on('appeals').using('gin').column('co_departments').where(sql.ref('status'), 'in', earlier).execute();
}
