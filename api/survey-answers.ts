import type { Kysely } from 'kysely';
import { idOfSignedToken } from '../domain/follow-link.js';
import { answerProblems, type SurveyAnswer } from '../domain/surveys.js';
import { findInvitation, findSurvey, recordAnswer, type Invitation, type Survey } from '../db/surveys.js';
import type { Database } from '../db/schema.js';
import { badRequest, conflict, notFound } from './problem.js';

// An invited enterprise's way in (issue 20), shared by the JSON route (/v1/public/surveys/:token) and the form
// (/s/<token>): the signed token opens its invitation, and its answer is taken once.

export function createSurveyAnswers({ db, secrets, clock }: { db: Kysely<Database>; secrets: readonly string[]; clock: () => number | Promise<number> }) {
  return {
    /** The invitation and its survey, or the one 404 for a forged link and an unknown invitation alike. */
    async open(token: string): Promise<{ invitation: Invitation; survey: Survey }> {
      const id = idOfSignedToken(secrets, 'survey', token);
      const invitation = id === undefined ? undefined : await findInvitation(db, id);
      const survey = invitation && (await findSurvey(db, invitation.surveyId));
      if (!invitation || !survey) throw notFound('no such survey link');
      return { invitation, survey };
    },

    /** Records the answer: 400 naming the field where it does not fit the survey, 409 once answered; when it was taken. */
    async take({ invitation, survey }: { invitation: Invitation; survey: Survey }, given: SurveyAnswer): Promise<Date> {
      const problems = answerProblems(given, survey);
      if (problems.length > 0) throw badRequest(problems);
      const answered = () => conflict('this enterprise has answered the survey', { currentStatus: 'answered', allowedSteps: [] });
      if (invitation.answeredAt) throw answered();
      const at = new Date(await clock());
      if (!(await recordAnswer(db, invitation.id, given, at))) throw answered();
      return at;
    },
  };
}

export type SurveyAnswers = ReturnType<typeof createSurveyAnswers>;
