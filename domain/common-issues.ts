import { z } from 'zod';
import { codesOf } from './codes.js';
import { bigrams, dice } from './similarity.js';
import { submitAppealSchema, text } from './steps.js';

// Common issues (issue 18): the problems many enterprises raise, found by grouping a period's appeals by category
// and similar text. Chinese has no spaces, so the text is compared by character bigrams (domain/similarity.ts). A
// cluster is its members' centroid, the mean count of each bigram: a new text is compared with what the members
// share, not with whichever member came first, and one long description does not outweigh the rest. Pure: the route
// reads the appeals and the named issues, this groups them.

/** What the office does about a named issue. */
export const COMMON_ISSUE_STATUSES = { watching: '关注', policy_review: '政策研究' } as const;
export type CommonIssueStatus = keyof typeof COMMON_ISSUE_STATUSES;

/** An appeal joins a cluster whose centroid its text resembles this much (Dice of bigrams), else starts its own. */
export const CLUSTER_THRESHOLD = 0.3;
/** The most frequent bigrams of a cluster, as a label suggestion. */
export const KEY_TERMS = 5;
/** Receipts shown for a cluster: the members nearest its centroid. */
export const EXAMPLES = 3;

export type Centroid = ReturnType<typeof bigrams>;

/** What of an appeal the clustering reads. */
export interface IssueAppeal {
  id: string;
  category: string;
  title: string;
  description: string;
  creditCode: string;
  registeredAt: number;
  /** The lead department and the registering unit, where there are. */
  units: string[];
  /** The named issue the appeal is linked to, if any. */
  issueId: string | null;
}

/** A cluster the office named: its members form its cluster first, and others join it by its stored centroid. */
export interface NamedCentroid {
  id: string;
  category: string;
  centroid: Centroid;
}

export interface Cluster<T extends IssueAppeal> {
  category: string;
  issueId: string | null;
  members: T[];
  terms: string[];
  /** At most EXAMPLES members, the nearest to the centroid first. */
  examples: T[];
  enterprises: number;
  units: string[];
  /** Null when the period has an open end, so that no previous period of the same length exists. */
  trend: Trend | null;
}

