import { sql, type Kysely } from 'kysely';
import { withoutCredentials } from '../domain/outbound-url.js';
import type { PlacedUnit, UnitLevel } from '../domain/units.js';
import type { Database } from './schema.js';

// Departments are the units of the city's tree (domain/units.ts): a city bureau, a county or park, a county's
// department or a town.

export interface Department {
  code: string;
  name: string;
  level: UnitLevel;
  parent: string | null;
  webhookUrl: string | null;
  active: boolean;
}

const COLUMNS = ['code', 'name', 'level', 'parent', 'webhook_url', 'active'] as const;

const toDepartment = (r: { code: string; name: string; level: UnitLevel; parent: string | null; webhook_url: string | null; active: boolean }): Department => ({
  code: r.code,
  name: r.name,
  level: r.level,
  parent: r.parent,
  webhookUrl: r.webhook_url && withoutCredentials(r.webhook_url),
  active: r.active,
});

/** Inserts a department; false when the code is taken. */
export async function insertDepartment(db: Kysely<Database>, d: Omit<Department, 'active'>, secret: string): Promise<boolean> {
  const result = await db
    .insertInto('departments')
    .values({ code: d.code, name: d.name, level: d.level, parent: d.parent, webhook_url: d.webhookUrl, secret })
    .onConflict((oc) => oc.column('code').doNothing())
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

export async function listDepartments(db: Kysely<Database>, filter: { parent?: string; level?: UnitLevel } = {}): Promise<Department[]> {
  let query = db.selectFrom('departments').select(COLUMNS).orderBy('code');
  if (filter.parent !== undefined) query = query.where('parent', '=', filter.parent);
  if (filter.level !== undefined) query = query.where('level', '=', filter.level);
  return (await query.execute()).map(toDepartment);
}

export async function findDepartment(db: Kysely<Database>, code: string): Promise<Department | undefined> {
  const row = await db.selectFrom('departments').select(COLUMNS).where('code', '=', code).executeTakeFirst();
  return row && toDepartment(row);
}

/** `code` and every unit beneath it (the tree is two levels deep: domain/units.ts). */
export async function unitsWithin(db: Kysely<Database>, code: string): Promise<string[]> {
  const rows = await db
    .selectFrom('departments')
    .select('code')
    .where((eb) => eb.or([eb('code', '=', code), eb('parent', '=', code)]))
    .execute();
  return rows.map((r) => r.code);
}

/** Every unit by its code, as placed in the tree (inactive ones too: old appeals still name them). */
export async function loadUnitTree(db: Kysely<Database>): Promise<Map<string, PlacedUnit>> {
  const rows = await db.selectFrom('departments').select(['code', 'level', 'parent']).execute();
  return new Map(rows.map((r) => [r.code, r]));
}

/** The units directly beneath `code`. */
export async function childUnits(db: Kysely<Database>, code: string): Promise<PlacedUnit[]> {
  return db.selectFrom('departments').select(['code', 'level', 'parent']).where('parent', '=', code).execute();
}

export async function updateDepartment(
  db: Kysely<Database>,
  code: string,
  changes: { name?: string; level?: UnitLevel; parent?: string | null; webhookUrl?: string | null; active?: boolean },
): Promise<Department | undefined> {
  const row = await db
    .updateTable('departments')
    .set({
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.level !== undefined ? { level: changes.level } : {}),
      ...(changes.parent !== undefined ? { parent: changes.parent } : {}),
      ...(changes.webhookUrl !== undefined ? { webhook_url: changes.webhookUrl } : {}),
      ...(changes.active !== undefined ? { active: changes.active } : {}),
    })
    .where('code', '=', code)
    .returning(COLUMNS)
    .executeTakeFirst();
  return row && toDepartment(row);
}

/** The codes among these that name no active department. */
export async function inactiveOrUnknown(db: Kysely<Database>, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db.selectFrom('departments').select('code').where('code', 'in', codes).where('active', '=', true).execute();
  const active = new Set(rows.map((r) => r.code));
  return codes.filter((c) => !active.has(c));
}

/** A new webhook secret; the previous one stays valid for signing checks during the grace period. */
export async function rotateDepartmentSecret(db: Kysely<Database>, code: string, secret: string): Promise<boolean> {
  const result = await db
    .updateTable('departments')
    .set((eb) => ({
      previous_secret: eb.ref('secret'),
      previous_secret_until: sql<Date>`now() + interval '24 hours'`,
      secret,
    }))
    .where('code', '=', code)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
