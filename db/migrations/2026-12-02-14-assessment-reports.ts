import { sql, type Kysely } from 'kysely';

// The stored quarterly and annual assessments (issue 20), one per period and level (departments, counties…),
// written once and never updated, as the monthly snapshots are; and their notifications (each unit's scorecard, the
// office's table, a meeting duty missed) in `notifications`, belonging to the assessment period they tell of, so
// one delivery workflow, attempts ledger and listing serve them too. Kysely<any>: a migration describes the past.

const CONSTRAINT = 'notifications_one_subject';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('assessment_reports')
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_reports_pk', ['period', 'level'])
    .execute();

  await db.schema.alterTable('notifications').addColumn('assessment_period', 'text').execute();
  await db.schema.createIndex('notifications_assessment').on('notifications').column('assessment_period').execute();
  await db.schema.alterTable('notifications').dropConstraint(CONSTRAINT).execute();
  await db.schema
    .alterTable('notifications')
    .addCheckConstraint(
      CONSTRAINT,
      sql`num_nonnulls(appeal_id, meeting_id, accountability_id, assessment_period) = case when kind = 'verification' then 0 else 1 end`,
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from notification_attempts where notification_id in (select id from notifications where assessment_period is not null)`.execute(db);
  await db.deleteFrom('notifications').where('assessment_period', 'is not', null).execute();
  await db.schema.alterTable('notifications').dropConstraint(CONSTRAINT).execute();
  await db.schema
    .alterTable('notifications')
    .addCheckConstraint(CONSTRAINT, sql`num_nonnulls(appeal_id, meeting_id, accountability_id) = case when kind = 'verification' then 0 else 1 end`)
    .execute();
  await db.schema.dropIndex('notifications_assessment').execute();
  await db.schema.alterTable('notifications').dropColumn('assessment_period').execute();
  await db.schema.dropTable('assessment_reports').execute();
}
