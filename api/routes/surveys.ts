import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { SURVEY_SCALE, surveyAnswerBody, surveyBody, surveyResults, type SurveyResult } from '../../domain/surveys.js';
import { inactiveOrUnknown } from '../../db/departments.js';
import { loadLabels } from '../../db/stats.js';
import type { Labels } from '../../domain/figures.js';
import { answersOf, deleteUnsentSurvey, findSurvey, insertSurvey, listSurveys, type Survey } from '../../db/surveys.js';
import type { Database } from '../../db/schema.js';
import type { TemporalDeps } from '../../gateway/workflows.js';
import { createSurveyGateway } from '../../gateway/surveys.js';
import { answer, csvQuery, wantsCsv, type Column } from '../csv.js';
import { createdIdOf } from '../idempotent-steps.js';
import { badRequest, notFound } from '../problem.js';
import { PUBLIC_RATE_LIMIT, clientAddress, createRateLimiter, type RateLimit } from '../rate-limit.js';
import type { RouteTable } from '../route-table.js';
import type { SurveyAnswers } from '../survey-answers.js';
import type { Views } from '../views.js';
import { instant } from '../answer-shapes.js';

// The enterprises' evaluation (百企评营商环境, issue 20): the office sets a survey, which goes to every enterprise that
// had appeals in its period with its own signed link; the enterprise reads the questions and answers once through
// that link, a public route whose token is the credential; the office reads progress and each unit's results,
// which the assessment takes as the `surveyScore` indicator (README "Assessment").

interface Deps {
  db: Kysely<Database>;
  temporal: TemporalDeps;
  views: Views;
  clock: () => number | Promise<number>;
  /** An invitation's link opened, and its answer taken (shared with the form at /s/<token>). */
  answers: SurveyAnswers;
}

/** An enterprise answers once; a few tries leave room for a form sent with mistakes, then one every 20 s. */
const ANSWER_RATE_LIMIT: RateLimit = { burst: 10, perSecond: 0.05 };

const tokenParam = 'the token of the link the enterprise was sent';

const surveyShape = z.object({
  id: z.string(),
  period: z.string(),
  title: z.string(),
  units: z.array(z.string()),
  questions: z.array(z.string()),
  createdAt: instant,
  invited: z.int(),
  answered: z.int(),
  results: z.array(
    z.object({ unit: z.string(), label: z.string(), responses: z.int(), means: z.array(z.number().nullable()), surveyScore: z.number().nullable() }),
  ),
});
const questionsShape = z.object({
  title: z.string(),
  period: z.string(),
  enterprise: z.string(),
  scale: z.object({ min: z.int(), max: z.int() }),
  questions: z.array(z.string()),
  units: z.array(z.object({ code: z.string(), label: z.string() })),
  answeredAt: instant.nullable(),
});

type ResultRow = SurveyResult & { label: string };
function resultColumns(questions: readonly string[]): Column<ResultRow>[] {
  return [
    { name: 'unit', zh: '单位代码', value: (r) => r.unit },
    { name: 'label', zh: '单位', value: (r) => r.label },
    { name: 'responses', zh: '评价企业数', value: (r) => r.responses },
    { name: 'surveyScore', zh: '企业评价得分', value: (r) => r.surveyScore },
    ...questions.map((q, i): Column<ResultRow> => ({ name: `q${i + 1}`, zh: q, value: (r) => r.means[i] ?? null })),
  ];
}

