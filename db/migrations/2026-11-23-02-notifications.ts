import type { Kysely } from 'kysely';

// Delivery of notifications: every attempt on the ledger, and the previous webhook secret kept for the
// rotation's grace period so receivers can accept either signature.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notifications').addColumn('channel', 'text').addColumn('delivered_at', 'timestamptz').addColumn('failure', 'text').execute();
  await db.schema.createIndex('notifications_status').on('notifications').columns(['status', 'created_at']).execute();

  await db.schema
    .createTable('notification_attempts')
    .addColumn('notification_id', 'text', (c) => c.notNull().references('notifications.id'))
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('latency_ms', 'integer', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_attempts_pk', ['notification_id', 'attempt'])
    .execute();

  for (const table of ['departments', 'office_webhook']) {
    await db.schema.alterTable(table).addColumn('previous_secret', 'text').addColumn('previous_secret_until', 'timestamptz').execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['departments', 'office_webhook']) {
    await db.schema.alterTable(table).dropColumn('previous_secret').dropColumn('previous_secret_until').execute();
  }
  await db.schema.dropTable('notification_attempts').execute();
  await db.schema.dropIndex('notifications_status').execute();
  await db.schema.alterTable('notifications').dropColumn('channel').dropColumn('delivered_at').dropColumn('failure').execute();
}
