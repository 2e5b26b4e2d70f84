import { sql, type Kysely } from 'kysely';
import type { Duty } from '../domain/codes.js';
import type { Database } from './schema.js';

// The people of the units (issue 15): rows of `people`, read and written here; the API shapes them (who reads a
// phone is api/audience.ts's decision).

export interface Person {
  id: string;
  name: string;
  unit: string;
  phone: string | null;
  duties: Duty[];
  active: boolean;
  createdAt: Date;
}

const columns = ['id', 'name', 'unit', 'phone', 'duties', 'active', 'created_at'] as const;
type PersonRow = { id: string; name: string; unit: string; phone: string | null; duties: string[]; active: boolean; created_at: Date };
const toPerson = (r: PersonRow): Person => ({
  id: r.id,
  name: r.name,
  unit: r.unit,
  phone: r.phone,
  duties: r.duties as Duty[],
  active: r.active,
  createdAt: r.created_at,
});

export async function insertPerson(db: Kysely<Database>, p: Omit<Person, 'active' | 'createdAt'>): Promise<Person> {
  const row = await db
    .insertInto('people')
    .values({ id: p.id, name: p.name, unit: p.unit, phone: p.phone, duties: p.duties })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return toPerson(row);
}

export async function findPerson(db: Kysely<Database>, id: string): Promise<Person | undefined> {
  const row = await db.selectFrom('people').select(columns).where('id', '=', id).executeTakeFirst();
  return row && toPerson(row);
}

/** People by unit and duty (either may be left out), by unit, then name. */
export async function listPeople(db: Kysely<Database>, filter: { unit?: string; duty?: Duty; active?: boolean }): Promise<Person[]> {
  let query = db.selectFrom('people').select(columns);
  if (filter.unit !== undefined) query = query.where('unit', '=', filter.unit);
  if (filter.duty !== undefined) query = query.where('duties', '@>', sql<string[]>`array[${filter.duty}]::text[]`);
  if (filter.active !== undefined) query = query.where('active', '=', filter.active);
  const rows = await query.orderBy('unit').orderBy('name').orderBy('id').execute();
  return rows.map(toPerson);
}

export async function updatePerson(
  db: Kysely<Database>,
  id: string,
  changes: { name?: string; phone?: string | null; duties?: Duty[]; active?: boolean },
): Promise<Person | undefined> {
  const set = {
    ...(changes.name !== undefined ? { name: changes.name } : {}),
    ...(changes.phone !== undefined ? { phone: changes.phone } : {}),
    ...(changes.duties !== undefined ? { duties: changes.duties } : {}),
    ...(changes.active !== undefined ? { active: changes.active } : {}),
  };
  // An UPDATE needs something to set: an empty patch changes nothing and reads the person as they are.
  if (Object.keys(set).length === 0) return findPerson(db, id);
  const row = await db.updateTable('people').set(set).where('id', '=', id).returning(columns).executeTakeFirst();
  return row && toPerson(row);
}
