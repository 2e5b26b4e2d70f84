import { isOpen } from './appeal.js';
import type { Closure, FollowUpOutcome, RatingResult, Status } from './codes.js';
import { DEFAULT_POLICY } from './default-policy.js';
import type { Policy } from './policy.js';

// The figures a city publishes (CONTRACT.md §3 "Figures"; README "Figures" gives each definition with the seeds'
// example). Pure: the API, the monthly report activity and the unit tests all count with these functions, from
// records the ledger query builds (db/stats.ts).

/** What the figures need to know about one appeal: its snapshot now, and a few counts from its timeline. */
export interface AppealRecord {
  /** Whose appeal: `enterprises` counts each credit code once (issue 18). */
  creditCode: string;
  channel: string;
  /** Who raised it (issue 16): `enterprise` unless someone did on its behalf. */
  submitterKind: string;
  category: string;
  /** problem, consultation or suggestion (issue 17). */
  kind: string;
  /** Answered at the window (issue 17): resolved, and no department's to count for or against. */
  answeredOnTheSpot: boolean;
  /** The lead department of the latest round; null while that round has none (not yet assigned, or returned). */
  department: string | null;
  /** The county or park whose office registered it, if one did (Registration.unit). */
  unit?: string | null;
  /** A leader has instructed it (批示, issue 15). */
  instructed?: boolean;
  status: Status;
  closure: Closure | null;
  round: number;
  /** Every return-visit rating, all rounds. */
  ratings: RatingResult[];
  /** Every follow-up visit's outcome, all closure cycles. */
  followUps: FollowUpOutcome[];
  /** `resolved` events, and those among them recorded once `dueAt` had passed (`data.onTime` false). */
  resolutions: number;
  lateResolutions: number;
  /** `overdue` events (at most one a round). */
  overdues: number;
  /** `referred` events. */
  referrals: number;
}

