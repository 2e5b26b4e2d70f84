import type { Client, Connection } from '@temporalio/client';
import express, { type Request } from 'express';
import type { Kysely } from 'kysely';
import { postgresAttachmentStore, type AttachmentStore } from '../db/attachment-store.js';
import type { Database } from '../db/schema.js';
import { createAppealGateway } from '../gateway/appeals.js';
import { createMeetingGateway } from '../gateway/meetings.js';
import type { OutboundRules } from '../domain/outbound-url.js';
import type { Logger } from '../config/logger.js';
import { accessLog } from './access-log.js';
import { createAdmission } from './admission.js';
import { createAuthenticator } from './auth.js';
import { createFollowReader } from './follow-view.js';
import { createIdempotentSteps } from './idempotent-steps.js';
import { createMetrics } from './metrics.js';
import { problemHandler, unknownRoute } from './problem.js';
import { createRateLimiter, type RateLimit } from './rate-limit.js';
import { RouteTable } from './route-table.js';
import { accountabilityRoutes } from './routes/accountability.js';
import { adminRoutes } from './routes/admin.js';
import { appealRoutes } from './routes/appeals.js';
import { attachmentRoutes } from './routes/attachments.js';
import { commonIssueRoutes } from './routes/common-issues.js';
import { enterpriseRoutes } from './routes/enterprises.js';
import { followPageRoutes } from './routes/follow.js';
import { healthRoutes } from './routes/health.js';
import { inboxRoutes } from './routes/inbox.js';
import { linkRoutes } from './routes/links.js';
import { meetingRoutes } from './routes/meetings.js';
import { messageTemplateRoutes } from './routes/message-templates.js';
import { notificationRoutes } from './routes/notifications.js';
import { peopleRoutes } from './routes/people.js';
import { publicRoutes } from './routes/public.js';
import { publicSubmissionRoutes } from './routes/public-submission.js';
import { statsRoutes } from './routes/stats.js';
import { assessmentRoutes } from './routes/assessment.js';
import { surveyRoutes } from './routes/surveys.js';
import { surveyPageRoutes } from './routes/survey-page.js';
import { createSurveyAnswers } from './survey-answers.js';
import { createViews } from './views.js';

export interface AppDeps {
  db: Kysely<Database>;
  client: Client;
  connection: Connection;
  taskQueue: string;
  timezone: string;
  adminToken: string | undefined;
  /** Which webhook URLs an admin may set. */
  outbound: OutboundRules;
  log: Logger;
  /** Submissions one API process lets wait on Temporal at once (API_MAX_SUBMISSIONS_IN_FLIGHT). */
  maxSubmissionsInFlight: number;
  /** Each token's writes (API_TOKEN_WRITE_BURST, API_TOKEN_WRITES_PER_SECOND); the admin's are not limited. */
  tokenWriteLimit: RateLimit;
  /** How long a submission or a step waits on Temporal before answering; tests shorten it. */
  appealAnswerWithinMs?: number;
  /** What follow links (/a/<token>) are signed with, current first (config/follow-link-secrets.ts); empty: links are off. */
  followLinkSecrets?: string[];
  /** The clock a follow link's 90 days after closure and one-time codes' 10 minutes are judged by; tests give the time-skipping server's. */
  clock?: () => number | Promise<number>;
  /** Where new attachments' bytes go (config/attachment-store.ts); Postgres unless given. */
  attachments?: AttachmentStore;
}

const BODY_LIMIT = '64kb';

export function createApp({
  db,
  client,
  connection,
  taskQueue,
  timezone,
  adminToken,
  outbound,
  log,
  maxSubmissionsInFlight,
  tokenWriteLimit,
  appealAnswerWithinMs,
  followLinkSecrets = [],
  clock = Date.now,
  attachments = postgresAttachmentStore(db),
}: AppDeps) {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(accessLog(log));
  const metrics = createMetrics(db);
  app.use(metrics.observe);

  // A bad or oversized body is kept for the route to report: 401, 403 and 404 outrank 413 and 400.
  const json = express.json({ limit: BODY_LIMIT });
  app.use((req, res, next) =>
    json(req, res, (err?: unknown) => {
      if (err) (req as Request & { bodyError?: unknown }).bodyError = err;
      next();
    }),
  );

  const router = express.Router();
  const authenticate = createAuthenticator(db, adminToken);
  const routes = new RouteTable(router, authenticate, createIdempotentSteps(db), createRateLimiter(tokenWriteLimit, 'token'));
  const views = createViews(timezone);
  const follow = createFollowReader(db, views, clock);
  healthRoutes(routes, { db, connection, metrics: metrics.registry, authenticate });
  adminRoutes(routes, { db, outbound, views });
  peopleRoutes(routes, { db, views });
  const { submit } = appealRoutes(routes, {
    db,
    gateway: createAppealGateway(client, taskQueue, appealAnswerWithinMs),
    meetings: createMeetingGateway(client, taskQueue),
    admission: createAdmission(maxSubmissionsInFlight),
    views,
    timezone,
  });
  attachmentRoutes(routes, { db, store: attachments, views });
  inboxRoutes(routes, { db, views });
  linkRoutes(routes, { db, views });
  enterpriseRoutes(routes, { db, views, timezone });
  notificationRoutes(routes, { db, temporal: { client, taskQueue }, views });
  messageTemplateRoutes(routes, { db, views });
  statsRoutes(routes, { db, views, timezone });
  assessmentRoutes(routes, { db, timezone, clock });
  const surveyAnswers = createSurveyAnswers({ db, secrets: followLinkSecrets, clock });
  surveyRoutes(routes, { db, temporal: { client, taskQueue }, views, clock, answers: surveyAnswers });
  surveyPageRoutes(app, { db, answers: surveyAnswers, views });
  commonIssueRoutes(routes, { db, views, timezone });
  publicRoutes(routes, { db, timezone, follow });
  publicSubmissionRoutes(routes, { db, temporal: { client, taskQueue }, submit, timezone, clock, views });
  followPageRoutes(app, { db, gateway: createAppealGateway(client, taskQueue, appealAnswerWithinMs), follow, secrets: followLinkSecrets });
  meetingRoutes(routes, { db, client, taskQueue, views, timezone });
  accountabilityRoutes(routes, { db, client, taskQueue, views, timezone });

  app.use(router);
  // CONTRACT.md §3: a method a path does not serve is an unknown route, 404 like any other.
  app.use(unknownRoute);
  app.use(problemHandler((err) => log.error({ err }, 'unexpected error')));
  return { app, routes };
}
