import { sleep } from '@temporalio/workflow';

// Workflows of the benchmarks only, run by the bench's own worker on its own task queue: the baseline the intake
// is compared with, and a timer whose lateness is measured by the workflow's own clock.

/** Does nothing: what a raw `client.workflow.start` costs the server. */
export async function benchTrivial(): Promise<void> {}

/** Sleeps until dueAt; returns how late it woke (the activation's time is when the server handed out the task). */
export async function benchTimer(dueAt: number): Promise<number> {
  await sleep(Math.max(dueAt - Date.now(), 1));
  return Date.now() - dueAt;
}
