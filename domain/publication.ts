import { z } from 'zod';
import type { Actor, AppealState, Instant } from './appeal.js';
import type { Policy } from './policy.js';
import { text } from './steps.js';

// Publication on the public pages (结果公开) is the office's decision on a closed appeal: pending until it
// publishes or withholds it. Some closures wait withheld rather than pending (the policy's `publication`):
// referrals before the discipline commission's finding, and confidential categories (依法保密). The office may
// still publish those, and withhold a published one later.

export const PUBLICATION_STATUSES = ['pending', 'published', 'withheld'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

export const withholdSchema = z.strictObject({ reason: text() });

export type Decision = Exclude<PublicationStatus, 'pending'>;

/** A decision as the ledger keeps it: about the closure at `closedAt`. */
export interface PublicationDecision {
  decision: Decision;
  reason: string | null;
  actor: Actor;
  at: Instant;
  closedAt: Instant;
}

export interface Publication {
  status: PublicationStatus;
  reason?: string;
  decidedAt?: Instant;
  decidedBy?: Actor;
}

/** Why the policy withholds the appeal until the office decides otherwise, if it does. */
export function withheldByDefault(s: Pick<AppealState, 'closure' | 'category'>, policy: Policy['publication']): string | undefined {
  if (policy.withholdReferrals && s.closure === 'referred') return 'policy: referred to the discipline commission, no finding yet';
  if (policy.confidentialCategories.includes(s.category)) return `policy: category ${s.category} is confidential`;
  return undefined;
}

/** The appeal's standing: the office's decision on its current closure, else the policy's default. */
export function publicationOf(s: AppealState, latest: PublicationDecision | undefined, policy: Policy['publication']): Publication {
  if (latest && latest.closedAt === s.closedAt) {
    return { status: latest.decision, ...(latest.reason ? { reason: latest.reason } : {}), decidedAt: latest.at, decidedBy: latest.actor };
  }
  const reason = withheldByDefault(s, policy);
  return reason ? { status: 'withheld', reason } : { status: 'pending' };
}
