import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { attemptCount, findNotification, listNotifications, reopenForRedelivery } from '../../db/notifications.js';
import type { Database } from '../../db/schema.js';
import { maskDigits } from '../../domain/phone-verification.js';
import { DELIVERY_WORKFLOW, deliveryWorkflowId, type DeliveryInput } from '../../workflows/notification-messages.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { conflict, notFound } from '../problem.js';
import type { RouteTable } from '../route-table.js';
import type { Views } from '../views.js';

const listQuery = z.strictObject({
  appeal: z.string().max(100).optional(),
  meeting: z.string().max(100).optional(),
  department: z.string().max(64).optional(),
  status: z.enum(['pending', 'delivered', 'failed']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});

export function notificationRoutes(routes: RouteTable, deps: { db: Kysely<Database>; client: Client; taskQueue: string; views: Views }) {
  const { db, client, taskQueue, views } = deps;

  routes.add(
    {
      method: 'get',
      path: '/v1/notifications',
      tag: 'notifications',
      summary: 'Notifications (of appeals, meetings, accountability records, assessment periods and surveys) with their delivery attempts, newest first (a department sees its own)',
      roles: ['office', 'department'],
      query: listQuery,
      responses: { 200: '{items, nextCursor}', 400: 'invalid filter' },
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
          status: n.status,
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
            outcome: a.outcome,
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
      summary: 'Deliver a notification again: a failed one, or a pending one whose delivery is no longer running (it failed, was terminated or timed out, or never started)',
      roles: ['office'],
      responses: {
        202: 'a new delivery started, its attempts numbered on from those on the ledger',
        404: 'no such notification',
        409: 'delivered already, or pending with its delivery still running (that one retries by itself until delivered or failed)',
      },
    },
    async ({ res, params }) => {
      const found = await findNotification(db, params.id!);
      if (!found) throw notFound(`no notification ${params.id}`);
      // Pending before the start: done after, it could overwrite a new delivery that had already failed.
      if (!(await reopenForRedelivery(db, found.id))) {
        throw conflict('the notification is delivered; there is nothing to send again', { currentStatus: 'delivered', allowedSteps: [] });
      }
      const firstAttempt = (await attemptCount(db, found.id)) + 1;
      const input: DeliveryInput = { notificationId: found.id, firstAttempt };
      try {
        // Under the id of every delivery of this notification, which Temporal refuses while a run is open there.
        await client.workflow.start(DELIVERY_WORKFLOW, {
          workflowId: deliveryWorkflowId(found.id),
          taskQueue,
          args: [input],
          workflowIdReusePolicy: 'ALLOW_DUPLICATE',
        });
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        throw conflict('the notification is pending and its delivery is still running: it retries by itself until delivered or failed', {
          currentStatus: 'pending',
          allowedSteps: [],
        });
      }
      res.status(202).json({ id: found.id, status: 'pending', firstAttempt });
    },
  );
}
