import type { Kysely } from 'kysely';
import { z } from 'zod';
import { attemptCount, findNotification, listNotifications, reopenForRedelivery } from '../../db/notifications.js';
import type { Database } from '../../db/schema.js';
import { maskDigits } from '../../domain/phone-verification.js';
import { redeliver } from '../../gateway/deliveries.js';
import type { TemporalDeps } from '../../gateway/workflows.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { conflict, notFound } from '../problem.js';
import type { RouteTable } from '../route-table.js';
import type { Views } from '../views.js';
import { instant, page } from '../answer-shapes.js';

const notificationStatus = z.enum(['pending', 'delivered', 'failed']);

/** A notification on the ledger with its delivery attempts (CONTRACT.md §5). */
const notificationShape = z.object({
  id: z.string(),
  appealId: z.string().nullable(),
  meetingId: z.string().nullable(),
  accountabilityId: z.string().nullable(),
  assessmentPeriod: z.string().nullable(),
  surveyId: z.string().nullable(),
  kind: z.string(),
  link: z.string().nullable(),
  recipient: z.string(),
  status: notificationStatus,
  channel: z.string().nullable(),
  deadline: instant.nullable(),
  createdAt: instant,
  deliveredAt: instant.nullable(),
  failure: z.string().nullable(),
  message: z.string().nullable(),
  address: z.object({ phone: z.string(), wechatOpenId: z.string().optional() }).nullable(),
  attempts: z.array(
    z.object({
      attempt: z.int(),
      at: instant,
      target: z.string(),
      statusCode: z.int().nullable(),
      latencyMs: z.number(),
      error: z.string().nullable(),
      outcome: z.enum(['delivered', 'retry', 'failed']),
    }),
  ),
});

const listQuery = z.strictObject({
  appeal: z.string().max(100).optional(),
  meeting: z.string().max(100).optional(),
  department: z.string().max(64).optional(),
  status: notificationStatus.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});

export function notificationRoutes(routes: RouteTable, deps: { db: Kysely<Database>; temporal: TemporalDeps; views: Views }) {
  const { db, temporal, views } = deps;

  routes.add(
    {
      method: 'get',
      path: '/v1/notifications',
      tag: 'notifications',
      summary:
        'Notifications (of appeals, meetings, accountability records, assessment periods and surveys) with their delivery attempts, newest first (a department sees its own)',
      roles: ['office', 'department'],
      query: listQuery,
      responses: { 200: '{items, nextCursor}', 400: 'invalid filter' },
      answers: { 200: page(notificationShape) },
    },
    async ({ res, caller, query }) => {
      const filter = { ...query, ...(caller.role === 'department' ? { department: caller.department } : {}) };
      const page = await listNotifications(db, filter, { limit: query.limit, ...(query.cursor ? { after: decodeCursor(query.cursor) } : {}) });
      res.json({
        items: page.items.map((n) => ({
          id: n.id,
          appealId: n.appeal_id,
          meetingId: n.meeting_id,
          accountabilityId: n.accountability_id,
          assessmentPeriod: n.assessment_period,
          surveyId: n.survey_id,
          kind: n.kind,
          link: typeof n.payload.link === 'string' ? n.payload.link : null,
          recipient: n.recipient,
          // The ledger's column holds only these (db/notifications.ts writes them).
          status: n.status as z.output<typeof notificationStatus>,
          channel: n.channel,
          deadline: n.deadline ? views.at(n.deadline.getTime()) : null,
          createdAt: views.at(n.created_at.getTime()),
          deliveredAt: n.delivered_at ? views.at(n.delivered_at.getTime()) : null,
          failure: n.failure,
          // What an enterprise or a submitter was sent, and to where (issue 16); null for everyone else. A one-time
          // code is for its phone alone: its digits are masked.
          message: n.kind === 'verification' && n.message !== null ? maskDigits(n.message) : n.message,
          address: n.address,
          attempts: n.attempts.map((a) => ({
            attempt: a.attempt,
            at: views.at(a.at.getTime()),
            target: a.target,
            statusCode: a.status_code,
            latencyMs: a.latency_ms,
            error: a.error,
            outcome: a.outcome as 'delivered' | 'retry' | 'failed',
          })),
        })),
        nextCursor: page.next ? encodeCursor(page.next) : null,
      });
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/notifications/:id/redeliver',
      tag: 'notifications',
      summary:
        'Deliver a notification again: a failed one, or a pending one whose delivery is no longer running (it failed, was terminated or timed out, or never started)',
      roles: ['office'],
      responses: {
        202: 'a new delivery started, its attempts numbered on from those on the ledger',
        404: 'no such notification',
        409: 'delivered already, or pending with its delivery still running (that one retries by itself until delivered or failed)',
      },
      answers: { 202: z.object({ id: z.string(), status: z.literal('pending'), firstAttempt: z.int() }) },
    },
    async ({ res, params }) => {
      const found = await findNotification(db, params.id!);
      if (!found) throw notFound(`no notification ${params.id}`);
      // Pending before the start: done after, it could overwrite a new delivery that had already failed.
      if (!(await reopenForRedelivery(db, found.id))) {
        throw conflict('the notification is delivered; there is nothing to send again', { currentStatus: 'delivered', allowedSteps: [] });
      }
      const firstAttempt = (await attemptCount(db, found.id)) + 1;
      await redeliver(temporal, found.id, firstAttempt);
      res.status(202).json({ id: found.id, status: 'pending', firstAttempt });
    },
  );
}
