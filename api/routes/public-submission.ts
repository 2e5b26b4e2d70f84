import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Instant } from '../../domain/appeal.js';
import { formatInstant } from '../../domain/calendar.js';
import { isMobilePhone } from '../../domain/credit-code.js';
import { renderMessage } from '../../domain/message-templates.js';
import { CODE_DIGITS, CODE_TTL_MS, codeHash, newCode } from '../../domain/phone-verification.js';
import { submitAppealSchema } from '../../domain/steps.js';
import { loadTemplate } from '../../db/message-templates.js';
import { messageColumns } from '../../db/notifications.js';
import { issueVerification, useVerification } from '../../db/phone-verifications.js';
import type { Database } from '../../db/schema.js';
import { startDelivery, type TemporalDeps } from '../delivery-gateway.js';
import { HttpProblem, badRequest } from '../problem.js';
import { clientAddress, createRateLimiter, type RateLimit } from '../rate-limit.js';
import type { RouteTable } from '../route-table.js';
import type { Submit } from './appeals.js';

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

const publicAppealBody = submitAppealSchema.extend({
  verification: z.strictObject({
    id: z.string().min(1).max(100).describe('the verificationId POST /v1/public/verifications answered'),
    code: z.string().regex(new RegExp(`^\\d{${CODE_DIGITS}}$`), `must be the ${CODE_DIGITS} digits sent by SMS`),
  }),
});

/** The same words for a wrong, an expired and a spent code: a guesser learns nothing from which it was. */
const wrongCode = () => badRequest([{ field: 'verification.code', message: 'is wrong, expired or already used: ask for a new code' }]);

export function publicSubmissionRoutes(routes: RouteTable, { db, temporal, submit, timezone, clock }: Deps) {
  const codesLimiter = createRateLimiter(ADDRESS_LIMIT, 'address');
  const submissionsLimiter = createRateLimiter(ADDRESS_LIMIT, 'address');

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
        throw new HttpProblem(429, 'Too many requests', `this phone was sent a code lately; it may have another in ${seconds} s`, {}, { 'Retry-After': String(seconds) });
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
      headers: { 201: { Location: true }, 202: { Location: true, 'Retry-After': true }, 429: { 'Retry-After': true }, 503: { 'Retry-After': false } },
    },
    async ({ req, res, body: parseBody }) => {
      submissionsLimiter.take(clientAddress(req));
      const { verification, ...body } = parseBody();
      const phone = body.submitter?.phone ?? body.enterprise.contact.phone;
      const spendCode = async () => {
        const check = await useVerification(db, { id: verification.id, phone, code: verification.code, at: new Date(await clock()) });
        if (check === 'other_phone') {
          throw badRequest([{ field: 'verification.id', message: `the code was sent to another phone than ${body.submitter ? 'submitter.phone' : 'enterprise.contact.phone'}` }]);
        }
        if (check !== 'used') throw wrongCode();
      };
      await submit(res, { role: 'enterprise', creditCode: body.enterprise.creditCode }, body, { beforeStart: spendCode });
    },
  );
}
