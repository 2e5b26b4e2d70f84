import { sql, type Kysely } from 'kysely';
import type { IsoDate } from '../domain/dates.js';
import { registrationBounds } from '../domain/periods.js';
import { APPEAL_KINDS, CHANNELS, SUBMITTER_KINDS, type Closure, type FollowUpOutcome, type RatingResult, type Status } from '../domain/codes.js';
import type { AppealRecord, FigurePolicy, Labels } from '../domain/figures.js';
import { unitAtLevel, type UnitLevel } from '../domain/units.js';
import { loadUnitTree } from './departments.js';
import { loadPolicy } from './policy.js';
import { withinSubtree, type UnitSubtree } from './appeals.js';
import type { Database } from './schema.js';

// The ledger's side of the figures: one record per appeal registered in a period, built in one query from its
// snapshot and its timeline, and the labels of the grouping keys. Counting is domain/figures.ts's job.

/** Inclusive registration dates in APPEALS_TIMEZONE; null leaves that end open. */
export interface DateRange {
  from: IsoDate | null;
  to: IsoDate | null;
}

// The kinds the partial index appeal_events_figures covers (migration 2026-11-23-03).
const FIGURE_EVENT_KINDS = ['resolved', 'overdue', 'referred'];

/** Which appeals of the period: within a subtree (a county's figures), of one enterprise (its profile, issue 18). */
export interface RecordFilter {
  within?: UnitSubtree;
  creditCode?: string;
}

export async function loadAppealRecords(
  db: Kysely<Database>,
  range: DateRange,
  timezone: string,
  { within, creditCode }: RecordFilter = {},
): Promise<AppealRecord[]> {
  let q = db
    .selectFrom('appeals as a')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('appeal_events as ev')
          .select([
            sql<number>`count(*) filter (where ev.kind = 'resolved')::int`.as('resolutions'),
            sql<number>`count(*) filter (where ev.kind = 'resolved' and ev.data->>'onTime' = 'false')::int`.as('late_resolutions'),
            sql<number>`count(*) filter (where ev.kind = 'overdue')::int`.as('overdues'),
            sql<number>`count(*) filter (where ev.kind = 'referred')::int`.as('referrals'),
          ])
          .whereRef('ev.appeal_id', '=', 'a.id')
          .where('ev.kind', 'in', FIGURE_EVENT_KINDS)
          .as('e'),
      (join) => join.onTrue(),
    )
    .select([
      'a.credit_code',
      'a.channel',
      sql<string>`coalesce(a.state->'submitter'->>'kind', 'enterprise')`.as('submitter_kind'),
      'a.category',
      sql<string>`coalesce(a.state->>'kind', 'problem')`.as('kind'),
      sql<boolean>`coalesce((a.state->>'answeredOnTheSpot')::boolean, false)`.as('answered_on_the_spot'),
      'a.lead_department',
      sql<string | null>`a.state->>'unit'`.as('unit'),
      sql<boolean>`jsonb_array_length(coalesce(a.state->'instructions', '[]'::jsonb)) > 0`.as('instructed'),
      'a.status',
      'a.closure',
      'a.round',
      sql<RatingResult[]>`jsonb_path_query_array(a.state, '$.ratings[*].result')`.as('ratings'),
      sql<FollowUpOutcome[]>`jsonb_path_query_array(a.state, '$.followUps[*].outcome')`.as('follow_ups'),
      'e.resolutions',
      'e.late_resolutions',
      'e.overdues',
      'e.referrals',
    ]);
  const { registeredFrom, registeredUntil } = registrationBounds(range, timezone);
  if (registeredFrom) q = q.where('a.registered_at', '>=', registeredFrom);
  if (registeredUntil) q = q.where('a.registered_at', '<=', registeredUntil);
  if (within) q = q.where(withinSubtree(within));
  if (creditCode) q = q.where('a.credit_code', '=', creditCode);
  const rows = await q.execute();
  return rows.map((r) => ({
    creditCode: r.credit_code,
    channel: r.channel,
    submitterKind: r.submitter_kind,
    category: r.category,
    kind: r.kind,
    answeredOnTheSpot: r.answered_on_the_spot,
    department: r.lead_department,
    unit: r.unit,
    instructed: r.instructed,
    status: r.status as Status,
    closure: r.closure as Closure | null,
    round: r.round,
    ratings: r.ratings,
    followUps: r.follow_ups,
    resolutions: r.resolutions ?? 0,
    lateResolutions: r.late_resolutions ?? 0,
    overdues: r.overdues ?? 0,
    referrals: r.referrals ?? 0,
  }));
}

/**
 * The records with each lead department replaced by the unit of `level` it is or sits beneath (an appeal not yet
 * assigned counts where it was registered), so that counting by department counts by county, park or town.
 */
export async function rolledUp(db: Kysely<Database>, records: AppealRecord[], level: UnitLevel): Promise<AppealRecord[]> {
  const tree = await loadUnitTree(db);
  return records.map((r) => ({ ...r, department: unitAtLevel(tree, r.department ?? r.unit ?? null, level) }));
}

/** How the figures count now: the policy's `figures` section (unrated closures, rounding). */
export async function loadCounting(db: Kysely<Database>): Promise<FigurePolicy> {
  return (await loadPolicy(db)).figures;
}

/** Department names (inactive ones too: old appeals still name them), channel and category labels. */
export async function loadLabels(db: Kysely<Database>): Promise<Labels> {
  const [departments, categories] = await Promise.all([
    db.selectFrom('departments').select(['code', 'name']).execute(),
    db.selectFrom('categories').select(['code', 'label']).execute(),
  ]);
  return {
    department: Object.fromEntries(departments.map((d) => [d.code, d.name])),
    channel: { ...CHANNELS },
    submitterKind: { ...SUBMITTER_KINDS },
    kind: { ...APPEAL_KINDS },
    category: Object.fromEntries(categories.map((c) => [c.code, c.label])),
  };
}

/** The summary of each appeal's latest resolution: the result a public page shows. */
export async function latestResolutionSummaries(db: Kysely<Database>, appealIds: string[]): Promise<Map<string, string>> {
  if (appealIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('appeal_events')
    .distinctOn('appeal_id')
    .select(['appeal_id', sql<string | null>`data->>'summary'`.as('summary')])
    .where('kind', '=', 'resolved')
    .where('appeal_id', 'in', appealIds)
    .orderBy('appeal_id')
    .orderBy('seq', 'desc')
    .execute();
  return new Map(rows.flatMap((r) => (r.summary === null ? [] : [[r.appeal_id, r.summary] as const])));
}
