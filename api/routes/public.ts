import type { Request } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { AppealState } from '../../domain/appeal.js';
import { CHANNELS, CLOSURES, codesOf } from '../../domain/codes.js';
import { disclosureOf, scrubIdentifiers } from '../../domain/disclosure.js';
import { MEETING_KINDS } from '../../domain/meeting.js';
import type { Labels } from '../../domain/figures.js';
import { formatInstant, localDate } from '../../domain/dates.js';
import { registrationBounds } from '../../domain/periods.js';
import { listAppealStates } from '../../db/appeals.js';
import { loadPolicy } from '../../db/policy.js';
import { listMeetings, specialReports } from '../../db/meetings.js';
import { latestResolutionSummaries, loadLabels } from '../../db/stats.js';
import type { Database } from '../../db/schema.js';
import { sameSecret } from '../auth.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type { FollowReader } from '../follow-view.js';
import { notFound } from '../problem.js';
import { PUBLIC_RATE_LIMIT, clientAddress, createRateLimiter, type RateLimit } from '../rate-limit.js';
import type { RouteTable } from '../route-table.js';
import { periodQuery } from '../period-query.js';
import { createTtlCache } from '../ttl-cache.js';
import { periodFigures, periodFiguresShape, statsHandler, statsQuery } from './stats.js';
import { channel, closure, date, instant, list, page } from '../answer-shapes.js';
import { meetingFiguresShape, meetingShape } from '../meeting-shapes.js';
import { followViewShape } from '../follow-view.js';

/** A published appeal as the public reads it: scrubbed, its enterprise masked unless disclosed. */
const publicAppealShape = z.object({
  receiptNumber: z.string(),
  enterprise: z.string(),
  channel,
  channelLabel: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  department: z.string().nullable(),
  departmentName: z.string().nullable(),
  title: z.string(),
  registeredOn: date,
  closedOn: date.nullable(),
  closure: closure.nullable(),
  closureLabel: z.string().nullable(),
  result: z.string().nullable(),
});
const meetingFacts = {
  id: z.string(),
  kind: meetingShape.shape.kind,
  kindLabel: z.string(),
  title: z.string(),
  theme: z.string(),
  sector: z.string().nullable(),
};
const publicMeetingShape = z.object({
  ...meetingFacts,
  startsOn: date.nullable(),
  heldOn: date.nullable(),
  reportedOn: date.nullable(),
  report: meetingFiguresShape,
});
const upcomingMeetingShape = z.object({
  ...meetingFacts,
  chair: z.string(),
  location: z.string(),
  startsAt: instant,
  registrationClosesAt: instant,
  register: z.object({ code: z.string(), registration: z.string() }),
});

// Public disclosure (结果公开): closed appeals the office decided to publish and the period's figures, for anyone,
// without a token. Nothing here identifies a person: no contact, no credit code, and the enterprise's name only
// where it agreed to disclosure.

interface Deps {
  db: Kysely<Database>;
  timezone: string;
  /** The follow page's view of an appeal, which the receipt look-up answers as JSON. */
  follow: FollowReader;
  rateLimit?: RateLimit;
}

/** The figures are at most a minute old (README, public pages); periods beyond the bound are read again. */
const PUBLIC_STATS_CACHE = { ttlMs: 60_000, maxEntries: 1_000 };