export interface Trend {
  previous: number;
  change: number;
  new?: true;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const textOf = (a: Pick<IssueAppeal, 'title' | 'description'>) => bigrams(`${a.title}\n${a.description}`);

/** The mean count of each bigram over the texts. */
export function centroidOf(texts: Centroid[]): Centroid {
  const sum: Centroid = new Map();
  for (const t of texts) for (const [g, n] of t) sum.set(g, (sum.get(g) ?? 0) + n);
  for (const [g, n] of sum) sum.set(g, n / texts.length);
  return sum;
}

/** The candidate whose centroid the text resembles most, at least CLUSTER_THRESHOLD; the earlier of equals. */
export function nearest<C extends { centroid: Centroid }>(text: Centroid, candidates: C[]): C | undefined {
  let best: C | undefined;
  let bestScore = CLUSTER_THRESHOLD;
  for (const c of candidates) {
    const score = dice(text, c.centroid);
    if (score > bestScore || (best === undefined && score === bestScore)) [best, bestScore] = [c, score];
  }
  return best;
}

/** Which named issue a newly registered appeal belongs to, if any (only those of its category are candidates). */
export function matchNamed(appeal: Pick<IssueAppeal, 'category' | 'title' | 'description'>, named: NamedCentroid[]): NamedCentroid | undefined {
  return nearest(
    textOf(appeal),
    named.filter((n) => n.category === appeal.category),
  );
}

/** The bigrams found in the most members (then the most often, then in code-point order), at most KEY_TERMS. */
export function keyTerms(texts: Centroid[]): string[] {
  const members = new Map<string, number>();
  const total = new Map<string, number>();
  for (const t of texts) {
    for (const [g, n] of t) {
      members.set(g, (members.get(g) ?? 0) + 1);
      total.set(g, (total.get(g) ?? 0) + n);
    }
  }
  return [...members.keys()].sort((a, b) => members.get(b)! - members.get(a)! || total.get(b)! - total.get(a)! || byCodePoint(a, b)).slice(0, KEY_TERMS);
}

/** What a named issue keeps of the members it was named with: their centroid to match by, their key terms. */
export function namedFrom(members: Pick<IssueAppeal, 'title' | 'description'>[]): { centroid: Centroid; terms: string[] } {
  const texts = members.map(textOf);
  return { centroid: centroidOf(texts), terms: keyTerms(texts) };
}

interface Forming<T> {
  category: string;
  issueId: string | null;
  members: { appeal: T; text: Centroid }[];
  centroid: Centroid;
}

const byRegistration = (a: IssueAppeal, b: IssueAppeal) => a.registeredAt - b.registeredAt || byCodePoint(a.id, b.id);

/**
 * Groups the period's appeals into clusters, biggest first. Within each category, in registration order, an appeal
 * joins the cluster whose centroid its text resembles most, at least CLUSTER_THRESHOLD, and otherwise starts one; an
 * unnamed cluster's centroid moves as members join. A named issue's linked appeals form its cluster before any
 * other is placed, and its centroid stays the one stored when the office named it, so that this grouping and the
 * match at registration agree. `previous`, the period of the same length before, gives each cluster its trend: its
 * appeals are placed by the same rule, without moving any centroid, and never start a cluster. Deterministic.
 */
export function clusterAppeals<T extends IssueAppeal>(appeals: T[], named: NamedCentroid[], previous: IssueAppeal[] | null): Cluster<T>[] {
  const forming: Forming<T>[] = named.map((n) => ({ category: n.category, issueId: n.id, members: [], centroid: n.centroid }));
  const namedCluster = new Map(forming.map((f) => [f.issueId, f]));
  const ordered = [...appeals].sort(byRegistration);
  const unlinked: T[] = [];
  for (const appeal of ordered) {
    const cluster = appeal.issueId === null ? undefined : namedCluster.get(appeal.issueId);
    if (cluster) cluster.members.push({ appeal, text: textOf(appeal) });
    else unlinked.push(appeal);
  }
  for (const appeal of unlinked) {
    const text = textOf(appeal);
    const cluster = nearest(
      text,
      forming.filter((f) => f.category === appeal.category),
    );
    if (cluster) {
      cluster.members.push({ appeal, text });
      if (cluster.issueId === null) cluster.centroid = centroidOf(cluster.members.map((m) => m.text));
    } else {
      forming.push({ category: appeal.category, issueId: null, members: [{ appeal, text }], centroid: text });
    }
  }
  // A named issue with no appeal in the period took part in the matching, but is no cluster of it.
  const present = forming.filter((f) => f.members.length > 0);
  const before = previous === null ? null : countPrevious(present, previous);
  return present
    .map((f, i) => summary(f, before === null ? null : trendOf(f.members.length, before[i]!)))
    .sort((a, b) => b.members.length - a.members.length || byRegistration(a.members[0]!, b.members[0]!));
}

/** How many of the previous period's appeals each cluster would have taken: a linked one to its issue's cluster. */
function countPrevious(clusters: Forming<IssueAppeal>[], previous: IssueAppeal[]): number[] {
  const counts = new Map(clusters.map((c) => [c, 0]));
  for (const appeal of previous) {
    const cluster =
      clusters.find((c) => appeal.issueId !== null && c.issueId === appeal.issueId) ??
      nearest(
        textOf(appeal),
        clusters.filter((c) => c.category === appeal.category),
      );
    if (cluster) counts.set(cluster, counts.get(cluster)! + 1);
  }
  return clusters.map((c) => counts.get(c)!);
}

function trendOf(count: number, previous: number): Trend {
  return { previous, change: count - previous, ...(previous === 0 ? { new: true as const } : {}) };
}

function summary<T extends IssueAppeal>(f: Forming<T>, trend: Trend | null): Cluster<T> {
  const appeals = f.members.map((m) => m.appeal);
  const nearestFirst = f.members
    .map((m, order) => ({ appeal: m.appeal, order, score: dice(m.text, f.centroid) }))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  return {
    category: f.category,
    issueId: f.issueId,
    members: appeals,
    terms: keyTerms(f.members.map((m) => m.text)),
    examples: nearestFirst.slice(0, EXAMPLES).map((m) => m.appeal),
    enterprises: new Set(appeals.map((a) => a.creditCode)).size,
    units: [...new Set(appeals.flatMap((a) => a.units))].sort(),
    trend,
  };
}

/** `POST /v1/common-issues`: the office names a cluster, as the members it saw. */
export const nameIssueSchema = z.strictObject({
  name: text(100),
  category: submitAppealSchema.shape.category,
  appeals: z.array(z.string().min(1).max(100)).min(1).max(500).describe('the cluster’s members, as the office saw them (their ids)'),
  status: z.enum(codesOf(COMMON_ISSUE_STATUSES)).default('watching'),
  note: text(2000).optional(),
});

/** `PATCH /v1/common-issues/:id`: a new name, status or note; `note: null` removes it. */
export const updateIssueSchema = z
  .strictObject({
    name: text(100).optional(),
    status: z.enum(codesOf(COMMON_ISSUE_STATUSES)).optional(),
    note: text(2000).nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'must change name, status or note' });
