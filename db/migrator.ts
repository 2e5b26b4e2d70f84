import { Migrator, type Kysely } from 'kysely';
import { DEFAULT_CATEGORIES } from '../domain/codes.js';
import { DEFAULT_POLICY } from '../domain/default-policy.js';
import { shippedCalendarYears } from '../domain/holiday-seed.js';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';

/** Applies pending migrations, then seeds reference data without overwriting what admins have edited. */
export async function migrateToLatest(db: Kysely<Database>, log: (line: string) => void = () => {}): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  for (const r of results ?? []) log(`migration ${r.migrationName}: ${r.status}`);
  if (error) throw error instanceof Error ? error : new Error(String(error));
  await seedReferenceData(db);
}

async function seedReferenceData(db: Kysely<Database>): Promise<void> {
  const years = shippedCalendarYears();
  await db
    .insertInto('calendar_years')
    .values(
      years.map((y) => ({
        year: y.year,
        holidays: JSON.stringify(y.holidays),
        workdays: JSON.stringify(y.workdays),
        source: 'State Council holiday arrangement (chinese-days)',
      })),
    )
    .onConflict((oc) => oc.column('year').doNothing())
    .execute();
  await db
    .insertInto('policy')
    .values({ id: 1, document: JSON.stringify(DEFAULT_POLICY) })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  await db
    .insertInto('categories')
    .values(Object.entries(DEFAULT_CATEGORIES).map(([code, label]) => ({ code, label })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}
