import { sql, type Kysely } from 'kysely';
import type { Actor, AppealState } from '../domain/appeal.js';
import { matchNamed, type Centroid, type CommonIssueStatus, type IssueAppeal, type NamedCentroid } from '../domain/common-issues.js';
import { registrationBounds } from '../domain/periods.js';
import { withinSubtree, type UnitSubtree } from './appeals.js';
import type { Database } from './schema.js';
import type { DateRange } from './stats.js';

// Common issues (migration 2026-12-02-11): the appeals a period's clusters are made of, the issues the office named,
// and the link of a newly registered appeal to the named issue it resembles. Grouping is domain/common-issues.ts's job.

export interface PeriodAppeal extends IssueAppeal {
  receiptNumber: string;
}

export interface NamedIssue extends NamedCentroid {
  name: string;
  status: CommonIssueStatus;
  note: string | null;
  terms: string[];
  createdBy: Actor;
  createdAt: number;
  updatedAt: number;
  /** The appeals linked to it, whenever registered. */
  count: number;
}

const centroidOf = (stored: Record<string, number>): Centroid => new Map(Object.entries(stored));

/**
 * The appeals registered in the period (within the subtree, if given), in registration order, with the named issue
 * each is linked to. Duplicates merged into another appeal are left out: their main appeal counts for them.
 */
export async function loadPeriodAppeals(db: Kysely<Database>, range: DateRange, timezone: string, within?: UnitSubtree): Promise<PeriodAppeal[]> {
  let q = db
    .selectFrom('appeals as a')
    .leftJoin('common_issue_appeals as l', 'l.appeal_id', 'a.id')
    .select([
      'a.id',
      'a.receipt_number',
      'a.category',
      'a.credit_code',
      'a.lead_department',
      sql<string | null>`a.state->>'unit'`.as('unit'),
      sql<string>`a.state->>'title'`.as('title'),
      sql<string>`a.state->>'description'`.as('description'),
      'a.registered_at',
      'l.issue_id',
    ])
    .where((eb) => eb.or([eb('a.closure', 'is', null), eb('a.closure', '<>', 'merged')]));
  const { registeredFrom, registeredUntil } = registrationBounds(range, timezone);
  if (registeredFrom) q = q.where('a.registered_at', '>=', registeredFrom);
  if (registeredUntil) q = q.where('a.registered_at', '<=', registeredUntil);
  if (within) q = q.where(withinSubtree(within));
  const rows = await q.orderBy('a.registered_at').orderBy('a.id').execute();
  return rows.map((r) => ({
    id: r.id,
    receiptNumber: r.receipt_number,
    category: r.category,
    title: r.title,
    description: r.description,
    creditCode: r.credit_code,
    registeredAt: r.registered_at.getTime(),
    units: [...new Set([r.lead_department, r.unit].filter((u): u is string => u !== null))],
    issueId: r.issue_id,
  }));
}

/** The named issues, oldest first, each with the count of its appeals; only `id` when given. */
export async function listNamedIssues(db: Kysely<Database>, id?: string): Promise<NamedIssue[]> {
  let q = db
    .selectFrom('common_issues as i')
    .leftJoin('common_issue_appeals as l', 'l.issue_id', 'i.id')
    .selectAll('i')
    .select(sql<number>`count(l.appeal_id)::int`.as('count'))
    .groupBy('i.id');
  if (id !== undefined) q = q.where('i.id', '=', id);
  const rows = await q.orderBy('i.id').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    category: r.category,
    status: r.status as CommonIssueStatus,
    note: r.note,
    terms: r.terms,
    centroid: centroidOf(r.centroid),
    createdBy: r.created_by,
    createdAt: r.created_at.getTime(),
    updatedAt: r.updated_at.getTime(),
    count: r.count,
  }));
}

/** The appeals among `ids`, with what naming an issue checks and reads of them. */
export async function appealsToName(db: Kysely<Database>, ids: string[]) {
  return db
    .selectFrom('appeals as a')
    .leftJoin('common_issue_appeals as l', 'l.appeal_id', 'a.id')
    .select(['a.id', 'a.category', sql<string>`a.state->>'title'`.as('title'), sql<string>`a.state->>'description'`.as('description'), 'l.issue_id'])
    .where('a.id', 'in', ids)
    .execute();
}

export async function insertNamedIssue(
  db: Kysely<Database>,
  i: { name: string; category: string; status: CommonIssueStatus; note: string | null; terms: string[]; centroid: Centroid; actor: Actor; appeals: string[] },
): Promise<string> {
  return db.transaction().execute(async (tx) => {
    const { id } = await tx
      .insertInto('common_issues')
      .values({
        name: i.name,
        category: i.category,
        status: i.status,
        note: i.note,
        terms: i.terms,
        centroid: JSON.stringify(Object.fromEntries(i.centroid)),
        created_by: JSON.stringify(i.actor),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('common_issue_appeals')
      .values(i.appeals.map((appealId) => ({ appeal_id: appealId, issue_id: id })))
      .execute();
    return id;
  });
}

export async function updateNamedIssue(
  db: Kysely<Database>,
  id: string,
  change: { name?: string; status?: CommonIssueStatus; note?: string | null },
): Promise<void> {
  await db
    .updateTable('common_issues')
    .set({ ...change, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/**
 * Links a newly registered appeal to the named issue of its category whose centroid its text resembles most, if
 * any does enough (domain/common-issues.ts): in the registration's own transaction, and once, however often the
 * write is retried.
 */
export async function linkToCommonIssue(db: Kysely<Database>, s: AppealState): Promise<void> {
  const rows = await db.selectFrom('common_issues').select(['id', 'category', 'centroid']).where('category', '=', s.category).orderBy('id').execute();
  const issue = matchNamed(
    s,
    rows.map((r) => ({ id: r.id, category: r.category, centroid: centroidOf(r.centroid) })),
  );
  if (!issue) return;
  await db
    .insertInto('common_issue_appeals')
    .values({ appeal_id: s.id, issue_id: issue.id })
    .onConflict((oc) => oc.column('appeal_id').doNothing())
    .execute();
}