const publicMeetingsQuery = periodQuery({
  kind: z.enum(codesOf(MEETING_KINDS)).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

const receiptQuery = z.strictObject({
  phone: z.string().optional().describe('the last four digits of the contact’s phone number'),
});

/** Four digits are 10,000 guesses: besides its address's bucket, each receipt number has one of its own. */
const RECEIPT_RATE_LIMIT: RateLimit = { burst: 10, perSecond: 0.02 };

/** The digits an enterprise proves it is the one asking with: the last four of its contact's phone. */
const phoneDigits = (phone: string) => phone.replace(/\D/g, '').slice(-4);

const publicAppealsQuery = periodQuery({
  channel: z.enum(codesOf(CHANNELS)).optional(),
  category: z.string().max(64).optional(),
  department: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});

export function publicRoutes(routes: RouteTable, { db, timezone, follow, rateLimit = PUBLIC_RATE_LIMIT }: Deps) {
  const limiter = createRateLimiter(rateLimit, 'address');
  const limit = (req: Request) => limiter.take(clientAddress(req));
  const responses = {
    400: 'invalid query',
    429: 'too many requests from this address (Retry-After says when to retry)',
    503: 'Postgres unreachable; try again shortly',
  };
  const headers = { 429: { 'Retry-After': true } };

  function publicAppeal(s: AppealState, summary: string | undefined, labels: Labels) {
    const { enterpriseName, scrub } = disclosureOf(s.enterprise, s.disclose);
    return {
      receiptNumber: s.receiptNumber,
      enterprise: enterpriseName,
      channel: s.channel,
      channelLabel: labels.channel[s.channel] ?? s.channel,
      category: s.category,
      categoryLabel: labels.category[s.category] ?? s.category,
      department: s.leadDepartment,
      departmentName: s.leadDepartment ? (labels.department[s.leadDepartment] ?? s.leadDepartment) : null,
      title: scrub(s.title),
      registeredOn: localDate(s.registeredAt, timezone),
      closedOn: s.closedAt === null ? null : localDate(s.closedAt, timezone),
      closure: s.closure,
      closureLabel: s.closure ? CLOSURES[s.closure] : null,
      result: summary === undefined ? null : scrub(summary),
    };
  }

  routes.add(
    {
      method: 'get',
      path: '/v1/public/appeals',
      tag: 'public',
      summary:
        'Closed appeals the office published, and their results, newest registration first; identifiers scrubbed, enterprise names masked unless disclosed',
      roles: 'public',
      query: publicAppealsQuery,
      responses: { 200: '{items, nextCursor}', ...responses },
      answers: { 200: page(publicAppealShape) },
      headers,
    },
    async ({ req, res, query }) => {
      limit(req);
      const page = await listAppealStates(
        db,
        {
          publication: { status: 'published', policy: (await loadPolicy(db)).publication },
          ...(query.channel ? { channel: query.channel } : {}),
          ...(query.category ? { category: query.category } : {}),
          ...(query.department ? { department: query.department } : {}),
          ...registrationBounds(query, timezone),
        },
        { limit: query.limit, ...(query.cursor ? { after: decodeCursor(query.cursor) } : {}) },
      );
      const [summaries, labels] = await Promise.all([
        latestResolutionSummaries(
          db,
          page.items.map((s) => s.id),
        ),
        loadLabels(db),
      ]);
      res.json({
        items: page.items.map((s) => publicAppeal(s, summaries.get(s.id), labels)),
        nextCursor: page.next ? encodeCursor(page.next) : null,
      });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/public/meetings',
      tag: 'public',
      summary: 'Reported meetings and their special reports (结果公开), newest first; `from`/`to` bound the meeting day',
      roles: 'public',
      query: publicMeetingsQuery,
      responses: { 200: '{items: [{id, kind, title, theme, sector, startsOn, heldOn, reportedOn, report}]}', ...responses },
      answers: { 200: list(publicMeetingShape) },
      headers,
    },
    async ({ req, res, query }) => {
      limit(req);
      const { registeredFrom, registeredUntil } = registrationBounds(query, timezone);
      const meetings = (
        await listMeetings(db, {
          status: 'reported',
          ...(query.kind ? { kind: query.kind } : {}),
          ...(registeredFrom ? { startsFrom: registeredFrom } : {}),
          ...(registeredUntil ? { startsBefore: new Date(registeredUntil.getTime() + 1) } : {}),
        })
      ).slice(0, query.limit);
      const reports = await specialReports(db, meetings);
      const dateOf = (ms: number | null) => (ms === null ? null : localDate(ms, timezone));
      // Figures and departments only: the report names no enterprise, and neither does this list; the office's
      // own title and theme are scrubbed all the same, in case one quotes a number.
      res.json({
        items: meetings.map((m, i) => ({
          id: m.id,
          kind: m.kind,
          kindLabel: MEETING_KINDS[m.kind],
          title: scrubIdentifiers(m.title),
          theme: scrubIdentifiers(m.theme),
          sector: m.sector,
          startsOn: dateOf(m.startsAt),
          heldOn: dateOf(m.heldAt),
          reportedOn: dateOf(m.reportedAt),
          report: reports[i]!,
        })),
      });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/public/meetings/upcoming',
      tag: 'public',
      summary: 'The public call (公开征集, issue 19): announced meetings still taking registrations, soonest first, with how to register',
      roles: 'public',
      responses: {
        200: '{items: [{id, kind, kindLabel, title, theme, sector, chair, location, startsAt, registrationClosesAt, register}]}: register names the routes an enterprise registers with',
        ...responses,
      },
      answers: { 200: list(upcomingMeetingShape) },
      headers,
    },
    async ({ req, res }) => {
      limit(req);
      // `announced` until its workflow closes registration at the end of the day before: the workflow's clock decides.
      const open = (await listMeetings(db, { status: 'announced' })).sort((a, b) => a.startsAt - b.startsAt);
      res.json({
        items: open.map((m) => ({
          id: m.id,
          kind: m.kind,
          kindLabel: MEETING_KINDS[m.kind],
          title: m.title,
          theme: m.theme,
          sector: m.sector,
          chair: m.chair,
          location: m.location,
          startsAt: formatInstant(m.startsAt, timezone),
          registrationClosesAt: formatInstant(m.registrationClosesAt, timezone),
          register: {
            code: 'POST /v1/public/verifications {phone}: a code by SMS to the enterprise contact’s mobile',
            registration: `POST /v1/public/meetings/${m.id}/registrations {enterprise, problems, verification: {id, code}}`,
          },
        })),
      });
    },
  );

  const receiptLimiter = createRateLimiter(RECEIPT_RATE_LIMIT, 'receipt number');
  routes.add(
    {
      method: 'get',
      path: '/v1/public/receipts/:receiptNumber',
      tag: 'public',
      summary:
        'Where an appeal stands, for whoever quotes its receipt number and the last four digits of its contact’s phone: the follow page’s view (/a/<token>) as JSON, until 90 days after closure',
      roles: 'public',
      query: receiptQuery,
      responses: {
        200: '{receiptNumber, title, status, statusLabel, leadDepartment, leadDepartmentName, deadlines: {dueAt, ratingBy}, ratingDue, ratings, closure, closureLabel, closedAt, openUntil, timeline}',
        ...responses,
        404: 'no such receipt number, `phone` missing or not its last four digits, or closed over 90 days ago: the same answer for each',
        429: 'too many requests from this address, or for this receipt number (Retry-After says when to retry)',
      },
      answers: { 200: followViewShape },
      headers,
    },
    async ({ req, res, params, query }) => {
      limit(req);
      receiptLimiter.take(params.receiptNumber!);
      const [s] = (await listAppealStates(db, { receiptNumber: params.receiptNumber! }, { limit: 1 })).items;
      const view = s && query.phone !== undefined && sameSecret(query.phone, phoneDigits(s.enterprise.contact.phone)) ? await follow.view(s) : undefined;
      if (!view) throw notFound('no appeal answers this receipt number and these digits');
      res.set('Cache-Control', 'no-store').json(view);
    },
  );

  // Anyone may ask for the figures as often as the address limit allows, and each answer aggregates the period's
  // whole ledger: kept a minute, a burst of callers costs one aggregate instead of the pool's every connection.
  const figures = periodFigures(db, timezone);
  const keptFigures = createTtlCache<Awaited<ReturnType<typeof figures>>>(PUBLIC_STATS_CACHE);
  const stats = statsHandler((range, groupBy) => keptFigures.get(JSON.stringify([range.from, range.to, groupBy]), () => figures(range, groupBy)));
  routes.add(
    {
      method: 'get',
      path: '/v1/public/stats',
      tag: 'public',
      summary: 'The period’s figures, as GET /v1/stats answers them, at most a minute old',
      roles: 'public',
      query: statsQuery,
      csv: true,
      responses: { 200: '{from, to, groupBy, groups, total} (JSON, or CSV with Accept: text/csv)', ...responses },
      answers: { 200: periodFiguresShape },
      headers,
    },
    async (ctx) => {
      limit(ctx.req);
      await stats(ctx);
    },
  );
}
