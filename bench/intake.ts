import { randomUUID } from 'node:crypto';
import { BENCH_TASK_QUEUE } from './bench-worker.js';
import type { BenchStack } from './harness.js';
import { closedLoop, openLoop, rate, type LoadResult } from './load.js';
import { submitter } from './appeals-client.js';

// Intake end to end (POST /v1/appeals: validation, the workflow started, its registration on the ledger) against
// the floor the server sets: raw starts of a workflow that does nothing. Alternated in halves, so a server that
// slows down as it fills weighs on both alike.

function combined(parts: LoadResult[]): LoadResult {
  return {
    ok: parts.reduce((n, p) => n + p.ok, 0),
    failed: parts.reduce((n, p) => n + p.failed, 0),
    seconds: parts.reduce((n, p) => n + p.seconds, 0),
    latencies: parts.flatMap((p) => p.latencies),
    failedLatencies: parts.flatMap((p) => p.failedLatencies),
    failures: parts.flatMap((p) => p.failures).slice(0, 5),
  };
}

export async function intakeRatio(stack: BenchStack, seconds: number, callers: number) {
  const rawStart = async () => {
    await stack.client.workflow.start('benchTrivial', { taskQueue: BENCH_TASK_QUEUE, workflowId: `bench-trivial-${randomUUID()}` });
  };
  const { submit, tally } = submitter(stack, 'A');
  const raw: LoadResult[] = [];
  const intake: LoadResult[] = [];
  for (let half = 0; half < 2; half++) {
    raw.push(await closedLoop({ seconds: seconds / 2 }, callers, rawStart));
    intake.push(await closedLoop({ seconds: seconds / 2 }, callers, submit));
  }
  const [rawTotal, intakeTotal] = [combined(raw), combined(intake)];
  return { raw: rawTotal, intake: intakeTotal, ratio: rate(intakeTotal) / rate(rawTotal), tally };
}

export async function steadyIntake(stack: BenchStack, perSecond: number, seconds: number) {
  const { submit, tally } = submitter(stack, 'B');
  return { load: await openLoop(perSecond, seconds, submit), tally };
}
