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
import type { Refusal } from '../domain/command-checks.js';
import { FORBIDDEN, INVALID_INPUT, WRONG_STATE } from './messages.js';

// The shape a long-lived workflow of this project takes: human steps arrive as Updates, deadlines as alarms, and
// both run one at a time, each ending with a ledger commit. The appeal and meeting workflows both run on it.

/**
 * Our own ledger and calendar are not optional: a write or a look-up is retried until it succeeds, however long
 * the database is away, with back-off capped at a minute, so it is done within a minute of the database's return.
 * A transition waits for it and is never half-applied.
 */
export const LEDGER_WRITES: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
};

/**
 * In the worker that runs the workflow task, a write or look-up costs no round trip through the server's queue.
 * It is tried there for a few seconds only: a local activity retried for longer holds the workflow task open, or
 * adds a timer to the history per retry, so a longer outage is left to the server's retries (`inPlaceFirst`).
 */
export const IN_PLACE: LocalActivityOptions = {
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '2 seconds', maximumAttempts: 4 },
};

/** A local activity's failure reaches the workflow as its cause (an ApplicationFailure), a queued one's wrapped. */
const failedActivity = (err: unknown) => err instanceof ActivityFailure || err instanceof ApplicationFailure;

type Activities = Record<string, (...args: never[]) => Promise<unknown>>;

/**
 * The same activities, run in place first and, if that fails, queued on the server with retries that never give
 * up (`LEDGER_WRITES`). `queuedAfterFailure` is false for runs recorded before this rule, which replay as they were.
 */
export function inPlaceFirst<A extends Activities>(inPlace: A, queued: A, queuedAfterFailure: boolean): A {
  return new Proxy(inPlace, {
    get:
      (_, name: string) =>
      async (...args: never[]) => {
        try {
          return await inPlace[name]!(...args);
        } catch (err) {
          if (!queuedAfterFailure || !failedActivity(err)) throw err;
          log.warn('ledger unreachable in place; queued until it answers', { activity: name, error: String(err.cause ?? err) });
          return queued[name]!(...args);
        }
      },
  });
}

/** A deadline the workflow reacts to; `name` + `at` is remembered once fired, so a replay never fires it twice. */
export interface Alarm {
  name: string;
  at: Instant;
  fire(): Promise<unknown> | void;
}

/** A failure the retries above do not cover (a write the database refuses): the loop tries again this much later. */
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

/**
 * Runs `work` whole or not at all: if it fails (a look-up it needs failed for good), the state and the outbox are
 * put back as they were, so nothing it changed before the failure remains. The state is plain data (it travels
 * across continue-as-new as JSON), so a JSON copy restores it exactly; it is restored in place, for the closures
 * that hold it.
 */
async function wholly<T, E, N>(state: object, outbox: LedgerOutbox<E, N>, work: () => Promise<T>): Promise<T> {
  const saved = JSON.stringify(state);
  const [events, notifications] = [outbox.events.length, outbox.notifications.length];
  try {
    return await work();
  } catch (err) {
    const target = state as Record<string, unknown>;
    for (const key of Object.keys(target)) delete target[key];
    Object.assign(target, JSON.parse(saved));
    outbox.events.length = events;
    outbox.notifications.length = notifications;
    throw err;
  }
}

/** A step refused for who sent it or what it carries: the API answers 403 or 400. */
export function refused(refusal: Refusal): ApplicationFailure {
  return refusal.kind === 'forbidden'
    ? ApplicationFailure.create({ type: FORBIDDEN, message: refusal.message, nonRetryable: true })
    : ApplicationFailure.create({
        type: INVALID_INPUT,
        message: refusal.errors.map((e) => `${e.field}: ${e.message}`).join('; '),
        nonRetryable: true,
        details: [{ errors: refusal.errors }],
      });
}

export function createStepLoop<E, N>({
  started,
  commit,
  alarms,
  state,
  outbox,
  whole,
  rearmAfterFailedStep = () => true,
}: {
  /** The first work (writing the start to the ledger): every step waits for it. */
  started: Promise<unknown>;
  /** Writes what the state owes the ledger. */
  commit: () => Promise<void>;
  /** The armed alarms, soonest first. */
  alarms: () => Alarm[];
  /** The workflow's state: `fired` remembers each alarm's `name` → `at` once its work is done. */
  state: { fired: Record<string, Instant> };
  outbox: LedgerOutbox<E, N>;
  /**
   * Whole transitions (a failed step or alarm changes nothing; an alarm counts as fired once its work is done;
   * rows owed are written before anything else and before the workflow ends or continues as new). Runs started
   * before this rule pass false (`patched()`), so their histories replay as they were recorded.
   */
  whole: boolean;
  /**
   * Whether a failed step re-arms the alarms. The appeal workflow once did not; it asks `patched()` so the
   * histories of appeals started before keep replaying.
   */
  rearmAfterFailedStep?: () => boolean;
}) {
  let tail: Promise<unknown> = started.catch(() => undefined);
  let revision = 0;
  const owes = () => outbox.events.length > 0 || outbox.notifications.length > 0;

  /** Steps and firings run one at a time, so each sees the state the previous one left. */
  function exclusively<T>(work: () => Promise<T>): Promise<T> {
    const run = tail.then(work);
    tail = run.catch(() => undefined);
    return run;
  }

  /** A step: its work (whole, or not at all), then the commit. */
  function step<T>(work: () => Promise<T>): Promise<T> {
    return exclusively(async () => {
      try {
        const result = whole ? await wholly(state, outbox, work) : await work();
        await commit();
        revision++;
        return result;
      } catch (err) {
        // A half-done step of an earlier run may have armed an alarm that finishes the job.
        if (rearmAfterFailedStep()) revision++;
        throw err;
      }
    });
  }

  async function fireDueAlarms() {
    for (let due = alarms()[0]; due && due.at <= Date.now(); due = alarms()[0]) {
      if (whole) {
        await wholly(state, outbox, async () => due!.fire());
        state.fired[due.name] = due.at;
      } else {
        state.fired[due.name] = due.at;
        await due.fire();
      }
    }
    await commit();
    revision++;
  }

  /** Done, and nothing owed to the ledger. */
  const over = (finished: () => boolean) => finished() && !(whole && owes());

  /** Waits for the next step or alarm until `finished`; `carryOn` continues as new when the history grows long. */
  async function run(finished: () => boolean, carryOn: () => Promise<never>) {
    await started;
    while (!over(finished)) {
      const seen = revision;
      const next = alarms()[0];
      // Rows owed (a carried outbox, a write refused for good) are written now, not at the next deadline.
      const flushNow = whole && owes();
      const stepTaken = !flushNow && (await condition(() => revision !== seen, next === undefined ? undefined : Math.max(next.at - Date.now(), 1)));
      if (!stepTaken || owes()) {
        try {
          await exclusively(fireDueAlarms);
        } catch (err) {
          if (!failedActivity(err)) throw err;
          log.warn('ledger unreachable; retrying later', { error: String(err.cause ?? err) });
          await sleep(LEDGER_RETRY_PAUSE);
        }
      }
      if (workflowInfo().continueAsNewSuggested && !(whole && owes())) {
        await condition(allHandlersFinished);
        await carryOn();
      }
    }
    await condition(allHandlersFinished);
  }

  return { exclusively, step, run };
}
