import { setTimeout as sleep } from 'node:timers/promises';

// Between the halves of the intake comparison nothing may be left over from the one before: a half that starts while
// the server still works off the last one's backlog pays for it, and its CPU figures count it.

export interface Outstanding {
  /** Bench workflows (the baseline's) not completed yet: their tasks are pending or running. */
  benchRunning: number;
  /** Submissions accepted whose registration has not reached the ledger. */
  registering: number;
}

export const isDrained = (o: Outstanding) => o.benchRunning === 0 && o.registering === 0;

/** Polls until drained; throws naming what is still outstanding when `withinMs` pass first. */
export async function drain(outstanding: () => Promise<Outstanding>, withinMs: number, pollMs = 250): Promise<void> {
  const until = Date.now() + withinMs;
  for (;;) {
    const now = await outstanding();
    if (isDrained(now)) return;
    if (Date.now() > until)
      throw new Error(`not drained after ${withinMs / 1000} s: ${now.benchRunning} bench workflows running, ${now.registering} registrations outstanding`);
    await sleep(pollMs);
  }
}
