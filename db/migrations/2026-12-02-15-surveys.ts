import { sql, type Kysely } from 'kysely';

// The enterprises' evaluation (百企评, issue 20): each survey, the enterprises invited to it (one row each, with the
// answer once given), and the invitations themselves in `notifications`, belonging to their survey, so one delivery
// workflow, attempts ledger and listing serve them too. Kysely<any>: a migration describes the past.

const CONSTRAINT = 'notifications_one_subject';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('surveys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('units', 'jsonb', (c) => c.notNull())
    .addColumn('questions', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('surveys_period').on('surveys').columns(['period', 'created_at']).execute();

  await db.schema
    .createTable('survey_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id'))
    .addColumn('credit_code', 'text', (c) => c.notNull())
    .addColumn('enterprise_name', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'timestamptz')
    .addColumn('answer', 'jsonb')
    .addUniqueConstraint('survey_invitations_one_each', ['survey_id', 'credit_code'])
    .execute();

  await db.schema
    .alterTable('notifications')
    .addColumn('survey_id', 'text', (c) => c.references('surveys.id'))
    .execute();
  await db.schema.createIndex('notifications_survey').on('notifications').column('survey_id').execute();
  await db.schema.alterTable('notifications').dropConstraint(CONSTRAINT).execute();
  await db.schema
    .alterTable('notifications')
    .addCheckConstraint(
      CONSTRAINT,
      sql`num_nonnulls(appeal_id, meeting_id, accountability_id, assessment_period, survey_id) = case when kind = 'verification' then 0 else 1 end`,
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from notification_attempts where notification_id in (select id from notifications where survey_id is not null)`.execute(db);
  await db.deleteFrom('notifications').where('survey_id', 'is not', null).execute();
  await db.schema.alterTable('notifications').dropConstraint(CONSTRAINT).execute();
  await db.schema
    .alterTable('notifications')
    .addCheckConstraint(
      CONSTRAINT,
      sql`num_nonnulls(appeal_id, meeting_id, accountability_id, assessment_period) = case when kind = 'verification' then 0 else 1 end`,
    )
    .execute();
  await db.schema.dropIndex('notifications_survey').execute();
  await db.schema.alterTable('notifications').dropColumn('survey_id').execute();
  await db.schema.dropTable('survey_invitations').execute();
  await db.schema.dropTable('surveys').execute();
}
