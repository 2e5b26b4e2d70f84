import type { Kysely } from 'kysely';
import type { AppealState, Instant, TimelineEvent } from '../domain/appeal.js';
import { z } from 'zod';
import { CLOSURES, RATING_METHODS, RATING_RESULTS, STATUSES, TIMELINE_KINDS, codesOf } from '../domain/codes.js';
import { scrubIdentifiers } from '../domain/disclosure.js';
import { FOLLOW_LINK_DAYS_AFTER_CLOSURE, followLinkOpen } from '../domain/follow-link.js';
import { isAllowed } from '../domain/rules.js';
import { appealTimeline } from '../db/appeals.js';
import { findDepartment } from '../db/departments.js';
import type { Database } from '../db/schema.js';
import type { Views } from './views.js';
import { closure, instant, status, timelineEventShape } from './answer-shapes.js';

// What whoever holds an appeal's follow link (GET /a/<token>) or its receipt number and the contact's last four
// phone digits (GET /v1/public/receipts/<n>) reads of it: one view for the page and the JSON alike. It is cut from
// the enterprise's own view (api/audience.ts: no internal work, no supervision), and keeps only the appeal's
// standing, not who is behind it: no enterprise, no contact, no description. Neither credential proves who holds it
// (a link is forwarded, four digits are guessed), so free text is scrubbed of anything shaped like a phone, an ID
// or a card number, as the public pages do.

/** Free texts of the events an enterprise reads (audience.ts), shown with them. */
export const EVENT_TEXTS = ['message', 'summary', 'reason', 'comment'] as const;

/** The follow view as JSON (`GET /v1/public/receipts/:receiptNumber`); the page renders the same. */
export const followViewShape = z
  .object({
    receiptNumber: z.string(),
    title: z.string(),
    status,
    statusLabel: z.string(),
    leadDepartment: z.string().nullable(),
    leadDepartmentName: z.string().nullable(),
    deadlines: z.object({ dueAt: instant.nullable(), ratingBy: instant.nullable() }),
    ratingDue: z.boolean(),
    ratings: z.array(
      z.object({
        round: z.int(),
        result: z.enum(codesOf(RATING_RESULTS)),
        resultLabel: z.string(),
        method: z.enum(codesOf(RATING_METHODS)),
        methodLabel: z.string(),
        comment: z.string().optional(),
        at: instant,
      }),
    ),
    closure: closure.nullable(),
    closureLabel: z.string().nullable(),
    closedAt: instant.nullable(),
    openUntil: instant.nullable(),
    timeline: z.array(timelineEventShape.omit({ actor: true }).extend({ label: z.string() })),
  })
  .meta({ id: 'FollowView' });
export type FollowView = z.output<typeof followViewShape>;

function shape(views: Views, s: AppealState, timeline: TimelineEvent[], leadName: string | null, ended: Instant | null, now: Instant): FollowView {
  const appeal = views.appeal(s, { role: 'enterprise', creditCode: s.enterprise.creditCode }, { timeline });
  // The appeal's own enterprise rates each round once (merged duplicates' enterprises may still be due to rate it).
  const ratingDue = isAllowed('rating', s, now) && !s.ratings.some((r) => r.round === s.round);
  const handling = s.status === 'assigned' || s.status === 'in_progress';
  return {
    receiptNumber: appeal.receiptNumber,
    title: scrubIdentifiers(appeal.title),
    status: appeal.status,
    statusLabel: STATUSES[appeal.status],
    leadDepartment: appeal.leadDepartment,
    leadDepartmentName: leadName,
    /** The deadlines the enterprise waits on or owes: the handling's while it is handled, its rating's while due. */
    deadlines: { dueAt: handling ? appeal.deadlines.dueAt : null, ratingBy: ratingDue ? appeal.deadlines.ratingBy : null },
    ratingDue,
    ratings: appeal.ratings.map((r) => ({
      round: r.round,
      result: r.result,
      resultLabel: RATING_RESULTS[r.result],
      method: r.method,
      methodLabel: RATING_METHODS[r.method],
      ...(r.comment ? { comment: scrubIdentifiers(r.comment) } : {}),
      at: r.at,
    })),
    closure: appeal.closure,
    closureLabel: appeal.closure ? CLOSURES[appeal.closure] : null,
    closedAt: appeal.closedAt,
    /** When this view stops answering (the link and the receipt look-up alike): null while the appeal is open. */
    openUntil: ended === null ? null : views.at(ended + FOLLOW_LINK_DAYS_AFTER_CLOSURE * 86_400_000),
    // The messages sent to the enterprise are how it learnt of these steps, not steps of their own.
    timeline: (appeal.timeline ?? [])
      .filter((e) => e.kind !== 'notified')
      .map(({ actor: _actor, data, ...e }) => ({
        ...e,
        label: TIMELINE_KINDS[e.kind],
        ...(data
          ? {
              data: Object.fromEntries(
                Object.entries(data).map(([k, v]) => [k, typeof v === 'string' && (EVENT_TEXTS as readonly string[]).includes(k) ? scrubIdentifiers(v) : v]),
              ),
            }
          : {}),
      })),
  };
}

/** When the appeal ended for the link's purposes: its closure, or a withdrawal's own moment (which sets no closedAt). */
function endedAt(s: AppealState, timeline: TimelineEvent[]): Instant | null {
  if (s.closedAt !== null) return s.closedAt;
  return s.status === 'withdrawn' ? (timeline.filter((e) => e.kind === 'withdrawn').at(-1)?.at ?? null) : null;
}

/** `clock` is the one deadlines are judged by: the workflows' (tests give the time-skipping server's). */
export function createFollowReader(db: Kysely<Database>, views: Views, clock: () => Instant | Promise<Instant>) {
  return {
    /** The appeal's follow view, or undefined once its link no longer opens. */
    async view(s: AppealState): Promise<FollowView | undefined> {
      const [timeline, lead, now] = await Promise.all([appealTimeline(db, s.id), s.leadDepartment ? findDepartment(db, s.leadDepartment) : undefined, clock()]);
      const ended = endedAt(s, timeline);
      if (!followLinkOpen(ended, now)) return undefined;
      return shape(views, s, timeline, lead?.name ?? s.leadDepartment, ended, now);
    },
  };
}

export type FollowReader = ReturnType<typeof createFollowReader>;
