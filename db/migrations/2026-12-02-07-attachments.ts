import { sql, type Kysely } from 'kysely';

// Evidence attached to appeals (issue 17): what each file is (`attachments`) and, unless S3-compatible storage is
// configured, its bytes in 1 MiB chunks (`attachment_chunks`), so no row holds a whole 20 MiB file. The chunks are
// keyed by the store's key, not tied to `attachments`: the bytes are stored first, the record once they are whole.
// No foreign key to `appeals` either: an appeal still registering (202) takes attachments before it is on the ledger.
// Kysely<any>: a migration describes the past.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('appeal_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploader', 'jsonb', (c) => c.notNull())
    .addColumn('uploaded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('storage', 'text', (c) => c.notNull().check(sql`storage in ('postgres', 's3')`))
    .execute();
  await db.schema.createIndex('attachments_appeal').on('attachments').columns(['appeal_id', 'uploaded_at']).execute();
  await db.schema
    .createTable('attachment_chunks')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addPrimaryKeyConstraint('attachment_chunks_pkey', ['key', 'seq'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('attachment_chunks').execute();
  await db.schema.dropTable('attachments').execute();
}
