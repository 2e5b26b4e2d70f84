import { ApplicationFailure, WithStartWorkflowOperation, WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { FieldError } from '../domain/field-errors.js';
import { FORBIDDEN, INVALID_INPUT, WRONG_STATE } from '../workflows/messages.js';
import { HttpProblem, badRequest, conflict, forbidden, unavailable } from './problem.js';

// The API's way into a long-lived workflow (an appeal, a meeting): start it and wait for its first ledger write,
// or send it a step as an Update. Every call answers within a bound, so an unreachable Temporal or a missing
// worker is a 503, never a hung request; a refused step is a 409.

/** The step was refused because the workflow has completed: the caller answers 409 from the ledger. */
export class WorkflowCompleted extends Error {}

export function createWorkflowGateway(client: Client, taskQueue: string, answerWithinMs: number) {
  function bounded<T>(work: () => Promise<T>): Promise<T> {
    return client.withDeadline(Date.now() + answerWithinMs, work);
  }

  function translate(err: unknown): never {
    if (err instanceof HttpProblem) throw err;
    const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
    if (cause instanceof ApplicationFailure && cause.type === WRONG_STATE) {
      const { currentStatus, allowedSteps } = cause.details?.[0] as { currentStatus: string; allowedSteps: string[] };
      throw conflict(cause.message, { currentStatus, allowedSteps });
    }
    // The workflow's own checks, against its state of this moment (the API's read of the ledger may be behind).
    if (cause instanceof ApplicationFailure && cause.type === FORBIDDEN) throw forbidden(cause.message);
    if (cause instanceof ApplicationFailure && cause.type === INVALID_INPUT) {
      throw badRequest((cause.details?.[0] as { errors: FieldError[] }).errors);
    }
    if (err instanceof WorkflowNotFoundError || /already completed/i.test(String((err as Error)?.message))) {
      throw new WorkflowCompleted();
    }
    throw unavailable(`Temporal did not answer: ${(err as Error)?.message ?? String(err)}`);
  }

  async function answer<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await bounded(work);
    } catch (err) {
      translate(err);
    }
  }

  return {
    bounded,

    /**
     * Starts the workflow and waits for `sync`'s answer. A second start of the same id joins a running one; one
     * that failed (its registration could not reach the ledger, say) is started afresh, so a retry can succeed.
     * The summary is the workflow's line in the Temporal UI.
     */
    start<R>(workflowType: string, workflowId: string, args: unknown[], sync: UpdateDefinition<R, []>, summary: string): Promise<R> {
      // One round trip: the start and the Update that waits for the first ledger write travel together.
      return answer(() =>
        client.workflow.executeUpdateWithStart(sync, {
          startWorkflowOperation: new WithStartWorkflowOperation(workflowType, {
            workflowId,
            taskQueue,
            args,
            staticSummary: summary,
            workflowIdConflictPolicy: 'USE_EXISTING',
            workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
          }),
        }),
      );
    },

    /** Temporal runs an `updateId` once per workflow run and answers a repeat with the first outcome. */
    update<R, A>(workflowId: string, update: UpdateDefinition<R, [A]>, arg: A, updateId?: string): Promise<R> {
      return answer(() => client.workflow.getHandle(workflowId).executeUpdate(update, { args: [arg], ...(updateId ? { updateId } : {}) }));
    },
  };
}
