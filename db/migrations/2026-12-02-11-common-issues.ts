import { sql, type Kysely } from 'kysely';

// Common issues the office named (issue 18): a cluster of appeals given a name, a status and a note, and the appeals
// that belong to it. `centroid` is the mean bigram count of the members it was named with ({bigram: weight}), what a
// newly registered appeal of the same category is compared with. An appeal belongs to one named issue at most, hence
// the key on appeal_id alone, which also serves an appeal's issue; common_issue_appeals_issue serves an issue's
// members. Kysely<any>: a migration describes the past.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('common_issues')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('watching', 'policy_review')`))
    .addColumn('note', 'text')
    .addColumn('terms', sql`text[]`, (c) => c.notNull())
    .addColumn('centroid', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('common_issues_category').on('common_issues').column('category').execute();
  await db.schema
    .createTable('common_issue_appeals')
    .addColumn('appeal_id', 'text', (c) => c.primaryKey().references('appeals.id'))
    .addColumn('issue_id', 'bigint', (c) => c.notNull().references('common_issues.id'))
    .addColumn('linked_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('common_issue_appeals_issue').on('common_issue_appeals').column('issue_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('common_issue_appeals').execute();
  await db.schema.dropTable('common_issues').execute();
}
