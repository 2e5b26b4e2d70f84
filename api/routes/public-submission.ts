import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Instant } from '../../domain/appeal.js';
import { formatInstant } from '../../domain/dates.js';
import { isMobilePhone } from '../../domain/credit-code.js';
import { renderMessage } from '../../domain/message-templates.js';
import { CODE_DIGITS, CODE_TTL_MS, codeHash, newCode } from '../../domain/phone-verification.js';
import { submitAppealSchema } from '../../domain/steps.js';
import { meetingStepAllowed } from '../../domain/meeting.js';
import { registrationSchema } from '../../domain/meeting-schemas.js';
import { categoryExists } from '../../db/categories.js';
import { findMeeting } from '../../db/meetings.js';
import type { Caller } from '../auth.js';
import { createMeetingGateway } from '../../gateway/meetings.js';
import { createMeetingViews } from '../meeting-views.js';
import type { Views } from '../views.js';
import { loadTemplate } from '../../db/message-templates.js';
import { messageColumns } from '../../db/notifications.js';
import { issueVerification, useVerification } from '../../db/phone-verifications.js';
import type { Database } from '../../db/schema.js';
import { startDelivery } from '../../gateway/deliveries.js';
import type { TemporalDeps } from '../../gateway/workflows.js';
import { HttpProblem, badRequest, conflict, notFound } from '../problem.js';
import { clientAddress, createRateLimiter, type RateLimit } from '../rate-limit.js';
import type { RouteTable } from '../route-table.js';
import type { Submit } from './appeals.js';
import { appealShape, instant, registeringShape } from '../answer-shapes.js';
import { registrationShape } from '../meeting-shapes.js';

const publicRegistrationShape = z.object({ meetingId: z.string(), registration: registrationShape });

// Online submission without a token (issue 16): whoever holds a mainland mobile asks for a one-time code by SMS and
// submits an appeal with it, for an enterprise whose contact (or a submitter on its behalf) has that phone. The
// appeal then goes the way an enterprise's own submission goes (POST /v1/appeals, channel online_platform).

interface Deps {
  db: Kysely<Database>;
  temporal: TemporalDeps;
  /** Intake as POST /v1/appeals takes it (api/routes/appeals.ts). */
  submit: Submit;
  timezone: string;
  /** The clock codes expire and phones' limits run by; tests give the time-skipping server's. */
  clock: () => Instant | Promise<Instant>;
  views: Views;
}

/**
 * Per address, each route a bucket of its own: 20 at once, then one a minute. Well below the public pages' (60 and
 * one a second), because each code is an SMS the city pays for and a stranger receives, and each submission an
 * appeal someone must register; a phone's own limits (domain/phone-verification.ts) hold across addresses.
 */
const ADDRESS_LIMIT: RateLimit = { burst: 20, perSecond: 1 / 60 };

const verificationBody = z.strictObject({
  phone: z
    .string()
    .refine(isMobilePhone, 'must be a mainland mobile number (1[3-9] + 9 digits): a landline cannot receive the code by SMS')
    .meta({ example: '13800000000' }),
});

const verification = z.strictObject({
  id: z.string().min(1).max(100).describe('the verificationId POST /v1/public/verifications answered'),
  code: z.string().regex(new RegExp(`^\\d{${CODE_DIGITS}}$`), `must be the ${CODE_DIGITS} digits sent by SMS`),
});

const publicAppealBody = submitAppealSchema.extend({ verification });

/** The public call's registration (issue 19): the code goes to the enterprise contact's mobile. */
const publicRegistrationBody = registrationSchema.extend({ verification });

/** The same words for a wrong, an expired and a spent code: a guesser learns nothing from which it was. */
const wrongCode = () => badRequest([{ field: 'verification.code', message: 'is wrong, expired or already used: ask for a new code' }]);

