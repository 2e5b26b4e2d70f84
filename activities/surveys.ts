import { randomUUID } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import type { Kysely } from 'kysely';
import type { Instant } from '../domain/appeal.js';
import { signedToken } from '../domain/follow-link.js';
import { renderMessage } from '../domain/message-templates.js';
import { assessmentRange } from '../domain/periods.js';
import { loadTemplate } from '../db/message-templates.js';
import { insertNotifications, messageColumns } from '../db/notifications.js';
import type { Database } from '../db/schema.js';
import { enterprisesOf, findSurvey, inviteAll } from '../db/surveys.js';
import type { MessageChannel } from './channels/message-channel.js';
import { createDispatcher } from './dispatch.js';
import type { TemporalDeps } from '../gateway/workflows.js';
import type { FollowLinks } from './messages.js';

// Sending an evaluation (百企评, issue 20) to the enterprises that had appeals in its period: each its own signed link
// (domain/follow-link.ts, purpose `survey`) in a message through the enterprise channel, as its appeals' messages go.
// Safe to repeat: an enterprise is invited once per survey, its message's id names both.

/** Where an invitation's link opens: the form that shows the questions and takes the answer (/v1/public/surveys/ the same as JSON). */
export const surveyUrl = (baseUrl: string, token: string) => `${baseUrl.replace(/\/+$/, '')}/s/${token}`;

export function createSurveyActivities(deps: {
  db: Kysely<Database>;
  timezone: string;
  temporal: TemporalDeps;
  messageChannel?: MessageChannel;
  follow: FollowLinks;
}) {
  const { db, timezone, follow } = deps;
  const dispatch = createDispatcher(deps);
  const [signWith] = follow.secrets;
  return {
    /** Invites every enterprise of the survey's period and sends each its link; answers how many are invited. */
    async sendSurvey({ surveyId, at }: { surveyId: string; at: Instant }): Promise<number> {
      const survey = await findSurvey(db, surveyId);
      if (!survey) throw ApplicationFailure.nonRetryable(`no survey ${surveyId}`, 'UnknownSurvey');
      if (!signWith) throw ApplicationFailure.nonRetryable('no secret to sign links with (FOLLOW_LINK_SECRET)', 'NoLinkSecret');
      const enterprises = await enterprisesOf(db, assessmentRange(survey.period), timezone);
      const phones = new Map(enterprises.map((e) => [e.creditCode, e.phone]));
      const template = await loadTemplate(db, 'survey');
      // One transaction: an enterprise counted as invited has its message on the ledger.
      const rows = await db.transaction().execute(async (tx) => {
        const invitations = await inviteAll(
          tx,
          surveyId,
          enterprises.map((e) => ({ id: randomUUID(), creditCode: e.creditCode, enterpriseName: e.name })),
        );
        const messages = invitations.map((inv, i) => {
          const id = `survey:${surveyId}:${inv.creditCode}`;
          const link = surveyUrl(follow.baseUrl, signedToken(signWith, 'survey', inv.id));
          const params = { survey: survey.title, link };
          return {
            id,
            appeal_id: null,
            meeting_id: null,
            survey_id: surveyId,
            seq: i + 1,
            kind: 'survey_invitation',
            recipient: `enterprise:${inv.creditCode}`,
            department_code: null,
            deadline: null,
            created_at: new Date(at),
            payload: JSON.stringify({ id, kind: 'survey_invitation', surveyId, period: survey.period, title: survey.title, link, at }),
            ...messageColumns({ text: renderMessage(template.text, params, template.maxSegments), params, address: { phone: phones.get(inv.creditCode)! } }),
          };
        });
        await insertNotifications(tx, messages);
        return messages;
      });
      await dispatch(rows.map((r) => r.id));
      return rows.length;
    },
  };
}

export type SurveyActivities = ReturnType<typeof createSurveyActivities>;
