import { sql, type Kysely } from 'kysely';
import type { IsoDate } from '../domain/dates.js';
import type { Database } from './schema.js';

// Leaders' weekly digests (issue 15): computed from the ledger's snapshots, stored once a week per leader.

export interface DigestedAppeal {
  appealId: string;
  receiptNumber: string;
  status: string;
  leadDepartment: string | null;
  overdue: boolean;
  dueAt: string | null;
  /** The next progress report owed to this leader, if they asked for a cadence. */
  reportBy: string | null;
}

export interface LeaderDigest {
  person: string;
  /** The Monday of the week, in APPEALS_TIMEZONE. */
  week: IsoDate;
  computedAt: Date;
  appeals: DigestedAppeal[];
}

/** Each active leader with the open appeals they instructed (the instants are the snapshot's, in milliseconds). */
export async function openInstructedAppeals(db: Kysely<Database>) {
  const leaders = await db
    .selectFrom('people')
    .select('id')
    .where('active', '=', true)
    .where('duties', '@>', sql<string[]>`array['leader']::text[]`)
    .execute();
  const rows = await db
    .selectFrom('appeals')
    .select(['state'])
    .where('status', 'not in', ['closed', 'withdrawn'])
    .where(sql<boolean>`jsonb_array_length(coalesce(state->'instructions', '[]'::jsonb)) > 0`)
    .orderBy('registered_at')
    .execute();
  return leaders.map(({ id }) => ({ person: id, states: rows.map((r) => r.state).filter((s) => s.instructions?.some((i) => i.by === id)) }));
}

/** Stores the week's digests; one already stored for a leader and week stays as it is. */
export async function insertDigests(db: Kysely<Database>, digests: LeaderDigest[]): Promise<number> {
  if (digests.length === 0) return 0;
  const result = await db
    .insertInto('leader_digests')
    .values(digests.map((d) => ({ person_id: d.person, week: d.week, computed_at: d.computedAt, appeals: JSON.stringify(d.appeals) })))
    .onConflict((oc) => oc.columns(['person_id', 'week']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n);
}

export async function listDigests(db: Kysely<Database>, person: string): Promise<LeaderDigest[]> {
  const rows = await db.selectFrom('leader_digests').selectAll().where('person_id', '=', person).orderBy('week', 'desc').limit(52).execute();
  return rows.map((r) => ({ person: r.person_id, week: r.week, computedAt: r.computed_at, appeals: r.appeals }));
}
