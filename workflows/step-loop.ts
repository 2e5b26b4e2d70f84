import {
  ActivityFailure,
  type ActivityOptions,
  type LocalActivityOptions,
  ApplicationFailure,
  allHandlersFinished,
  condition,
  log,
  sleep,
  workflowInfo,
} from '@temporalio/workflow';
import type { Instant } from '../domain/appeal.js';
import { WRONG_STATE } from './messages.js';

// The shape a long-lived workflow of this project takes: human steps arrive as Updates, deadlines as alarms, and
// both run one at a time, each ending with a ledger commit. The appeal and meeting workflows both run on it.

/** Ledger writes: retried for minutes; past that the loop pauses and tries again, keeping what it owes. */
export const LEDGER_WRITES: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 10 },
};

/** Deadlines from the calendar and policy: quick reads, recorded in history. */
export const CALENDAR_LOOKUPS: LocalActivityOptions = {
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '10 seconds', maximumAttempts: 8 },
};

/** A deadline the workflow reacts to; `name` + `at` is remembered once fired, so a replay never fires it twice. */
export interface Alarm {
  name: string;
  at: Instant;
  fire(): Promise<unknown> | void;
}

/** How long the ledger may stay unreachable before the workflow tries again (it keeps what it owes). */
const LEDGER_RETRY_PAUSE = '5 minutes';

/** Ledger rows a workflow has produced and not yet written; carried across continue-as-new. */
export interface LedgerOutbox<E, N> {
  events: E[];
  notifications: N[];
}

/**
 * Writes the snapshot with every row the outbox holds. If the write fails the rows go back into the outbox, so
 * the next commit (or the loop's retry) writes them: nothing a step produced is lost.
 */
export async function flushOutbox<S, E, N>(
  outbox: LedgerOutbox<E, N>,
  snapshot: S,
  write: (entry: { snapshot: S; events: E[]; notifications: N[] }) => Promise<void>,
): Promise<void> {
  const entry = {
    snapshot: JSON.parse(JSON.stringify(snapshot)) as S,
    events: outbox.events.splice(0),
    notifications: outbox.notifications.splice(0),
  };
  try {
    await write(entry);
  } catch (err) {
    outbox.events.unshift(...entry.events);
    outbox.notifications.unshift(...entry.notifications);
    throw err;
  }
}

/** An Update refused in the current state: the API answers 409 with these details. */
export function wrongState(message: string, currentStatus: string, allowedSteps: readonly string[]): ApplicationFailure {
  return ApplicationFailure.create({ type: WRONG_STATE, message, nonRetryable: true, details: [{ currentStatus, allowedSteps }] });
}

export function createStepLoop({
  started,
  commit,
  alarms,
  fired,
  owes,
  rearmAfterFailedStep = () => true,
}: {
  /** The first work (writing the start to the ledger): every step waits for it. */
  started: Promise<unknown>;
  /** Writes what the state owes the ledger. */
  commit: () => Promise<void>;
  /** The armed alarms, soonest first. */
  alarms: () => Alarm[];
  fired: Record<string, Instant>;
  /** Ledger rows still unwritten (a commit failed). */
  owes: () => boolean;
  /**
   * Whether a failed step re-arms the alarms. The appeal workflow once did not; it asks `patched()` so the
   * histories of appeals started before keep replaying.
   */
  rearmAfterFailedStep?: () => boolean;
}) {
  let tail: Promise<unknown> = started.catch(() => undefined);
  let revision = 0;

  /** Steps and firings run one at a time, so each sees the state the previous one left. */
  function exclusively<T>(work: () => Promise<T>): Promise<T> {
    const run = tail.then(work);
    tail = run.catch(() => undefined);
    return run;
  }

  /**
   * A step: its work, then the commit. The loop re-arms its alarms after it even when it failed half-way (an
   * activity out of reach): what the step already changed may have armed an alarm that finishes the job.
   */
  function step<T>(work: () => Promise<T>): Promise<T> {
    return exclusively(async () => {
      try {
        const result = await work();
        await commit();
        revision++;
        return result;
      } catch (err) {
        if (rearmAfterFailedStep()) revision++;
        throw err;
      }
    });
  }

  async function fireDueAlarms() {
    for (let due = alarms()[0]; due && due.at <= Date.now(); due = alarms()[0]) {
      fired[due.name] = due.at;
      await due.fire();
    }
    await commit();
    revision++;
  }

  /** Waits for the next step or alarm until `finished`; `carryOn` continues as new when the history grows long. */
  async function run(finished: () => boolean, carryOn: () => Promise<never>) {
    await started;
    while (!finished()) {
      const seen = revision;
      const next = alarms()[0];
      const stepTaken = await condition(() => revision !== seen, next === undefined ? undefined : Math.max(next.at - Date.now(), 1));
      if (!stepTaken || owes()) {
        try {
          await exclusively(fireDueAlarms);
        } catch (err) {
          if (!(err instanceof ActivityFailure)) throw err;
          log.warn('ledger unreachable; retrying later', { error: String(err.cause ?? err) });
          await sleep(LEDGER_RETRY_PAUSE);
        }
      }
      if (workflowInfo().continueAsNewSuggested) {
        await condition(allHandlersFinished);
        await carryOn();
      }
    }
    await condition(allHandlersFinished);
  }

  return { exclusively, step, run };
}
