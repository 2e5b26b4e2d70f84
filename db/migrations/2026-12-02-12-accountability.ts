import { sql, type Kysely } from 'kysely';

// Accountability records (issue 18): each record's snapshot with the columns its lists, figures and the public list
// filter on, its own timeline, the appeals it is about (the commission reads a referral's appeals through them), and
// its notifications in `notifications`, so one delivery workflow, attempts ledger and listing serve them too.
// Kysely<any>: a migration describes the past.

const CONSTRAINT = 'notifications_one_subject';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('accountability_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('unit', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finding', 'text')
    .addColumn('publishable', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('state', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('accountability_records_created').on('accountability_records').columns(['created_at desc', 'id']).execute();
  await db.schema.createIndex('accountability_records_unit').on('accountability_records').columns(['unit', 'created_at desc']).execute();
  await db.schema
    .createIndex('accountability_records_published')
    .on('accountability_records')
    .column('created_at desc')
    .where(sql.ref('publishable'), '=', true)
    .execute();

  await db.schema
    .createTable('accountability_events')
    .addColumn('record_id', 'text', (c) => c.notNull().references('accountability_records.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor', 'jsonb')
    .addColumn('data', 'jsonb')
    .addPrimaryKeyConstraint('accountability_events_pk', ['record_id', 'seq'])
    .execute();

  await db.schema
    .createTable('accountability_appeals')
    .addColumn('record_id', 'text', (c) => c.notNull().references('accountability_records.id'))
    .addColumn('appeal_id', 'text', (c) => c.notNull().references('appeals.id'))
    .addPrimaryKeyConstraint('accountability_appeals_pk', ['record_id', 'appeal_id'])
    .execute();
  await db.schema.createIndex('accountability_appeals_appeal').on('accountability_appeals').column('appeal_id').execute();

  await db.schema
    .alterTable('notifications')
    .addColumn('accountability_id', 'text', (c) => c.references('accountability_records.id'))
    .execute();
  await db.schema.createIndex('notifications_accountability').on('notifications').columns(['accountability_id', 'seq']).execute();
  await db.schema.alterTable('notifications').dropConstraint(CONSTRAINT).execute();
  await db.schema
    .alterTable('notifications')
    .addCheckConstraint(CONSTRAINT, sql`num_nonnulls(appeal_id, meeting_id, accountability_id) = case when kind = 'verification' then 0 else 1 end`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from notification_attempts where notification_id in (select id from notifications where accountability_id is not null)`.execute(db);
  await db.deleteFrom('notifications').where('accountability_id', 'is not', null).execute();
  await db.schema.alterTable('notifications').dropConstraint(CONSTRAINT).execute();
  await db.schema
    .alterTable('notifications')
    .addCheckConstraint(CONSTRAINT, sql`num_nonnulls(appeal_id, meeting_id) = case when kind = 'verification' then 0 else 1 end`)
    .execute();
  await db.schema.dropIndex('notifications_accountability').execute();
  await db.schema.alterTable('notifications').dropColumn('accountability_id').execute();
  for (const table of ['accountability_appeals', 'accountability_events', 'accountability_records']) {
    await db.schema.dropTable(table).execute();
  }
}
