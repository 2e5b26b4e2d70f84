import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { AppealState, TimelineEvent } from '../domain/appeal.js';
import type { EnterpriseFlag } from '../domain/codes.js';
import type { Policy } from '../domain/policy.js';
import type { PublicationStatus } from '../domain/publication.js';
import { publicationIs } from './publication.js';
import { SEARCH_CANDIDATES, matches, rankOf, type AppealSearch } from './search.js';
import { eventOfRow } from './event-columns.js';
import type { Database } from './schema.js';

// Reads of the ledger for the API: lists, one appeal with its timeline, inboxes. Never Temporal visibility.

/** A unit and every unit beneath it (api/office-scope.ts): what a county's figures and lists keep to. */
export interface UnitSubtree {
  unit: string;
  units: string[];
}

/**
 * An appeal within a subtree: registered at the unit's window or led by one of its units. Unqualified columns, so
 * that it serves any query over `appeals` (aliased or not) that joins nothing else with these names.
 */
export const withinSubtree = ({ unit, units }: UnitSubtree) => sql<boolean>`(state->>'unit' = ${unit} or lead_department in (${sql.join(units)}))`;

/**
 * The department leads the appeal, co-handles it, or was delegated a part of it; `@>` rather than `= any(...)`,
 * which no index can serve.
 */
const leadOrCo = (code: string) => (eb: ExpressionBuilder<Database, 'appeals'>) =>
  eb.or([
    eb('lead_department', '=', code),
    eb('co_departments', '@>', sql<string[]>`array[${code}]::text[]`),
    sql<boolean>`state->'delegations' @> ${JSON.stringify([{ to: code }])}::jsonb`,
  ]);

/** Of an enterprise the register flags so (db/enterprises.ts); `@>`, which the flags' GIN index serves. */
const ofFlaggedEnterprise = (flag: EnterpriseFlag) =>
  sql<boolean>`credit_code in (select e.credit_code from enterprises as e where e.flags @> ${JSON.stringify([flag])}::jsonb)`;

export async function findAppealState(db: Kysely<Database>, id: string): Promise<AppealState | undefined> {
  const row = await db.selectFrom('appeals').select('state').where('id', '=', id).executeTakeFirst();
  return row?.state;
}

export async function appealTimeline(db: Kysely<Database>, id: string): Promise<TimelineEvent[]> {
  const rows = await db.selectFrom('appeal_events').selectAll().where('appeal_id', '=', id).orderBy('seq').execute();
  return rows.map((r) => ({ ...eventOfRow<TimelineEvent['kind'], typeof r>(r), round: r.round }));
}

export interface AppealFilter {
  status?: string;
  department?: string;
  channel?: string;
  category?: string;
  /** problem, consultation or suggestion (issue 17); appeals registered before kinds are problems. */
  kind?: string;
  overdue?: boolean;
  supervised?: boolean;
  meetingId?: string;
  receiptNumber?: string;
  creditCode?: string;
  /** Only appeals of enterprises the register flags so (issue 18). */
  flag?: EnterpriseFlag;
  /** A department caller: only appeals it leads or co-handles. */
  visibleToDepartment?: string;
  /** The case owner's (a person's id). */
  owner?: string;
  /** Whether a leader has instructed it. */
  instructed?: boolean;
  /** A leader: only the appeals this person instructed. */
  instructedBy?: string;
  /** A county's or park's office, or `?unit=`: only appeals registered at the unit's window or led beneath it. */
  withinUnit?: UnitSubtree;
  /** Closed appeals of this standing on the public pages, under the policy's defaults. */
  publication?: { status: PublicationStatus; policy: Policy['publication'] };
  /** Inclusive registration instants. */
  registeredFrom?: Date;
  registeredUntil?: Date;
  /** Only appeals whose texts match (`q`, issue 18), best match first. */
  search?: AppealSearch;
}

/**
 * Where a page newest first ends: the last item's instant (registration, creation) and id, which breaks ties; a
 * search's page, best match first, also its rank.
 */
export interface Cursor {
  at: Date;
  id: string;
  rank?: number;
}