export const GROUP_BYS = ['department', 'channel', 'category', 'submitterKind', 'kind'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export const COUNTS = [
  'received',
  'enterprises',
  'resolved',
  'closed',
  'satisfied',
  'closed_by_office',
  'referred',
  'unrated',
  'withdrawn',
  'open',
  'overdue',
  'onTime',
  'late',
  'secondAssignments',
  'referrals',
  'rebounds',
  'followUpsDone',
  'followUpsMissed',
  'solved',
  'rated',
  'ratings',
  'favourableRatings',
  'instructed',
  'answeredOnTheSpot',
  'merged',
  'noMaterial',
] as const;
export const RATES = ['solveRate', 'onTimeRate', 'satisfactionRate', 'returnVisitRate'] as const;

export type Count = (typeof COUNTS)[number];
export type Rate = (typeof RATES)[number];
export type Figures = Record<Count, number> & Record<Rate, number | null>;

/** Column labels for the CSV answers' `?lang=zh`. */
export const FIGURE_LABELS: Record<Count | Rate, string> = {
  received: '受理数',
  enterprises: '涉及企业数',
  resolved: '办理完毕数',
  closed: '办结销号数',
  satisfied: '满意办结数',
  closed_by_office: '主管部门办结数',
  referred: '转报纪委监委办结数',
  unrated: '逾期未评价办结数',
  withdrawn: '撤回数',
  open: '在办数',
  overdue: '超期数',
  onTime: '按期办理数',
  late: '超期办理数',
  secondAssignments: '二次交办数',
  referrals: '转报纪委监委数',
  rebounds: '反弹数',
  followUpsDone: '跟踪回访完成次数',
  followUpsMissed: '跟踪回访逾期次数',
  solved: '解决数',
  rated: '回访评价数',
  ratings: '评价次数',
  favourableRatings: '满意和基本满意评价次数',
  instructed: '领导批示数',
  answeredOnTheSpot: '当场答复数',
  merged: '并单数',
  noMaterial: '逾期未补正办结数',
  solveRate: '解决率(%)',
  onTimeRate: '按期办理率(%)',
  satisfactionRate: '满意率(%)',
  returnVisitRate: '回访率(%)',
};

/** The label of the department group whose latest round has no lead. */
export const UNASSIGNED_LABEL = '未交办';

/** How the figures count: the policy's `figures` section (unrated closures, rounding). */
export type FigurePolicy = Policy['figures'];

/**
 * Percent to the policy's step (one decimal, or whole as the bulletins print), half up; null when there is nothing
 * to divide by (a 0% would be a false verdict).
 */
export function percent(numerator: number, denominator: number, rounding: FigurePolicy['rounding'] = 0.1): number | null {
  if (denominator === 0) return null;
  // Steps per percent as an integer, so 84.4 is 844 / 10 and never 844 * 0.1 = 84.40000000000001.
  const steps = rounding === 1 ? 1 : 10;
  return Math.round((numerator * 100 * steps) / denominator) / steps;
}

/** The counts summed over appeals; `enterprises` counts distinct credit codes instead (「237家企业反映340个问题」). */
type Summed = Exclude<Count, 'enterprises'>;
const SUMMED = COUNTS.filter((c): c is Summed => c !== 'enterprises');

const NONE = Object.fromEntries(SUMMED.map((c) => [c, 0])) as Record<Summed, number>;

/**
 * One appeal's share of each count: 0 or 1 for appeals, more for ratings and visits. A duplicate merged into
 * another (并单) is counted as merged and nothing else: the appeal it joined is counted once.
 */
function countsOf(r: AppealRecord, { unratedCountsAsSolved }: FigurePolicy): Record<Summed, number> {
  const closed = r.status === 'closed';
  const closedAs = (kind: Closure) => Number(closed && r.closure === kind);
  if (closedAs('merged')) return { ...NONE, merged: 1 };
  const resolved = r.resolutions > 0 || r.answeredOnTheSpot;
  // An `overdue` event marks a round whose dueAt passed unresolved; a late resolution says the same of its round.
  const everOverdue = r.overdues > 0 || r.lateResolutions > 0;
  const rebounds = r.followUps.filter((o) => o === 'rebound').length;
  // Every round after the first began either at a rebound's reopening or after a first dissatisfaction's explanation.
  const secondAssignments = r.round - 1 - rebounds;
  return {
    received: 1,
    resolved: Number(resolved),
    closed: Number(closed),
    satisfied: closedAs('satisfied'),
    closed_by_office: closedAs('closed_by_office'),
    referred: closedAs('referred'),
    unrated: closedAs('unrated'),
    withdrawn: Number(r.status === 'withdrawn'),
    open: Number(isOpen(r.status)),
    overdue: Number(everOverdue),
    onTime: Number(resolved && !everOverdue),
    late: Number(resolved && everOverdue),
    secondAssignments: Number(secondAssignments > 0),
    referrals: Number(r.referrals > 0),
    rebounds: Number(rebounds > 0),
    followUpsDone: r.followUps.filter((o) => o === 'stable' || o === 'rebound').length,
    followUpsMissed: r.followUps.filter((o) => o === 'missed').length,
    solved: closedAs('satisfied') + (unratedCountsAsSolved ? closedAs('unrated') : 0),
    rated: Number(r.ratings.length > 0),
    ratings: r.ratings.length,
    favourableRatings: r.ratings.filter((x) => x !== 'dissatisfied').length,
    instructed: Number(r.instructed ?? false),
    answeredOnTheSpot: Number(r.answeredOnTheSpot),
    merged: 0,
    noMaterial: closedAs('no_material'),
  };
}

export function figuresOf(records: readonly AppealRecord[], policy: FigurePolicy = DEFAULT_POLICY.figures): Figures {
  const sum = { ...NONE };
  // The enterprises of the appeals received: a merged duplicate's enterprise is not counted for it.
  const enterprises = new Set<string>();
  for (const r of records) {
    const counts = countsOf(r, policy);
    for (const c of SUMMED) sum[c] += counts[c];
    if (counts.received > 0) enterprises.add(r.creditCode);
  }
  return {
    ...sum,
    enterprises: enterprises.size,
    solveRate: percent(sum.solved, sum.received, policy.rounding),
    onTimeRate: percent(sum.onTime, sum.resolved, policy.rounding),
    satisfactionRate: percent(sum.favourableRatings, sum.ratings, policy.rounding),
    returnVisitRate: percent(sum.rated, sum.resolved, policy.rounding),
  };
}

/** Code → label for each grouping key (department names, channel and category labels). */
export type Labels = Record<GroupBy, Record<string, string>>;

export type Group = { key: string | null; label: string } & Figures;

function keyOf(r: AppealRecord, by: GroupBy): string | null {
  return by === 'department' ? r.department : r[by];
}

function labelOf(key: string | null, by: GroupBy, labels: Labels): string {
  if (key === null) return UNASSIGNED_LABEL;
  return labels[by][key] ?? key;
}

/** The groups that received appeals, most appeals first, then by key (the unassigned group last among equals). */
export function groupFigures(records: readonly AppealRecord[], by: GroupBy, labels: Labels, policy: FigurePolicy = DEFAULT_POLICY.figures): Group[] {
  const buckets = new Map<string | null, AppealRecord[]>();
  for (const r of records) {
    const key = keyOf(r, by);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(r);
    else buckets.set(key, [r]);
  }
  return [...buckets.entries()]
    .map(([key, rs]) => ({ key, label: labelOf(key, by, labels), ...figuresOf(rs, policy) }))
    .sort((a, b) => b.received - a.received || compareKeys(a.key, b.key));
}

function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export type RankedDepartment = { rank: number } & Group & { key: string };

/** Higher first; no rate at all (nothing resolved or rated yet) below every number, 0 included. */
const higherRateFirst = (a: number | null, b: number | null) => (b ?? -1) - (a ?? -1);

/**
 * Departments that lead appeals of the period, best first: on-time rate, then satisfaction rate, then fewer
 * overdue appeals, then more appeals received, then the code, so no two departments ever share a rank.
 */
export function rankDepartments(records: readonly AppealRecord[], labels: Labels, policy: FigurePolicy = DEFAULT_POLICY.figures): RankedDepartment[] {
  return groupFigures(records, 'department', labels, policy)
    .filter((g): g is Group & { key: string } => g.key !== null)
    .sort(
      (a, b) =>
        higherRateFirst(a.onTimeRate, b.onTimeRate) ||
        higherRateFirst(a.satisfactionRate, b.satisfactionRate) ||
        a.overdue - b.overdue ||
        b.received - a.received ||
        compareKeys(a.key, b.key),
    )
    .map((g, i) => ({ rank: i + 1, ...g }));
}

/**
 * The praise list (好评): the best `top` departments that have resolved something. The criticism list (差评):
 * the worst `top` of the others that fell short somewhere (an appeal that went overdue, or a dissatisfied
 * rating), worst first. A department is never on both.
 */
export function praiseAndCriticism(ranked: readonly RankedDepartment[], top: number): { praise: string[]; criticism: string[] } {
  const praise = ranked.filter((d) => d.onTimeRate !== null).slice(0, top);
  const praised = new Set(praise.map((d) => d.key));
  const fellShort = (d: RankedDepartment) => d.overdue > 0 || d.favourableRatings < d.ratings;
  const criticism = ranked
    .filter((d) => !praised.has(d.key) && fellShort(d))
    .reverse()
    .slice(0, top);
  return { praise: praise.map((d) => d.key), criticism: criticism.map((d) => d.key) };
}

/** What the monthly report stores: every breakdown and the ranking, labels and counting policy as they were that day. */
export interface Assessment {
  /** How it was counted; absent from snapshots stored before issue 20, which counted unrated closures as solved. */
  counting?: FigurePolicy;
  total: Figures;
  byDepartment: Group[];
  byChannel: Group[];
  byCategory: Group[];
  ranking: RankedDepartment[];
}

export function assessmentOf(records: readonly AppealRecord[], labels: Labels, policy: FigurePolicy): Assessment {
  return {
    counting: policy,
    total: figuresOf(records, policy),
    byDepartment: groupFigures(records, 'department', labels, policy),
    byChannel: groupFigures(records, 'channel', labels, policy),
    byCategory: groupFigures(records, 'category', labels, policy),
    ranking: rankDepartments(records, labels, policy),
  };
}
