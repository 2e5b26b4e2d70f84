import { sql, type Expression, type Kysely, type Selectable } from 'kysely';
import type { AppealState } from '../domain/appeal.js';
import type { AppealKind, EnterpriseFlag, EnterpriseSize, Status } from '../domain/codes.js';
import type { EnterpriseUpdate } from '../domain/enterprise.js';
import { withinSubtree, type Cursor, type UnitSubtree } from './appeals.js';
import type { Database, EnterprisesTable } from './schema.js';

// The enterprises register (issue 18): filled as registrations reach the ledger, edited by the office, read by its
// routes and by the appeals' lists (`?flag=`). An enterprise that changes its name keeps the old one as a former name.

export interface EnterpriseRecord {
  creditCode: string;
  name: string;
  /** Oldest first; never the current name. */
  formerNames: string[];
  unit: string | null;
  industry: string | null;
  size: EnterpriseSize | null;
  flags: EnterpriseFlag[];
  firstSeenAt: Date;
  updatedAt: Date;
}

const recordOf = (r: Selectable<EnterprisesTable>): EnterpriseRecord => ({
  creditCode: r.credit_code,
  name: r.name,
  formerNames: r.former_names,
  unit: r.unit,
  industry: r.industry,
  size: r.size,
  flags: r.flags,
  firstSeenAt: r.first_seen_at,
  updatedAt: r.updated_at,
});

/**
 * The former names once the enterprise is called `name`: its current name joins them, and `name` leaves them (a name
 * taken back is current again, not former too). Unchanged when `name` is the current one.
 */
const formerNamesOnRename = (name: Expression<string> | string) =>
  sql<string>`case when enterprises.name = ${name} then enterprises.former_names else (enterprises.former_names - ${name}::text) || jsonb_build_array(enterprises.name) end`;

/**
 * Part of the ledger write that holds the appeal's `registered` event: a new enterprise is registered with the
 * appeal's unit, a known one under another name is renamed. A retried write changes nothing.
 */
export async function registerEnterprise(tx: Kysely<Database>, s: AppealState): Promise<void> {
  const excludedName = sql.ref<string>('excluded.name');
  await tx
    .insertInto('enterprises')
    .values({
      credit_code: s.enterprise.creditCode,
      name: s.enterprise.name,
      unit: s.unit ?? null,
      first_seen_at: new Date(s.registeredAt),
      updated_at: sql`now()`,
    })
    .onConflict((oc) =>
      oc
        .column('credit_code')
        .doUpdateSet({ former_names: formerNamesOnRename(excludedName), name: excludedName, updated_at: sql`now()` })
        .where('enterprises.name', '<>', excludedName),
    )
    .execute();
}

export interface EnterpriseFilter {
  /** Part of the name, a former name or the credit code, any case. */
  q?: string;
  /** Only enterprises whose unit is in the subtree. */
  within?: UnitSubtree;
  industry?: string;
  flag?: EnterpriseFlag;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

const asFlags = (flag: EnterpriseFlag) => sql<EnterpriseFlag[]>`${JSON.stringify([flag])}::jsonb`;

/** Newest in the register first (its first appeal's registration), cursor paged like the appeals. */
export async function listEnterprises(
  db: Kysely<Database>,
  f: EnterpriseFilter,
  page: { limit: number; after?: Cursor },
): Promise<{ items: EnterpriseRecord[]; next?: Cursor }> {
  let q = db.selectFrom('enterprises').selectAll();
  if (f.q) {
    const like = likePattern(f.q);
    q = q.where((eb) =>
      eb.or([
        eb('name', 'ilike', like),
        eb('credit_code', 'ilike', like),
        sql<boolean>`exists (select 1 from jsonb_array_elements_text(former_names) as former(name) where former.name ilike ${like})`,
      ]),
    );
  }
  if (f.within) q = q.where('unit', 'in', f.within.units);
  if (f.industry) q = q.where('industry', '=', f.industry);
  if (f.flag) q = q.where('flags', '@>', asFlags(f.flag));
  if (page.after) {
    const { at, id } = page.after;
    q = q.where((eb) => eb.or([eb('first_seen_at', '<', at), eb.and([eb('first_seen_at', '=', at), eb('credit_code', '<', id)])]));
  }
  const rows = await q
    .orderBy('first_seen_at', 'desc')
    .orderBy('credit_code', 'desc')
    .limit(page.limit + 1)
    .execute();
  const items = rows.slice(0, page.limit).map(recordOf);
  const last = items[items.length - 1];
  return { items, ...(rows.length > page.limit && last ? { next: { at: last.firstSeenAt, id: last.creditCode } } : {}) };
}

export async function findEnterprise(db: Kysely<Database>, creditCode: string): Promise<EnterpriseRecord | undefined> {
  const row = await db.selectFrom('enterprises').selectAll().where('credit_code', '=', creditCode).executeTakeFirst();
  return row && recordOf(row);
}

/** The office's edit: the fields given, a new name keeping the old one as former. Undefined for an unknown enterprise. */
export async function updateEnterprise(db: Kysely<Database>, creditCode: string, u: EnterpriseUpdate): Promise<EnterpriseRecord | undefined> {
  const row = await db
    .updateTable('enterprises')
    .set({
      ...(u.name !== undefined ? { name: u.name, former_names: formerNamesOnRename(u.name) } : {}),
      ...(u.unit !== undefined ? { unit: u.unit } : {}),
      ...(u.industry !== undefined ? { industry: u.industry } : {}),
      ...(u.size !== undefined ? { size: u.size } : {}),
      ...(u.flags !== undefined ? { flags: JSON.stringify(u.flags) } : {}),
      updated_at: sql`now()`,
    })
    .where('credit_code', '=', creditCode)
    .returningAll()
    .executeTakeFirst();
  return row && recordOf(row);
}

/** The flags of each enterprise named that has any. */
export async function flagsOf(db: Kysely<Database>, creditCodes: string[]): Promise<Map<string, EnterpriseFlag[]>> {
  if (creditCodes.length === 0) return new Map();
  const rows = await db
    .selectFrom('enterprises')
    .select(['credit_code', 'flags'])
    .where('credit_code', 'in', [...new Set(creditCodes)])
    .where(sql<boolean>`flags <> '[]'::jsonb`)
    .execute();
  return new Map(rows.map((r) => [r.credit_code, r.flags]));
}

export interface EnterpriseAppeal {
  id: string;
  receiptNumber: string;
  title: string;
  status: Status;
  kind: AppealKind;
  registeredAt: Date;
}

/** The enterprise's appeals, newest first (within a subtree, for a county's office). */
export async function appealsOfEnterprise(db: Kysely<Database>, creditCode: string, within?: UnitSubtree): Promise<EnterpriseAppeal[]> {
  let q = db
    .selectFrom('appeals')
    .select([
      'id',
      'receipt_number',
      'status',
      'registered_at',
      sql<string>`state->>'title'`.as('title'),
      sql<AppealKind>`coalesce(state->>'kind', 'problem')`.as('kind'),
    ])
    .where('credit_code', '=', creditCode);
  if (within) q = q.where(withinSubtree(within));
  const rows = await q.orderBy('registered_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    receiptNumber: r.receipt_number,
    title: r.title,
    status: r.status as Status,
    kind: r.kind,
    registeredAt: r.registered_at,
  }));
}
