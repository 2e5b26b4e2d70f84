import { sql, type Kysely } from 'kysely';

// Meetings (CONTRACT.md §6): each meeting's snapshot and its own timeline and notifications, the appeals it opened
// or took in, and the series whose Schedules create meetings. Kysely<any>: a migration describes the past.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meeting_series')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('sector', 'text')
    .addColumn('recurrence', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('announce_days_before', 'integer', (c) => c.notNull())
    .addColumn('chair', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('anchor', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('upcoming', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'`))
    .execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('series_id', 'text', (c) => c.references('meeting_series.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('announced_at', 'timestamptz')
    .addColumn('state', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meetings_starts_at').on('meetings').columns(['starts_at desc', 'id']).execute();
  await db.schema.createIndex('meetings_series').on('meetings').columns(['series_id', 'starts_at desc']).execute();

  await db.schema
    .createTable('meeting_events')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor', 'jsonb')
    .addColumn('data', 'jsonb')
    .addPrimaryKeyConstraint('meeting_events_pk', ['meeting_id', 'seq'])
    .execute();

  // Apart from `notifications`, whose rows belong to an appeal; kept in the same shape so a dispatcher can serve both.
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

  await db.schema
    .createTable('meeting_appeals')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('appeal_id', 'text', (c) => c.notNull().references('appeals.id'))
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_appeals_pk', ['meeting_id', 'appeal_id'])
    .execute();
  await db.schema.createIndex('meeting_appeals_appeal').on('meeting_appeals').column('appeal_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['meeting_appeals', 'meeting_notifications', 'meeting_events', 'meetings', 'meeting_series']) {
    await db.schema.dropTable(table).execute();
  }
}
