import { proxyActivities } from '@temporalio/workflow';
import type { SurveyActivities } from '../activities/surveys.js';

// An evaluation's invitations (百企评, issue 20), started by POST /v1/surveys as `survey-<id>`: every enterprise that
// had appeals in the survey's period is sent its signed link once.

const surveys = proxyActivities<SurveyActivities>({
  startToCloseTimeout: '5 minutes',
  // Our own ledger is not optional: retried until Postgres answers; an unknown survey or no signing secret is final.
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', nonRetryableErrorTypes: ['UnknownSurvey', 'NoLinkSecret'] },
});

export const surveyWorkflowId = (surveyId: string) => `survey-${surveyId}`;

export async function surveyInvitations({ surveyId }: { surveyId: string }): Promise<number> {
  return surveys.sendSurvey({ surveyId, at: Date.now() });
}
