import { sql, type Kysely } from 'kysely';

// Units as a tree (issue 15): each department gains its level and its parent. Every department that exists is one
// of the city's own, beneath the city itself, which is what the default says.

const LEVELS = ['city_department', 'county', 'park', 'county_department', 'town'];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('departments')
    .addColumn('level', 'text', (c) =>
      c
        .notNull()
        .defaultTo('city_department')
        .check(sql`level in (${sql.join(LEVELS.map((l) => sql.lit(l)))})`),
    )
    .addColumn('parent', 'text', (c) => c.references('departments.code'))
    .execute();
  await db.schema.createIndex('departments_parent').on('departments').column('parent').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('departments').dropColumn('parent').dropColumn('level').execute();
}
