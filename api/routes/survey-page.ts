import express, { type Express, type Request, type Response } from 'express';
import type { Kysely } from 'kysely';
import { SURVEY_SCALE, surveyAnswerBody } from '../../domain/surveys.js';
import { loadLabels } from '../../db/stats.js';
import type { Database } from '../../db/schema.js';
import { pageErrors, pageHeaders } from '../page-markup.js';
import { HttpProblem } from '../problem.js';
import { createRateLimiter, type RateLimit } from '../rate-limit.js';
import type { SurveyAnswers } from '../survey-answers.js';
import { SURVEY_NOT_FOUND, fieldOf, surveyPage, type SurveyPageView } from '../survey-page.js';
import type { Views } from '../views.js';

// The evaluation form (issue 20): /s/<token>, the link an invited enterprise is sent, shows the survey's questions
// for each unit and takes its answer once, as POST /v1/public/surveys/:token does. The token is the credential, so
// these are pages beside the API, as the follow page is: no bearer token, HTML answers (a refusal too), a form body.

/** An enterprise answers once; a few tries leave room for a form sent with mistakes, then one every 20 s. */
const FORM_RATE_LIMIT: RateLimit = { burst: 10, perSecond: 0.05 };

/** Radio buttons only: a few kilobytes even for many units and questions. */
const FORM_LIMIT = '64kb';

const errors = pageErrors(SURVEY_NOT_FOUND);

export function surveyPageRoutes(app: Express, { db, answers, views }: { db: Kysely<Database>; answers: SurveyAnswers; views: Views }) {
  const limiter = createRateLimiter(FORM_RATE_LIMIT, 'survey link');

  async function viewOf(opened: Awaited<ReturnType<SurveyAnswers['open']>>): Promise<SurveyPageView> {
    const labels = (await loadLabels(db)).department;
    const { invitation, survey } = opened;
    return {
      title: survey.title,
      enterprise: invitation.enterpriseName,
      questions: survey.questions,
      units: survey.units.map((code) => ({ code, label: labels[code] ?? code })),
      answeredAt: invitation.answeredAt ? (views.at(invitation.answeredAt.getTime())?.slice(0, 16).replace('T', ' ') ?? null) : null,
    };
  }

  async function show(req: Request<{ token: string }>, res: Response) {
    res.send(surveyPage(await viewOf(await answers.open(req.params.token)), req.params.token));
  }

  async function answer(req: Request<{ token: string }>, res: Response) {
    const { token } = req.params;
    const opened = await answers.open(token);
    limiter.take(opened.invitation.id);
    if (opened.invitation.answeredAt) return res.redirect(303, `/s/${token}`);
    const form = (req.body ?? {}) as Record<string, unknown>;
    const chosen = Object.fromEntries(Object.entries(form).filter((e): e is [string, string] => typeof e[1] === 'string'));
    // A unit with every question scored is rated; one left blank is not; one half-scored is a mistake to show.
    const { survey } = opened;
    const scored = survey.units.map((unit) => ({ unit, scores: survey.questions.map((_, i) => chosen[fieldOf(unit, i)]) }));
    const half = scored.some((u) => u.scores.some((x) => x === undefined) && u.scores.some((x) => x !== undefined));
    const ratings = scored.filter((u) => u.scores.every((x) => x !== undefined)).map((u) => ({ unit: u.unit, scores: u.scores.map(Number) }));
    // The same schema as the JSON route's: a score the form's buttons cannot send (0, 6, text) is refused too.
    const given = surveyAnswerBody.safeParse({ ratings });
    const error = half
      ? '请为评价的单位逐题选择分数（不评价的单位全部留空）。'
      : ratings.length === 0
        ? '请至少评价一个单位。'
        : !given.success
          ? `每题请选择 ${SURVEY_SCALE.min} 至 ${SURVEY_SCALE.max} 分。`
          : undefined;
    if (error || !given.success) return res.status(400).send(surveyPage(await viewOf(opened), token, { chosen, error: error ?? '' }));
    try {
      await answers.take(opened, given.data);
    } catch (err) {
      // Answered meanwhile (the form sent twice): the page says so.
      if (!(err instanceof HttpProblem && err.status === 409)) throw err;
    }
    res.redirect(303, `/s/${token}`);
  }

  app.get('/s/:token', pageHeaders, show, errors);
  app.post('/s/:token', pageHeaders, express.urlencoded({ extended: false, limit: FORM_LIMIT }), answer, errors);
}