/** Spends a code sent to `phone` (named by `phoneField` in the 400), or throws 400. */
async function spendCode(db: Kysely<Database>, v: z.infer<typeof verification>, phone: string, phoneField: string, at: Instant) {
  const check = await useVerification(db, { id: v.id, phone, code: v.code, at: new Date(at) });
  if (check === 'other_phone') throw badRequest([{ field: 'verification.id', message: `the code was sent to another phone than ${phoneField}` }]);
  if (check !== 'used') throw wrongCode();
}

export function publicSubmissionRoutes(routes: RouteTable, { db, temporal, submit, timezone, clock, views }: Deps) {
  const codesLimiter = createRateLimiter(ADDRESS_LIMIT, 'address');
  const submissionsLimiter = createRateLimiter(ADDRESS_LIMIT, 'address');
  const registrationsLimiter = createRateLimiter(ADDRESS_LIMIT, 'address');
  const meetings = createMeetingGateway(temporal.client, temporal.taskQueue);
  const show = createMeetingViews(views);

  routes.add(
    {
      method: 'post',
      path: '/v1/public/verifications',
      tag: 'public',
      summary: `Send a ${CODE_DIGITS}-digit one-time code by SMS to a mainland mobile, for POST /v1/public/appeals; it expires in ${CODE_TTL_MS / 60_000} minutes`,
      roles: 'public',
      body: verificationBody,
      responses: {
        202: '{verificationId, expiresAt}: the SMS is on its way (a notification of kind `verification`, delivered like any other)',
        400: 'invalid input: `phone` is not a mainland mobile (a landline cannot receive SMS)',
        429: 'too many codes for this phone (one a minute, five an hour) or from this address (Retry-After says when to retry)',
        503: 'Postgres or Temporal unreachable; try again shortly (a code recorded before Temporal failed to take its SMS waits as a pending notification, which POST /v1/notifications/:id/redeliver sends)',
      },
      answers: { 202: z.object({ verificationId: z.string(), expiresAt: instant }) },
      headers: { 429: { 'Retry-After': true } },
    },
    async ({ req, res, body: parseBody }) => {
      codesLimiter.take(clientAddress(req));
      const { phone } = parseBody();
      const [now, template] = await Promise.all([clock(), loadTemplate(db, 'verification')]);
      const id = randomUUID();
      const code = newCode();
      const notificationId = `verification-${id}`;
      const params = { code };
      const issued = await issueVerification(
        db,
        { id, phone, codeHash: codeHash(id, code), at: new Date(now), expiresAt: new Date(now + CODE_TTL_MS) },
        {
          id: notificationId,
          appeal_id: null,
          meeting_id: null,
          seq: 0,
          kind: 'verification',
          recipient: 'phone',
          department_code: null,
          deadline: null,
          created_at: new Date(now),
          payload: JSON.stringify({ id: notificationId, kind: 'verification', at: now }),
          ...messageColumns({ text: renderMessage(template.text, params, template.maxSegments), params, address: { phone } }),
        },
      );
      if (!issued.issued) {
        const seconds = Math.ceil(issued.retryAfterMs / 1000);
        throw new HttpProblem(
          429,
          'Too many requests',
          `this phone was sent a code lately; it may have another in ${seconds} s`,
          {},
          { 'Retry-After': String(seconds) },
        );
      }
      await startDelivery(temporal, notificationId);
      res.status(202).json({ verificationId: id, expiresAt: formatInstant(now + CODE_TTL_MS, timezone) });
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/public/appeals',
      tag: 'public',
      summary:
        'Submit an appeal without a token, through online_platform, with a one-time code sent to the submitter’s phone (the enterprise contact’s without a submitter). No Idempotency-Key (keys belong to tokens): the code is used once, so a repeated submission is 400, never a second appeal',
      roles: 'public',
      body: publicAppealBody,
      responses: {
        201: 'the registered appeal, as the enterprise sees it',
        202: 'accepted, its registration not on the ledger yet: {id, receiptNumber, status: "registering"} (Location needs the enterprise’s token; GET /v1/public/receipts/:receiptNumber answers without one)',
        400: 'invalid input; `verification.code` wrong, expired or already used (five wrong codes spend it); `verification.id` sent to another phone',
        429: 'too many submissions from this address (Retry-After says when to retry)',
        503: 'too many submissions in flight (with Retry-After), or Postgres or Temporal unreachable: no appeal was started',
      },
      answers: { 201: appealShape, 202: registeringShape },
      headers: { 201: { Location: true }, 202: { Location: true, 'Retry-After': true }, 429: { 'Retry-After': true }, 503: { 'Retry-After': false } },
    },
    async ({ req, res, body: parseBody }) => {
      submissionsLimiter.take(clientAddress(req));
      const { verification, ...body } = parseBody();
      const phone = body.submitter?.phone ?? body.enterprise.contact.phone;
      const phoneField = body.submitter ? 'submitter.phone' : 'enterprise.contact.phone';
      await submit(res, { role: 'enterprise', creditCode: body.enterprise.creditCode }, body, {
        beforeStart: async () => spendCode(db, verification, phone, phoneField, await clock()),
      });
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/public/meetings/:id/registrations',
      tag: 'public',
      summary:
        'Register an enterprise for an announced meeting without a token (the public call, issue 19), with a one-time code sent to its contact’s mobile; each problem is an appeal at once. Registering again (with a new code) replaces the registration',
      roles: 'public',
      body: publicRegistrationBody,
      responses: {
        201: '{meetingId, registration}: the registration as the enterprise sees it, with its problems’ appealIds',
        200: 'the same, an earlier registration replaced',
        400: 'invalid input (an unknown category); `verification.code` wrong, expired or already used; `verification.id` sent to another phone than enterprise.contact.phone',
        404: 'no meeting taking registrations from the public call (not announced, or no such meeting)',
        409: 'registration has closed (the end of the day before the meeting)',
        429: 'too many registrations from this address (Retry-After says when to retry)',
        503: 'Postgres or Temporal unreachable',
      },
      answers: { 200: publicRegistrationShape, 201: publicRegistrationShape },
      headers: { 429: { 'Retry-After': true } },
    },
    async ({ req, res, params, body: parseBody }) => {
      registrationsLimiter.take(clientAddress(req));
      const s = await findMeeting(db, params.id!);
      // Only what the public call announces: a planned meeting is not public yet, a closed one answers 409 below.
      if (!s || s.status === 'planned' || s.status === 'cancelled') throw notFound(`no meeting ${params.id} takes registrations`);
      const { verification: v, ...body } = parseBody();
      const problems = body.problems ?? [];
      const unknown = [];
      for (const [i, p] of problems.entries()) {
        if (!(await categoryExists(db, p.category)))
          unknown.push({ field: `problems.${i}.category`, message: `unknown category ${p.category} (see GET /v1/codes)` });
      }
      if (unknown.length > 0) throw badRequest(unknown);
      const allowed = meetingStepAllowed('registrations', s, await clock());
      if (!allowed) throw conflict(`registration is closed while the meeting is ${s.status}`, { currentStatus: s.status, allowedSteps: [] });
      await spendCode(db, v, body.enterprise.contact.phone, 'enterprise.contact.phone', await clock());
      const caller: Caller = { role: 'enterprise', creditCode: body.enterprise.creditCode };
      const replaced = s.registrations.some((r) => r.enterprise.creditCode === body.enterprise.creditCode);
      const after = await meetings.step(s.id, 'registrations', { actor: caller, enterprise: body.enterprise, problems });
      const registration = after.registrations.find((r) => r.enterprise.creditCode === body.enterprise.creditCode)!;
      res.status(replaced ? 200 : 201).json({ meetingId: s.id, registration: show.registration(registration, caller) });
    },
  );
}
