import {
  ApplicationFailure,
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type Client,
} from '@temporalio/client';
import type { SearchAttributePair, UpdateDefinition } from '@temporalio/common';
import type { FieldError } from '../domain/field-errors.js';
import { FORBIDDEN, INVALID_INPUT, WRONG_STATE } from '../workflows/messages.js';
import { StepForbidden, StepInvalid, StepRefused, TemporalUnavailable, WorkflowCompleted } from './errors.js';

// The way into a long-lived workflow (an appeal, a meeting, an accountability record), for the API and for the
// activities that open appeals: start it and wait for its first ledger write, or send it a step as an Update. Every
// call answers within a bound, so an unreachable Temporal or a missing worker is TemporalUnavailable, never a hang;
// a refused step is one of the errors of ./errors.js.

/** The Temporal a process reaches, and the task queue the product's workers poll: what every start needs. */
export interface TemporalDeps {
  client: Client;
  taskQueue: string;
}

/**
 * How a workflow is listed from its start: its line in the Temporal UI, and the search attributes it is found by
 * before its first task has run.
 */
export interface Listing {
  summary: string;
  searchAttributes?: SearchAttributePair[];
}

/** How long `launch` may spend finding out whether a start it lost the answer to went through. */
const FIND_OUT_WITHIN_MS = 5_000;

export function createWorkflowGateway(client: Client, taskQueue: string, answerWithinMs: number) {
  function bounded<T>(work: () => Promise<T>, withinMs = answerWithinMs): Promise<T> {
    return client.withDeadline(Date.now() + withinMs, work);
  }

  /** A second start of the same id joins a running one; one that failed is started afresh, so a retry can succeed. */
  function startOptions(workflowId: string, args: unknown[], { summary, searchAttributes }: Listing) {
    return {
      workflowId,
      taskQueue,
      args,
      staticSummary: summary,
      ...(searchAttributes ? { typedSearchAttributes: searchAttributes } : {}),
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
    } as const;
  }

  /**
   * Whether the workflow runs (or has completed) after a start whose answer was lost. A describe that finds nothing
   * cannot tell a start that never came from one still on its way; a plain start of the same id settles it either
   * way, since the id holds one run at a time: whichever of the two lands first starts it, the other joins it.
   */
  async function startedAfterAll(workflowType: string, workflowId: string, args: unknown[], listing: Listing): Promise<boolean> {
    try {
      await bounded(() => client.workflow.start(workflowType, startOptions(workflowId, args, listing)), Math.min(FIND_OUT_WITHIN_MS, answerWithinMs));
      return true;
    } catch (err) {
      // Refused because a run that completed holds the id: a repeat of a submission long since registered.
      return err instanceof WorkflowExecutionAlreadyStartedError;
    }
  }

  function translate(err: unknown): never {
    const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
    if (cause instanceof ApplicationFailure && cause.type === WRONG_STATE) {
      const { currentStatus, allowedSteps } = cause.details?.[0] as { currentStatus: string; allowedSteps: string[] };
      throw new StepRefused(cause.message, currentStatus, allowedSteps);
    }
    // The workflow's own checks, against its state of this moment (the API's read of the ledger may be behind).
    if (cause instanceof ApplicationFailure && cause.type === FORBIDDEN) throw new StepForbidden(cause.message);
    if (cause instanceof ApplicationFailure && cause.type === INVALID_INPUT) {
      throw new StepInvalid((cause.details?.[0] as { errors: FieldError[] }).errors);
    }
    if (err instanceof WorkflowNotFoundError || /already completed/i.test(String((err as Error)?.message))) {
      throw new WorkflowCompleted();
    }
    throw TemporalUnavailable.because(err);
  }

  async function answer<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await bounded(work);
    } catch (err) {
      translate(err);
    }
  }

  /** One round trip: the start and the Update that waits for the first ledger write travel together. */
  function startAndSync<R>(workflowType: string, workflowId: string, args: unknown[], sync: UpdateDefinition<R, []>, listing: Listing): Promise<R> {
    return client.workflow.executeUpdateWithStart(sync, {
      startWorkflowOperation: new WithStartWorkflowOperation(workflowType, startOptions(workflowId, args, listing)),
    });
  }

  return {
    bounded,

    /**
     * Starts the workflow and waits for `sync`'s answer (a failed one, whose registration could not reach the ledger
     * say, is started afresh).
     */
    start<R>(workflowType: string, workflowId: string, args: unknown[], sync: UpdateDefinition<R, []>, listing: Listing): Promise<R> {
      return answer(() => startAndSync(workflowType, workflowId, args, sync, listing));
    },

    /**
     * Like `start`, for a caller that can answer "accepted" while the workflow catches up: resolves once the workflow
     * certainly runs (or ran), whether `sync` answered within the bound or not, and throws TemporalUnavailable only
     * when no workflow will act on the request. The edge left: when the start's answer is lost and finding out fails
     * too (Temporal unreachable, or overloaded past both bounds), that start may still land after the refusal; a retry
     * with the same Idempotency-Key then joins it, one without starts another.
     */
    async launch<R>(workflowType: string, workflowId: string, args: unknown[], sync: UpdateDefinition<R, []>, listing: Listing): Promise<void> {
      try {
        await bounded(() => startAndSync(workflowType, workflowId, args, sync, listing));
      } catch (err) {
        if (await startedAfterAll(workflowType, workflowId, args, listing)) return;
        throw TemporalUnavailable.because(err, 'Temporal did not start the workflow');
      }
    },

    /** Temporal runs an `updateId` once per workflow run and answers a repeat with the first outcome. */
    update<R, A>(workflowId: string, update: UpdateDefinition<R, [A]>, arg: A, updateId?: string): Promise<R> {
      return answer(() => client.workflow.getHandle(workflowId).executeUpdate(update, { args: [arg], ...(updateId ? { updateId } : {}) }));
    },
  };
}
