import { sql, type Kysely } from 'kysely';

// The first ledger: appeals (a current snapshot per appeal), their append-only timeline, notifications, and the
// reference data the API administers. Kysely<any>: a migration describes the past, not today's types.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('appeals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('receipt_number', 'text', (c) => c.notNull().unique())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('credit_code', 'text', (c) => c.notNull())
    .addColumn('lead_department', 'text')
    .addColumn('co_departments', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('overdue', 'boolean', (c) => c.notNull())
    .addColumn('supervised', 'boolean', (c) => c.notNull())
    .addColumn('meeting_id', 'text')
    .addColumn('registered_at', 'timestamptz', (c) => c.notNull())
    .addColumn('due_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('closure', 'text')
    .addColumn('state', 'jsonb', (c) => c.notNull())
    .execute();
  // Lists page newest first, filtered by one of these; each index keeps a filter fast at 100,000 appeals.
  await db.schema.createIndex('appeals_registered').on('appeals').columns(['registered_at desc', 'id desc']).execute();
  for (const column of ['status', 'lead_department', 'credit_code', 'meeting_id', 'channel', 'category']) {
    await db.schema.createIndex(`appeals_${column}`).on('appeals').columns([column, 'registered_at desc', 'id desc']).execute();
  }
  await db.schema.createIndex('appeals_co_departments').on('appeals').using('gin').column('co_departments').execute();

  await db.schema
    .createTable('appeal_events')
    .addColumn('appeal_id', 'text', (c) => c.notNull().references('appeals.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('actor', 'jsonb')
    .addColumn('data', 'jsonb')
    .addPrimaryKeyConstraint('appeal_events_pk', ['appeal_id', 'seq'])
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('appeal_id', 'text', (c) => c.notNull().references('appeals.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('department_code', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('deadline', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notifications_appeal').on('notifications').columns(['appeal_id', 'seq']).execute();
  await db.schema.createIndex('notifications_department').on('notifications').columns(['department_code', 'created_at']).execute();

  await db.schema
    .createTable('departments')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('webhook_url', 'text')
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();

  await db.schema
    .createTable('tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('department_code', 'text', (c) => c.references('departments.code'))
    .addColumn('credit_code', 'text')
    .addColumn('label', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('calendar_years')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('holidays', 'jsonb', (c) => c.notNull())
    .addColumn('workdays', 'jsonb', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('policy')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('categories')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('office_webhook')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('token_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('body', 'jsonb', (c) => c.notNull())
    .addColumn('appeal_id', 'text', (c) => c.notNull())
    .addColumn('receipt_number', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['token_id', 'key'])
    .execute();

  await sql`create sequence appeal_receipt_seq`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop sequence appeal_receipt_seq`.execute(db);
  for (const table of [
    'idempotency_keys',
    'office_webhook',
    'categories',
    'policy',
    'calendar_years',
    'tokens',
    'departments',
    'notifications',
    'appeal_events',
    'appeals',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
