import { sql, type Kysely } from 'kysely';

// The enterprises register (issue 18): one row per credit code, filled when an appeal's registration reaches the
// ledger (db/enterprises.ts) and edited by the office. Backfilled from the appeals already on the ledger: the name of
// the latest one is the name, every other name they were registered under a former name (oldest first), and the
// unit is the first one's. Kysely<any>: a migration describes the past.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('enterprises')
    .addColumn('credit_code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('former_names', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('unit', 'text')
    .addColumn('industry', 'text')
    .addColumn('size', 'text', (c) => c.check(sql`size in ('large', 'medium', 'small', 'micro')`))
    .addColumn('flags', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  // The register's pages, newest first; `?flag=` on the register and on appeals (`@>`); `?unit=`.
  await db.schema.createIndex('enterprises_first_seen').on('enterprises').columns(['first_seen_at', 'credit_code']).execute();
  await db.schema.createIndex('enterprises_flags').on('enterprises').using('gin').column('flags').execute();
  await db.schema.createIndex('enterprises_unit').on('enterprises').column('unit').execute();

  await sql`
    with named as (
      select credit_code, state->'enterprise'->>'name' as name, min(registered_at) as first_at, max(registered_at) as last_at
      from appeals
      where state->'enterprise'->>'name' is not null
      group by 1, 2
    ),
    latest as (
      select distinct on (credit_code) credit_code, name from named order by credit_code, last_at desc, name
    ),
    first_unit as (
      select distinct on (credit_code) credit_code, state->>'unit' as unit, registered_at
      from appeals
      where state->'enterprise'->>'name' is not null
      order by credit_code, registered_at, id
    )
    insert into enterprises (credit_code, name, former_names, unit, first_seen_at, updated_at)
    select l.credit_code, l.name,
      coalesce((select jsonb_agg(n.name order by n.first_at) from named n where n.credit_code = l.credit_code and n.name <> l.name), '[]'::jsonb),
      f.unit, f.registered_at, now()
    from latest l join first_unit f using (credit_code)
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('enterprises').execute();
}
