import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from '@temporalio/client';
import { BENCH_TASK_QUEUE } from './workflows.js';
import { closedLoop } from './load.js';

// Many deadlines falling due together (a holiday's end, the first working day of a month): `count` timers due
// within one window, each reporting how late it woke by the workflow's own clock.

export async function timerLateness(client: Client, opts: { count: number; windowMs: number; startsPerSecond: number }) {
  const tag = Date.now().toString(36);
  // Due only once every one of them has been started, with room to spare.
  const base = Date.now() + Math.max(10_000, (opts.count / opts.startsPerSecond) * 2_000);
  const dueAt = (n: number) => base + Math.floor((n / opts.count) * opts.windowMs);
  const started = await closedLoop({ calls: opts.count }, 32, async (n) => {
    await client.workflow.start('benchTimer', { taskQueue: BENCH_TASK_QUEUE, workflowId: `bench-timer-${tag}-${n}`, args: [dueAt(n)] });
  });
  const startedLate = Date.now() > base;
  await sleep(Math.max(0, base + opts.windowMs - Date.now()));
  const lateness: number[] = [];
  const read = await closedLoop({ calls: opts.count }, 32, async (n) => {
    lateness.push((await client.workflow.getHandle(`bench-timer-${tag}-${n}`).result()) as number);
  });
  return { lateness, started, read, startedLate };
}
