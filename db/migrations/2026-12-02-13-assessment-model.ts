import type { Kysely } from 'kysely';

// The assessment's scoring model (issue 20): one document, as the policy is; absent until a city sets its own,
// when the default model applies. Kysely<any>: a migration describes the past.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('assessment_model')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('assessment_model').execute();
}
