import { sql, type Kysely } from 'kysely';

// Meeting notifications join the appeals' in `notifications`, so one delivery workflow, one attempts ledger, one
// listing and one redelivery serve both. A row belongs to exactly one appeal or one meeting.
// Kysely<any>: a migration describes the past.

/** Why a moved row is `failed`: nothing ever delivered it, and a failed row is what redelivery sends again. */
const NEVER_DELIVERED = 'recorded before meeting notifications were delivered; POST /v1/notifications/:id/redeliver sends it';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('notifications')
    .alterColumn('appeal_id', (c) => c.dropNotNull())
    .execute();
  await db.schema
    .alterTable('notifications')
    .addColumn('meeting_id', 'text', (c) => c.references('meetings.id'))
    .execute();
  await db.schema
    .alterTable('notifications')
    .addCheckConstraint('notifications_one_subject', sql`num_nonnulls(appeal_id, meeting_id) = 1`)
    .execute();
  await db.schema.createIndex('notifications_meeting').on('notifications').columns(['meeting_id', 'seq']).execute();

  // Pending rows had no delivery running and never will: marked failed, the office sees them under
  // `status=failed` and chooses which are still worth sending (an announcement of a past meeting is not).
  await sql`
    insert into notifications (id, meeting_id, seq, kind, recipient, department_code, status, deadline, created_at, payload, failure)
    select id, meeting_id, seq, kind, recipient, null, case when status = 'pending' then 'failed' else status end, null, created_at,
           payload, case when status = 'pending' then ${NEVER_DELIVERED} end
    from meeting_notifications
    on conflict (id) do nothing`.execute(db);
  await db.schema.dropTable('meeting_notifications').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meeting_notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_notifications_meeting').on('meeting_notifications').columns(['meeting_id', 'seq']).execute();
  await sql`
    insert into meeting_notifications (id, meeting_id, seq, kind, recipient, status, created_at, payload)
    select id, meeting_id, seq, kind, recipient, status, created_at, payload from notifications where meeting_id is not null`.execute(db);
  // The older table had no attempts: those of meeting notifications go with them.
  await sql`delete from notification_attempts where notification_id in (select id from notifications where meeting_id is not null)`.execute(db);
  await db.deleteFrom('notifications').where('meeting_id', 'is not', null).execute();

  await db.schema.dropIndex('notifications_meeting').execute();
  await db.schema.alterTable('notifications').dropConstraint('notifications_one_subject').execute();
  await db.schema.alterTable('notifications').dropColumn('meeting_id').execute();
  await db.schema
    .alterTable('notifications')
    .alterColumn('appeal_id', (c) => c.setNotNull())
    .execute();
}
