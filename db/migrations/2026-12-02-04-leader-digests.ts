import type { Kysely } from 'kysely';

// A leader's weekly digest (issue 15): the open appeals they instructed, as they stood that Monday. One per leader
// and week, kept as written, so a week's digest reads the same later.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('leader_digests')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('appeals', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('leader_digests_pkey', ['person_id', 'week'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('leader_digests').execute();
}
