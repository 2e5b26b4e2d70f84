import { sql, type Kysely } from 'kysely';

// Links between appeals (issue 17), written by the API on the office's word. A link is symmetric, so each pair is
// stored once, in order (a < b): the unique key then makes linking B to A the same link as A to B, and a check keeps
// an appeal from being linked to itself. The candidates for likely duplicates need no index of their own: they are
// read by credit code or category within a registration window, which appeals_credit_code and appeals_category
// (2026-11-23-01) serve. Kysely<any>: a migration describes the past.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('appeal_links')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('a', 'text', (c) => c.notNull().references('appeals.id'))
    .addColumn('b', 'text', (c) => c.notNull().references('appeals.id'))
    .addColumn('relation', 'text', (c) => c.notNull().check(sql`relation in ('same_issue', 'related')`))
    .addColumn('linked_by', 'jsonb', (c) => c.notNull())
    .addColumn('linked_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('appeal_links_ordered', sql`a < b`)
    .addUniqueConstraint('appeal_links_pair', ['a', 'b', 'relation'])
    .execute();
  // The unique key serves the links of an appeal as `a`; this one serves it as `b`.
  await db.schema.createIndex('appeal_links_b').on('appeal_links').column('b').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('appeal_links').execute();
}