export function surveyRoutes(routes: RouteTable, { db, temporal, views, clock, answers }: Deps) {
  const gateway = createSurveyGateway(temporal.client, temporal.taskQueue);
  const limiter = createRateLimiter(ANSWER_RATE_LIMIT, 'survey link');
  // Public like the public pages: an address guessing tokens is slowed as it would be there.
  const addressLimiter = createRateLimiter(PUBLIC_RATE_LIMIT, 'address');

  /** A survey with its progress and results; a list passes the units' labels it read once for all. */
  async function view(s: Survey, labels?: Labels) {
    const [{ invited, answers }, { department }] = await Promise.all([answersOf(db, s.id), labels ?? loadLabels(db)]);
    return {
      id: s.id,
      period: s.period,
      title: s.title,
      units: s.units,
      questions: s.questions,
      createdAt: views.at(s.createdAt.getTime()),
      invited,
      answered: answers.length,
      results: surveyResults(s.units, s.questions.length, answers).map((r) => ({ ...r, label: department[r.unit] ?? r.unit })),
    };
  }

  routes.add(
    {
      method: 'post',
      path: '/v1/surveys',
      tag: 'surveys',
      summary: 'Set an enterprise evaluation (百企评): it goes to every enterprise that had appeals in the period, each with its own signed link',
      roles: ['office'],
      body: surveyBody,
      responses: {
        201: 'the survey, its invitations on their way (`invited` counts them as they are made; GET /v1/surveys/:id shows progress); with an Idempotency-Key, a repeat answers the first 201 and invites no one again',
        400: 'invalid survey, or a unit that is not an active department',
        503: 'Temporal did not take the invitations; nothing was kept, try again (with the same Idempotency-Key, if any)',
      },
      headers: { 201: { Location: false } },
      answers: { 201: surveyShape },
      idempotencyKey: true,
    },
    async ({ res, body, once }) => {
      const b = body();
      const unknown = await inactiveOrUnknown(db, b.units);
      if (unknown.length > 0)
        throw badRequest(unknown.map((code) => ({ field: `units.${b.units.indexOf(code)}`, message: `${code} is not an active department` })));
      await once('surveys', async (tryId) => {
        // Every try of a keyed request names one survey: a try after a lost answer finds it rather than make another.
        const survey = await insertSurvey(db, { id: tryId ? createdIdOf(tryId) : randomUUID(), ...b, createdAt: new Date(await clock()) });
        try {
          await gateway.sendInvitations(survey.id);
        } catch (err) {
          // A survey no one was sent is no survey: the office sets it again. (Should the start have gone through and
          // its workflow find the survey gone, it stops: an unknown survey is final.)
          if (await deleteUnsentSurvey(db, survey.id)) throw err;
        }
        res.location(`/v1/surveys/${survey.id}`);
        return { status: 201, body: await view(survey) };
      });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/surveys',
      tag: 'surveys',
      summary: 'The enterprise evaluations set, newest first, with their progress',
      roles: ['office'],
      responses: { 200: '{items: [{id, period, title, units, questions, createdAt, invited, answered, results}]}' },
      answers: { 200: z.object({ items: z.array(surveyShape) }) },
    },
    async ({ res }) => {
      const [surveys, labels] = await Promise.all([listSurveys(db), loadLabels(db)]);
      res.json({ items: await Promise.all(surveys.map((s) => view(s, labels))) });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/surveys/:id',
      tag: 'surveys',
      summary: 'An enterprise evaluation: how many enterprises were invited and answered, and each unit’s results (mean per question, responses, surveyScore)',
      roles: ['office'],
      query: z.strictObject(csvQuery),
      csv: true,
      answers: { 200: surveyShape },
      responses: {
        200: '{id, period, title, units, questions, createdAt, invited, answered, results: [{unit, label, responses, means, surveyScore}]} (JSON, or CSV: a row per unit)',
        404: 'no such survey',
      },
    },
    async ({ req, res, params, query }) => {
      const survey = await findSurvey(db, params.id!);
      if (!survey) throw notFound(`no survey ${params.id}`);
      const v = await view(survey);
      await answer(res, wantsCsv(req), v, { filename: `survey-${survey.id}`, columns: resultColumns(survey.questions), rows: v.results, format: query });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/public/surveys/:token',
      tag: 'surveys',
      summary: 'What an invited enterprise is asked (no bearer token: the link’s token is the credential)',
      roles: 'public',
      responses: {
        200: `{title, period, enterprise, scale: {min, max}, questions, units: [{code, label}], answeredAt} (${tokenParam})`,
        404: 'no such link',
        429: 'too many requests from this address (Retry-After says when to retry)',
      },
      headers: { 429: { 'Retry-After': true } },
      answers: { 200: questionsShape },
    },
    async ({ req, res, params }) => {
      addressLimiter.take(clientAddress(req));
      const { invitation, survey } = await answers.open(params.token!);
      const labels = (await loadLabels(db)).department;
      res.json({
        title: survey.title,
        period: survey.period,
        enterprise: invitation.enterpriseName,
        scale: SURVEY_SCALE,
        questions: survey.questions,
        units: survey.units.map((code) => ({ code, label: labels[code] ?? code })),
        answeredAt: invitation.answeredAt ? views.at(invitation.answeredAt.getTime()) : null,
      });
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/public/surveys/:token',
      tag: 'surveys',
      summary: 'An invited enterprise’s answer, once: for each unit it rates (at least one), a score 1–5 per question in order',
      roles: 'public',
      body: surveyAnswerBody,
      responses: {
        201: '{answeredAt}',
        400: 'invalid answer: a unit the survey does not rate, a score outside 1–5, not one score per question',
        404: 'no such link',
        409: 'already answered (currentStatus `answered`)',
        429: 'too many tries through this link, or requests from this address (Retry-After says when to retry)',
      },
      headers: { 429: { 'Retry-After': true } },
      answers: { 201: z.object({ answeredAt: instant }) },
    },
    async ({ req, res, params, body }) => {
      addressLimiter.take(clientAddress(req));
      const opened = await answers.open(params.token!);
      limiter.take(opened.invitation.id);
      const at = await answers.take(opened, body());
      res.status(201).json({ answeredAt: views.at(at.getTime()) });
    },
  );
}
