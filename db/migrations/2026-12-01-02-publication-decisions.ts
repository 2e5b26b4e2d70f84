import { sql, type Kysely } from 'kysely';

// The office's publication decisions (结果公开 is a decision, not a side effect of closing). Written by the API,
// not by the workflow, which may have completed by then: their own append-only table, so the timeline's
// sequence numbers stay the workflow's. Each decision is about one closure (`closed_at`): an appeal reopened
// and closed again waits for a new one.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('publication_decisions')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('appeal_id', 'text', (c) => c.notNull().references('appeals.id'))
    .addColumn('closed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull().check(sql`decision in ('published', 'withheld')`))
    .addColumn('reason', 'text')
    .addColumn('actor', 'jsonb', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // The latest decision on a closure, for the public list and the office's lists.
  await db.schema.createIndex('publication_decisions_latest').on('publication_decisions').columns(['appeal_id', 'closed_at', 'id desc']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('publication_decisions').execute();
}
