import { sql, type Kysely } from 'kysely';

// Monthly assessment snapshots, and an index for the figures' look at each appeal's timeline.

export async function up(db: Kysely<any>): Promise<void> {
  // A snapshot is written once and never updated: later edits of its appeals must not change a published month.
  await db.schema
    .createTable('reports')
    .addColumn('period', 'text', (c) => c.primaryKey())
    .addColumn('computed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .execute();

  // The figures read only these kinds of a timeline that holds dozens of events (notifications among them).
  await db.schema
    .createIndex('appeal_events_figures')
    .on('appeal_events')
    .column('appeal_id')
    .where(sql.ref('kind'), 'in', ['resolved', 'overdue', 'referred'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('appeal_events_figures').execute();
  await db.schema.dropTable('reports').execute();
}
