import { sql, type Kysely } from 'kysely';
import type { Actor, AppealState } from '../domain/appeal.js';
import type { AppealLink, LinkRelation } from '../domain/links.js';
import type { Database } from './schema.js';

// Links between appeals (migration 2026-12-02-08), and the appeals an appeal's likely duplicates are chosen from.

/**
 * Links two appeals, or finds the link already there: a pair and a relation are one link whichever way it was made.
 * Postgres orders the pair, so the order is the one the table's check and unique key compare by.
 */
export async function linkAppeals(
  db: Kysely<Database>,
  l: { from: string; to: string; relation: LinkRelation; actor: Actor },
): Promise<{ id: string; created: boolean }> {
  const a = sql<string>`least(${l.from}::text, ${l.to}::text)`;
  const b = sql<string>`greatest(${l.from}::text, ${l.to}::text)`;
  const inserted = await db
    .insertInto('appeal_links')
    .values({ a, b, relation: l.relation, linked_by: JSON.stringify(l.actor) })
    .onConflict((oc) => oc.columns(['a', 'b', 'relation']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await db
    .selectFrom('appeal_links')
    .select('id')
    .where('a', '=', a)
    .where('b', '=', b)
    .where('relation', '=', l.relation)
    .executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

/** The appeal's links as it sees them (the other appeal in each), oldest first; only the one link when `linkId` is given. */
export async function linksOf(db: Kysely<Database>, appealId: string, linkId?: string): Promise<AppealLink[]> {
  const other = sql<string>`case when l.a = ${appealId} then l.b else l.a end`;
  let q = db
    .selectFrom('appeal_links as l')
    .innerJoin('appeals as o', (join) => join.on(sql<boolean>`o.id = ${other}`))
    .select([
      'l.id',
      other.as('appeal_id'),
      'o.receipt_number',
      'o.status',
      sql<string>`o.state->>'title'`.as('title'),
      'l.relation',
      'l.linked_by',
      'l.linked_at',
    ])
    .where((eb) => eb.or([eb('l.a', '=', appealId), eb('l.b', '=', appealId)]));
  if (linkId !== undefined) q = q.where('l.id', '=', linkId);
  const rows = await q.orderBy('l.linked_at').orderBy('l.id').execute();
  return rows.map((r) => ({
    id: r.id,
    appealId: r.appeal_id,
    receiptNumber: r.receipt_number,
    title: r.title,
    status: r.status,
    relation: r.relation as LinkRelation,
    linkedBy: r.linked_by,
    linkedAt: r.linked_at.getTime(),
  }));
}

/**
 * The appeals registered within `withinMs` before or after this one, of its enterprise or its category, newest
 * first, at most `limit`: appeals_credit_code and appeals_category (credit code or category, then registration) serve
 * the two halves of the `or`.
 */
export async function similarityCandidates(db: Kysely<Database>, s: AppealState, withinMs: number, limit: number): Promise<AppealState[]> {
  const rows = await db
    .selectFrom('appeals')
    .select('state')
    .where('id', '<>', s.id)
    .where('registered_at', '>=', new Date(s.registeredAt - withinMs))
    .where('registered_at', '<=', new Date(s.registeredAt + withinMs))
    .where((eb) => eb.or([eb('credit_code', '=', s.enterprise.creditCode), eb('category', '=', s.category)]))
    .orderBy('registered_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.state);
}
