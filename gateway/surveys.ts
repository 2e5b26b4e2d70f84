import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { surveyWorkflowId } from '../workflows/survey.js';
import { TemporalUnavailable } from './errors.js';

// The way into Temporal for the enterprises' evaluation (issue 20): start sending a survey's invitations.

/** How long starting the invitations may take before the office is told to try again. */
export const SEND_WITHIN_MS = 10_000;

export function createSurveyGateway(client: Client, taskQueue: string) {
  return {
    /** Starts the survey's invitations, unless they are started already; TemporalUnavailable when Temporal did not take them in time. */
    async sendInvitations(surveyId: string): Promise<void> {
      try {
        await client.withDeadline(Date.now() + SEND_WITHIN_MS, () =>
          client.workflow.start('surveyInvitations', { workflowId: surveyWorkflowId(surveyId), taskQueue, args: [{ surveyId }] }),
        );
      } catch (err) {
        // Started by an earlier try of the same keyed request: its invitations are on their way.
        if (err instanceof WorkflowExecutionAlreadyStartedError) return;
        throw TemporalUnavailable.because(err, 'Temporal did not take the invitations');
      }
    },
  };
}
