import {
  ApplicationFailure,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type Client,
} from '@temporalio/client';
import type { AppealState, Registration } from '../domain/appeal.js';
import type { Step } from '../domain/rules.js';
import {
  APPEAL_WORKFLOW,
  WRONG_STATE,
  appealWorkflowId,
  stepUpdates,
  syncUpdate,
  type StepCommand,
} from '../workflows/messages.js';
import { HttpProblem, conflict, unavailable } from './problem.js';

// The API's only way into Temporal: start an appeal, send a step as an Update. Both answer within a bound,
// so an unreachable Temporal or a missing worker is a 503, never a hung request.

const ANSWER_WITHIN_MS = 20_000;

/** The step was refused because the workflow has completed: the caller answers 409 from the ledger. */
export class AppealCompleted extends Error {}

export function createAppealGateway(client: Client, taskQueue: string) {
  function bounded<T>(work: () => Promise<T>): Promise<T> {
    return client.withDeadline(Date.now() + ANSWER_WITHIN_MS, work);
  }

  function translate(err: unknown): never {
    if (err instanceof HttpProblem) throw err;
    if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure && err.cause.type === WRONG_STATE) {
      const { currentStatus, allowedSteps } = err.cause.details?.[0] as { currentStatus: string; allowedSteps: string[] };
      throw conflict(err.cause.message, { currentStatus, allowedSteps });
    }
    if (err instanceof WorkflowNotFoundError || /already completed/i.test(String((err as Error)?.message))) {
      throw new AppealCompleted();
    }
    throw unavailable(`Temporal did not answer: ${(err as Error)?.message ?? String(err)}`);
  }

  return {
    /** Starts the appeal's workflow (a second start of the same id joins the first) and waits for its registration. */
    async register(registration: Registration): Promise<AppealState> {
      try {
        return await bounded(async () => {
          const handle = await client.workflow.start(APPEAL_WORKFLOW, {
            workflowId: appealWorkflowId(registration.id),
            taskQueue,
            args: [{ registration }],
            workflowIdConflictPolicy: 'USE_EXISTING',
            workflowIdReusePolicy: 'REJECT_DUPLICATE',
          });
          return handle.executeUpdate(syncUpdate);
        });
      } catch (err) {
        translate(err);
      }
    },

    async step<S extends Step>(appealId: string, step: S, command: StepCommand<S>): Promise<AppealState> {
      const update = stepUpdates[step] as unknown as typeof syncUpdate;
      try {
        return await bounded(() =>
          client.workflow.getHandle(appealWorkflowId(appealId)).executeUpdate(update as never, { args: [command] as never }),
        );
      } catch (err) {
        translate(err);
      }
    },
  };
}

export type AppealGateway = ReturnType<typeof createAppealGateway>;
