import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Actor, AppealState } from '../domain/appeal.js';
import type { Policy } from '../domain/policy.js';
import { publicationOf, type Decision, type Publication, type PublicationDecision, type PublicationStatus } from '../domain/publication.js';
import { loadPolicy } from './policy.js';
import type { Database } from './schema.js';

// The office's publication decisions on the ledger (migration 2026-12-01-02), and the filter that finds appeals
// by their standing without reading each one's decisions in turn.

export async function recordDecision(
  db: Kysely<Database>,
  d: { appealId: string; closedAt: number; decision: Decision; reason: string | null; actor: Actor },
): Promise<void> {
  await db
    .insertInto('publication_decisions')
    .values({ appeal_id: d.appealId, closed_at: new Date(d.closedAt), decision: d.decision, reason: d.reason, actor: JSON.stringify(d.actor) })
    .execute();
}

/** Each appeal's latest decision, whichever closure it was about (publicationOf compares). */
async function latestDecisions(db: Kysely<Database>, appealIds: string[]): Promise<Map<string, PublicationDecision>> {
  if (appealIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('publication_decisions')
    .distinctOn('appeal_id')
    .selectAll()
    .where('appeal_id', 'in', appealIds)
    .orderBy('appeal_id')
    .orderBy('id', 'desc')
    .execute();
  return new Map(
    rows.map((r) => [r.appeal_id, { decision: r.decision as Decision, reason: r.reason, actor: r.actor, at: r.at.getTime(), closedAt: r.closed_at.getTime() }]),
  );
}

/** The appeals' standing on the public pages, by id. */
export async function loadPublications(db: Kysely<Database>, states: AppealState[]): Promise<Map<string, Publication>> {
  const [policy, decisions] = await Promise.all([
    loadPolicy(db),
    latestDecisions(
      db,
      states.map((s) => s.id),
    ),
  ]);
  return new Map(states.map((s) => [s.id, publicationOf(s, decisions.get(s.id), policy.publication)]));
}

/**
 * Closed appeals of this standing: the latest decision on the current closure, else the policy's default.
 * The default is `withheldByDefault` (domain/publication.ts) said in SQL; test/integration/publication.test.ts
 * holds the two to the same answers.
 */
export function publicationIs(status: PublicationStatus, policy: Policy['publication']) {
  return (eb: ExpressionBuilder<Database, 'appeals'>) => {
    const latest = sql<
      string | null
    >`(select d.decision from publication_decisions d where d.appeal_id = appeals.id and d.closed_at = appeals.closed_at order by d.id desc limit 1)`;
    const defaults = [
      ...(policy.withholdReferrals ? [eb('closure', '=', 'referred')] : []),
      ...(policy.confidentialCategories.length > 0 ? [eb('category', 'in', policy.confidentialCategories)] : []),
    ];
    const withheldByDefault = defaults.length > 0 ? eb.or(defaults) : eb.lit(false);
    const standing =
      status === 'published'
        ? eb(latest, '=', 'published')
        : status === 'withheld'
          ? eb.or([eb(latest, '=', 'withheld'), eb.and([eb(latest, 'is', null), withheldByDefault])])
          : eb.and([eb(latest, 'is', null), eb.not(withheldByDefault)]);
    return eb.and([eb('status', '=', 'closed'), standing]);
  };
}
