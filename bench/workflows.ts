import { condition, defineUpdate, setHandler, sleep } from '@temporalio/workflow';

// Workflows of the benchmarks only, run by the bench's own worker (bench/bench-worker.ts) on its own task queue: the
// baseline the intake is compared with, and a timer whose lateness is measured by the workflow's own clock.

export const BENCH_TASK_QUEUE = 'appeals-bench';

/** What the baseline's Update-with-Start waits for, as the intake waits for the appeal's registration. */
export const benchSync = defineUpdate<void>('benchSync');

/**
 * Does nothing but answer the Update it was started with, then completes: what an intake (an Update-with-Start,
 * answered by the workflow) costs the server and a worker when the workflow itself has no work.
 */
export async function benchTrivial(): Promise<void> {
  let synced = false;
  setHandler(benchSync, () => {
    synced = true;
  });
  await condition(() => synced);
}

/** Sleeps until dueAt; returns how late it woke (the activation's time is when the server handed out the task). */
export async function benchTimer(dueAt: number): Promise<number> {
  await sleep(Math.max(dueAt - Date.now(), 1));
  return Date.now() - dueAt;
}
