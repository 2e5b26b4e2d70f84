import { sql, type Kysely } from 'kysely';
import type { AssessmentPeriod } from '../domain/periods.js';
import { registrationBounds } from '../domain/periods.js';
import { surveyWithin, type SurveyAnswer, type SurveyBody } from '../domain/surveys.js';
import type { DateRange } from './stats.js';
import type { Database } from './schema.js';

// The enterprises' evaluation on the ledger (issue 20): surveys, the enterprises invited to each, their answers.

export interface Survey extends SurveyBody {
  id: string;
  createdAt: Date;
}

export interface Invitation {
  id: string;
  surveyId: string;
  creditCode: string;
  enterpriseName: string;
  answeredAt: Date | null;
}

/** Adds the survey, or finds it there already (a keyed request tried again names the same one): the survey kept. */
export async function insertSurvey(db: Kysely<Database>, s: Survey): Promise<Survey> {
  await db
    .insertInto('surveys')
    .values({ id: s.id, period: s.period, title: s.title, units: JSON.stringify(s.units), questions: JSON.stringify(s.questions), created_at: s.createdAt })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return (await findSurvey(db, s.id))!;
}

/**
 * A survey whose invitations Temporal did not take: it goes, so nothing half-made is kept, unless invitations were
 * made after all (the start went through, its answer was lost); true when it went.
 */
export async function deleteUnsentSurvey(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('surveys')
    .where('id', '=', id)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('survey_invitations').select('id').where('survey_id', '=', id))))
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

const toSurvey = (r: { id: string; period: string; title: string; units: string[]; questions: string[]; created_at: Date }): Survey => ({
  id: r.id,
  period: r.period,
  title: r.title,
  units: r.units,
  questions: r.questions,
  createdAt: r.created_at,
});

export async function findSurvey(db: Kysely<Database>, id: string): Promise<Survey | undefined> {
  const row = await db.selectFrom('surveys').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toSurvey(row);
}

/** Newest first. */
export async function listSurveys(db: Kysely<Database>): Promise<Survey[]> {
  const rows = await db.selectFrom('surveys').selectAll().orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map(toSurvey);
}

/** Each enterprise that had an appeal registered in the range, with its name and contact phone as last given. */
export async function enterprisesOf(db: Kysely<Database>, range: DateRange, timezone: string): Promise<{ creditCode: string; name: string; phone: string }[]> {
  const { registeredFrom, registeredUntil } = registrationBounds(range, timezone);
  let q = db
    .selectFrom('appeals')
    .distinctOn('credit_code')
    .select(['credit_code', sql<string>`state->'enterprise'->>'name'`.as('name'), sql<string>`state->'enterprise'->'contact'->>'phone'`.as('phone')]);
  if (registeredFrom) q = q.where('registered_at', '>=', registeredFrom);
  if (registeredUntil) q = q.where('registered_at', '<=', registeredUntil);
  const rows = await q.orderBy('credit_code').orderBy('registered_at', 'desc').execute();
  return rows.map((r) => ({ creditCode: r.credit_code, name: r.name, phone: r.phone }));
}

/** Adds the invitations a survey lacks (one per enterprise) and answers all of the survey's, as stored. */
export async function inviteAll(
  db: Kysely<Database>,
  surveyId: string,
  invitations: readonly Omit<Invitation, 'surveyId' | 'answeredAt'>[],
): Promise<Invitation[]> {
  if (invitations.length > 0) {
    await db
      .insertInto('survey_invitations')
      .values(invitations.map((i) => ({ id: i.id, survey_id: surveyId, credit_code: i.creditCode, enterprise_name: i.enterpriseName })))
      .onConflict((oc) => oc.columns(['survey_id', 'credit_code']).doNothing())
      .execute();
  }
  const rows = await db
    .selectFrom('survey_invitations')
    .select(['id', 'survey_id', 'credit_code', 'enterprise_name', 'answered_at'])
    .where('survey_id', '=', surveyId)
    .orderBy('credit_code')
    .execute();
  return rows.map((r) => ({ id: r.id, surveyId: r.survey_id, creditCode: r.credit_code, enterpriseName: r.enterprise_name, answeredAt: r.answered_at }));
}

export async function findInvitation(db: Kysely<Database>, id: string): Promise<Invitation | undefined> {
  const r = await db
    .selectFrom('survey_invitations')
    .select(['id', 'survey_id', 'credit_code', 'enterprise_name', 'answered_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return r && { id: r.id, surveyId: r.survey_id, creditCode: r.credit_code, enterpriseName: r.enterprise_name, answeredAt: r.answered_at };
}

/** Records the enterprise's answer unless it has answered; true when this call recorded it. */
export async function recordAnswer(db: Kysely<Database>, invitationId: string, answer: SurveyAnswer, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('survey_invitations')
    .set({ answered_at: at, answer: JSON.stringify(answer) })
    .where('id', '=', invitationId)
    .where('answered_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A survey's progress: how many enterprises it invited, and the answers given. */
export async function answersOf(db: Kysely<Database>, surveyId: string): Promise<{ invited: number; answers: SurveyAnswer[] }> {
  const rows = await db.selectFrom('survey_invitations').select('answer').where('survey_id', '=', surveyId).execute();
  return { invited: rows.length, answers: rows.flatMap((r) => (r.answer ? [r.answer] : [])) };
}

/** The answers to every survey whose period lies within `period`. */
export async function answersWithin(db: Kysely<Database>, period: AssessmentPeriod): Promise<SurveyAnswer[]> {
  const surveys = (await db.selectFrom('surveys').select(['id', 'period']).execute()).filter((s) => surveyWithin(s.period, period));
  if (surveys.length === 0) return [];
  const rows = await db
    .selectFrom('survey_invitations')
    .select('answer')
    .where(
      'survey_id',
      'in',
      surveys.map((s) => s.id),
    )
    .where('answer', 'is not', null)
    .execute();
  return rows.map((r) => r.answer!);
}
