import type { FieldError } from '../domain/field-errors.js';

// What the gateway's callers hear from Temporal, in the domain's words: the API turns these into problems
// (api/problem.ts), the meeting activities into a meeting's timeline, and neither needs to know Temporal's errors.

/** A workflow turned a step down before taking it (its Update validator): nothing happened. */
export abstract class StepRejected extends Error {}

/** The step is not allowed in the workflow's status of this moment (domain/rules.ts). */
export class StepRefused extends StepRejected {
  constructor(
    message: string,
    readonly currentStatus: string,
    readonly allowedSteps: string[],
  ) {
    super(message);
  }
}

/** The actor the step names may not take it (domain/command-checks.ts), judged on the workflow's own state. */
export class StepForbidden extends StepRejected {}

/** The step's body failed the workflow's own check of it. */
export class StepInvalid extends StepRejected {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
  }
}

/** The workflow has completed (or its run is gone): the caller answers from the ledger. */
export class WorkflowCompleted extends Error {}

/** Temporal did not answer within the bound, or failed: the caller may try again later. */
export class TemporalUnavailable extends Error {
  /** What failed, and Temporal's own reason. */
  static because(err: unknown, what = 'Temporal did not answer'): TemporalUnavailable {
    return new TemporalUnavailable(`${what}: ${(err as Error)?.message ?? String(err)}`);
  }
}

/** The Temporal server runs no Schedules (the time-skipping test server). */
export class SchedulesUnsupported extends Error {}

/** A notification's delivery is still running under its id: it retries by itself until delivered or failed. */
export class DeliveryStillRunning extends Error {}
