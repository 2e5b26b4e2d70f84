import { createHash } from 'node:crypto';
import express, { type Express, type Request, type Response } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { RATING_RESULTS, codesOf } from '../../domain/codes.js';
import { appealOfFollowToken } from '../../domain/follow-link.js';
import { ratingSchema } from '../../domain/steps.js';
import { findAppealState } from '../../db/appeals.js';
import type { Database } from '../../db/schema.js';
import type { AppealGateway } from '../../gateway/appeals.js';
import { COMMENT_MAX, FOLLOW_NOT_FOUND, followPage, type RatingForm } from '../follow-page.js';
import { pageErrors, pageHeaders } from '../page-markup.js';
import type { FollowReader } from '../follow-view.js';
import { notFound } from '../problem.js';
import { createRateLimiter, type RateLimit } from '../rate-limit.js';
import { StepRefused, WorkflowCompleted } from '../../gateway/errors.js';

// The follow page (issue 16): /a/<token> shows the enterprise where its appeal stands and, once it is resolved, takes
// its rating as the API's rating step with method `online`. The token is the credential (domain/follow-link.ts), so
// these are pages beside the API, not in its route table or its OpenAPI document: no bearer token, HTML answers
// (a refusal too), a form body.

interface Deps {
  db: Kysely<Database>;
  gateway: AppealGateway;
  follow: FollowReader;
  /** Signing secrets, current first (config/follow-link-secrets.ts); none and every link is unknown. */
  secrets: readonly string[];
}

/** A person rates once; ten tries leave room for mistakes and resends, then one every 20 s. */
const RATING_RATE_LIMIT: RateLimit = { burst: 10, perSecond: 0.05 };

/** The form's two fields: the comment at its longest is a few kilobytes once percent-encoded. */
const FORM_LIMIT = '16kb';

const ratingFormSchema = z.object({
  result: z.enum(codesOf(RATING_RESULTS)),
  // An empty textarea is no comment.
  comment: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), ratingSchema.shape.comment),
});

const FIELD_MESSAGES = { result: '请选择一项满意度。', comment: `评价意见不能超过 ${COMMENT_MAX} 字。` };

/** The Update id of a link's rating in a round: a double submit (two clicks, a resend) is taken once by Temporal. */
const ratingUpdateId = (token: string, round: number) => `follow-rating-${createHash('sha256').update(`${token}:${round}`).digest('hex')}`;

const followErrors = pageErrors(FOLLOW_NOT_FOUND);

export function followPageRoutes(app: Express, { db, gateway, follow, secrets }: Deps) {
  const limiter = createRateLimiter(RATING_RATE_LIMIT, 'link');

  /** The appeal and its view, or the one 404 for a forged link, an unknown appeal and an expired link alike. */
  async function open(appealId: string | undefined) {
    const s = appealId === undefined ? undefined : await findAppealState(db, appealId);
    const view = s && (await follow.view(s));
    if (!s || !view) throw notFound('no such link');
    return { s, view };
  }

  async function show(req: Request<{ token: string }>, res: Response) {
    const { token } = req.params;
    const { view } = await open(appealOfFollowToken(secrets, token));
    res.send(followPage(view, token));
  }

  async function rate(req: Request<{ token: string }>, res: Response) {
    const { token } = req.params;
    const appealId = appealOfFollowToken(secrets, token);
    if (appealId !== undefined) limiter.take(appealId);
    const { s, view } = await open(appealId);
    // Rated already (this form sent twice, the office by phone) or past rating: the page says where it stands.
    if (!view.ratingDue) return res.redirect(303, `/a/${token}`);
    const form = (req.body ?? {}) as Record<string, unknown>;
    const parsed = ratingFormSchema.safeParse(form);
    if (!parsed.success) {
      const fields = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
      const sent: RatingForm = {
        ...(typeof form.result === 'string' ? { result: form.result } : {}),
        ...(typeof form.comment === 'string' ? { comment: form.comment } : {}),
        errors: Object.fromEntries(Object.entries(FIELD_MESSAGES).filter(([field]) => fields.has(field))),
      };
      return res.status(400).send(followPage(view, token, sent));
    }
    const { result, comment } = parsed.data;
    const actor = { role: 'enterprise' as const, creditCode: s.enterprise.creditCode };
    try {
      await gateway.step(s.id, 'rating', { actor, result, method: 'online', ...(comment ? { comment } : {}) }, ratingUpdateId(token, s.round));
    } catch (err) {
      // Another rating or step got there first: the page shows the appeal as it now stands.
      if (!(err instanceof WorkflowCompleted || err instanceof StepRefused)) throw err;
    }
    res.redirect(303, `/a/${token}`);
  }

  app.get('/a/:token', pageHeaders, show, followErrors);
  app.post('/a/:token/rating', pageHeaders, express.urlencoded({ extended: false, limit: FORM_LIMIT }), rate, followErrors);
}
