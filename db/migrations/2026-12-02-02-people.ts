import { sql, type Kysely } from 'kysely';

// People of the units (issue 15): who handles, owns or leads cases. A token may be issued to a person, so every
// event that token writes names the person, not only the unit. A person is never deleted (the timeline names
// them for good): `active = false` retires them, and their tokens stop working.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull().references('departments.code'))
    .addColumn('phone', 'text')
    .addColumn('duties', sql`text[]`, (c) => c.notNull().check(sql`cardinality(duties) > 0 and duties <@ array['handler', 'case_owner', 'leader']::text[]`))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('people_unit').on('people').columns(['unit', 'name']).execute();
  await db.schema
    .alterTable('tokens')
    .addColumn('person_id', 'text', (c) => c.references('people.id'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('tokens').dropColumn('person_id').execute();
  await db.schema.dropTable('people').execute();
}