/** The appeals the filter lets through, with what a page reads of them; the search is the pages' own (below). */
function filteredAppeals(db: Kysely<Database>, f: AppealFilter) {
  let q = db.selectFrom('appeals').select(['id', 'registered_at', 'state']);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.channel) q = q.where('channel', '=', f.channel);
  if (f.category) q = q.where('category', '=', f.category);
  if (f.kind) q = q.where(sql<string>`coalesce(state->>'kind', 'problem')`, '=', f.kind);
  if (f.overdue !== undefined) q = q.where('overdue', '=', f.overdue);
  if (f.supervised !== undefined) q = q.where('supervised', '=', f.supervised);
  if (f.meetingId) q = q.where('meeting_id', '=', f.meetingId);
  if (f.receiptNumber) q = q.where('receipt_number', '=', f.receiptNumber);
  if (f.creditCode) q = q.where('credit_code', '=', f.creditCode);
  if (f.flag) q = q.where(ofFlaggedEnterprise(f.flag));
  if (f.registeredFrom) q = q.where('registered_at', '>=', f.registeredFrom);
  if (f.registeredUntil) q = q.where('registered_at', '<=', f.registeredUntil);
  if (f.publication) q = q.where(publicationIs(f.publication.status, f.publication.policy));
  for (const code of [f.department, f.visibleToDepartment]) {
    if (code) q = q.where(leadOrCo(code));
  }
  if (f.withinUnit) q = q.where(withinSubtree(f.withinUnit));
  if (f.owner) q = q.where(sql<string>`state->>'owner'`, '=', f.owner);
  if (f.instructed !== undefined) q = q.where(sql<boolean>`(jsonb_array_length(coalesce(state->'instructions', '[]'::jsonb)) > 0) = ${f.instructed}`);
  if (f.instructedBy) q = q.where(sql<boolean>`state->'instructions' @> ${JSON.stringify([{ by: f.instructedBy }])}::jsonb`);
  return q;
}

interface Page {
  limit: number;
  after?: Cursor;
}

function newestPage(db: Kysely<Database>, filter: AppealFilter, page: Page) {
  let q = filteredAppeals(db, filter);
  if (page.after) {
    const { at, id } = page.after;
    q = q.where((eb) => eb.or([eb('registered_at', '<', at), eb.and([eb('registered_at', '=', at), eb('id', '<', id)])]));
  }
  return q
    .orderBy('registered_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1);
}

/**
 * A page of a search, as SQL (the bench and the tests EXPLAIN it): the newest SEARCH_CANDIDATES matches, best match
 * first. The rank is computed over the candidates only, so that a broad query costs no more than a narrow one.
 */
export function searchPageQuery(db: Kysely<Database>, filter: AppealFilter, search: AppealSearch, page: Page) {
  const candidates = filteredAppeals(db, filter)
    .select('search')
    .where(matches(search))
    .orderBy('registered_at', 'desc')
    .orderBy('id', 'desc')
    .limit(SEARCH_CANDIDATES)
    .as('candidates');
  const rank = rankOf(search);
  let q = db.selectFrom(candidates).select(['id', 'registered_at', 'state', rank.as('rank')]);
  if (page.after) {
    const { at, id, rank: after } = page.after;
    if (after === undefined) throw new Error('a search pages on from a cursor with a rank');
    q = q.where(sql<boolean>`(${rank}, registered_at, id) < (${after}::real, ${at}::timestamptz, ${id})`);
  }
  return q
    .orderBy(rank, 'desc')
    .orderBy('registered_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1);
}

export async function listAppealStates(db: Kysely<Database>, filter: AppealFilter, page: Page): Promise<{ items: AppealState[]; next?: Cursor }> {
  const rows: { id: string; registered_at: Date; state: AppealState; rank?: number }[] = filter.search
    ? await searchPageQuery(db, filter, filter.search, page).execute()
    : await newestPage(db, filter, page).execute();
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  return {
    items: items.map((r) => r.state),
    ...(rows.length > page.limit && last ? { next: { at: last.registered_at, id: last.id, ...(last.rank === undefined ? {} : { rank: last.rank }) } } : {}),
  };
}

/** The open appeals a department may owe a step; partial indexes name the same list (migration 2026-12-02-16). */
const OWING = ['assigned', 'in_progress', 'awaiting_material', 'awaiting_explanation'] as const;

/** The inbox's query: each branch of `leadOrCo` has a partial index over `OWING`, whose bitmaps the planner ORs. */
export const openAppealsOfDepartmentQuery = (db: Kysely<Database>, code: string) =>
  db.selectFrom('appeals').select('state').where('status', 'in', OWING).where(leadOrCo(code));

/** Open appeals where the department owes something: it leads them, co-handles them, or was delegated a part. */
export async function openAppealsOfDepartment(db: Kysely<Database>, code: string): Promise<AppealState[]> {
  const rows = await openAppealsOfDepartmentQuery(db, code).execute();
  return rows.map((r) => r.state);
}
