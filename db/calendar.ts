import type { Kysely } from 'kysely';
import type { CalendarYear } from '../domain/calendar.js';
import type { Database } from './schema.js';

export async function loadCalendarYears(db: Kysely<Database>, years: number[]): Promise<CalendarYear[]> {
  const rows = await db.selectFrom('calendar_years').selectAll().where('year', 'in', years).execute();
  return rows.map((r) => ({ year: r.year, holidays: r.holidays, workdays: r.workdays }));
}

export async function findCalendarYear(db: Kysely<Database>, year: number): Promise<CalendarYear | undefined> {
  const [found] = await loadCalendarYears(db, [year]);
  return found;
}

export async function replaceCalendarYear(db: Kysely<Database>, year: CalendarYear, source: string): Promise<void> {
  const values = { holidays: JSON.stringify(year.holidays), workdays: JSON.stringify(year.workdays), source };
  await db
    .insertInto('calendar_years')
    .values({ year: year.year, ...values })
    .onConflict((oc) => oc.column('year').doUpdateSet(values))
    .execute();
}
