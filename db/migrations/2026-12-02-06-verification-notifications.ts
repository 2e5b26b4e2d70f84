import { sql, type Kysely } from 'kysely';

// The SMS of a one-time code (issue 16) is a notification like any other, so the delivery workflow, its attempts and
// the listing serve it too; but it is sent before there is an appeal, so it belongs to neither an appeal nor a
// meeting. Every other row still belongs to exactly one.
// Kysely<any>: a migration describes the past.

const CONSTRAINT = 'notifications_one_subject';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notifications').dropConstraint(CONSTRAINT).execute();
  await db.schema
    .alterTable('notifications')
    .addCheckConstraint(CONSTRAINT, sql`num_nonnulls(appeal_id, meeting_id) = case when kind = 'verification' then 0 else 1 end`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  // The older rule has no place for them: the codes, long expired by a downgrade, go with their attempts.
  await sql`delete from notification_attempts where notification_id in (select id from notifications where kind = 'verification')`.execute(db);
  await db.deleteFrom('notifications').where('kind', '=', 'verification').execute();
  await db.schema.alterTable('notifications').dropConstraint(CONSTRAINT).execute();
  await db.schema
    .alterTable('notifications')
    .addCheckConstraint(CONSTRAINT, sql`num_nonnulls(appeal_id, meeting_id) = 1`)
    .execute();
}
