import type { Kysely } from 'kysely';

// Messages to enterprises and submitters (issue 16). A notification to one of them carries the text it was sent
// with and where it went, so the ledger says what each person read; the admin's templates override the defaults
// in domain/message-templates.ts; one-time codes for submissions without a token are kept hashed, with their tries.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notifications').addColumn('message', 'text').addColumn('message_params', 'jsonb').addColumn('address', 'jsonb').execute();
  await db.schema
    .createTable('message_templates')
    .addColumn('kind', 'text', (c) => c.primaryKey())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('max_segments', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('phone_verifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('phone_verifications_phone').on('phone_verifications').columns(['phone', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('phone_verifications').execute();
  await db.schema.dropTable('message_templates').execute();
  await db.schema.alterTable('notifications').dropColumn('message').dropColumn('message_params').dropColumn('address').execute();
}
