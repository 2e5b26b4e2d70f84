import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Client } from '@temporalio/client';
import { countRegistering } from '../db/registering.js';
import { createDb } from '../db/pool.js';
import { createWorkflowGateway } from '../gateway/workflows.js';
import { APPEAL_WORKFLOW } from '../workflows/messages.js';
import { cpuSecondsBetween, cpuSnapshot, type MeasuredProcess } from './cpu.js';
import { drain } from './drain.js';
import type { BenchStack } from './harness.js';
import { closedLoop, openLoop, rate, type LoadResult } from './load.js';
import { submitter } from './appeals-client.js';
import { percentile } from './percentiles.js';
import { persistenceCounts, storeWorkBetween, type PersistenceCounts, type StoreWork } from './server-writes.js';
import { BENCH_TASK_QUEUE, benchSync } from './workflows.js';

// Intake end to end (POST /v1/appeals: validation, the workflow started by an Update-with-Start, its registration on
// the ledger) against the floor the server sets: the same Update-with-Start, through the same gateway, of a workflow
// that only answers the Update and completes. Alternated in halves, so a server that slows down as it fills weighs
// on both alike, after a warm-up of both; each half begins and ends drained (nothing of the bench's pending, every accepted registration on
// the ledger), so neither pays for the other's backlog, and each half's CPU is read per process around it.

/** A half whose work is not done this long after its last call fails the run rather than skew it. */
const DRAIN_WITHIN_MS = 600_000;
/**
 * Calls of each kind made before anything is measured: the workers bundle their workflows when they start, and a
 * first half that paid for that (seconds of CPU) would flatter the other.
 */
const WARM_UP_CALLS = 64;
/** Histories read per kind for the events an intake writes. */
const HISTORY_SAMPLES = 5;

export interface Half {
  load: LoadResult;
  /** From the first call until its work was drained. */
  drainedAfterSeconds: number;
  cpuSeconds: Record<string, number>;
  /** The Temporal server's store requests over the half; undefined on an external Temporal. */
  store?: StoreWork;
}

export interface Side {
  load: LoadResult;
  halves: Half[];
  /** CPU milliseconds per accepted call, per process, over both halves. */
  cpuMsPerCall: Record<string, number>;
  /** Median history length of a few of its workflows. */
  historyEvents: number;
  /** The Temporal server's store writes per accepted call, by operation, over both halves (undefined: not measured). */
  storeWritesPerCall?: { total: number; byOperation: Record<string, number> };
}

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

function side(halves: Half[], historyEvents: number): Side {
  const load = combined(halves.map((h) => h.load));
  const cpuMsPerCall: Record<string, number> = {};
  for (const name of Object.keys(halves[0]?.cpuSeconds ?? {})) {
    cpuMsPerCall[name] = (halves.reduce((sum, h) => sum + (h.cpuSeconds[name] ?? 0), 0) * 1000) / load.ok;
  }
  return { load, halves, cpuMsPerCall, historyEvents, ...storeWritesPerCall(halves, load.ok) };
}

function storeWritesPerCall(halves: Half[], calls: number): Pick<Side, 'storeWritesPerCall'> {
  const stores = halves.map((h) => h.store);
  if (stores.some((s) => s === undefined) || calls === 0) return {};
  const byOperation: Record<string, number> = {};
  for (const store of stores as StoreWork[]) {
    for (const [operation, n] of Object.entries(store.writesByOperation)) byOperation[operation] = (byOperation[operation] ?? 0) + n / calls;
  }
  const total = (stores as StoreWork[]).reduce((sum, s) => sum + s.writes, 0) / calls;
  return { storeWritesPerCall: { total, byOperation } };
}

async function medianHistoryEvents(client: Client, workflowType: string): Promise<number> {
  const lengths: number[] = [];
  for await (const execution of client.workflow.list({ query: `WorkflowType = "${workflowType}"`, pageSize: HISTORY_SAMPLES })) {
    lengths.push((await client.workflow.getHandle(execution.workflowId, execution.runId).fetchHistory()).events?.length ?? 0);
    if (lengths.length === HISTORY_SAMPLES) break;
  }
  return percentile(lengths, 50);
}

export async function intakeRatio(stack: BenchStack, seconds: number, callers: number, ticksPerSecond: number) {
  const gateway = createWorkflowGateway(stack.client, BENCH_TASK_QUEUE, 20_000);
  const rawStart = () => gateway.start('benchTrivial', `bench-trivial-${randomUUID()}`, [], benchSync, { summary: 'bench baseline' });
  const { submit, tally } = submitter(stack, 'A');
  const processes: MeasuredProcess[] = await stack.measuredProcesses();
  const db = createDb(stack.databaseUrl, { max: 1 });
  const outstanding = async () => ({
    benchRunning: (await stack.client.workflow.count(`TaskQueue = "${BENCH_TASK_QUEUE}" AND ExecutionStatus = "Running"`)).count,
    registering: await countRegistering(db),
  });
  const store = async (): Promise<PersistenceCounts | undefined> => (stack.temporalMetricsUrl ? persistenceCounts(stack.temporalMetricsUrl) : undefined);
  const measure = async (call: (n: number) => Promise<unknown>): Promise<Half> => {
    await drain(outstanding, DRAIN_WITHIN_MS);
    const [before, storeBefore] = [await cpuSnapshot(processes), await store()];
    const started = performance.now();
    const load = await closedLoop({ seconds: seconds / 2 }, callers, async (n) => {
      await call(n);
    });
    await drain(outstanding, DRAIN_WITHIN_MS);
    const cpuSeconds = cpuSecondsBetween(before, await cpuSnapshot(processes), ticksPerSecond);
    const storeAfter = await store();
    return {
      load,
      drainedAfterSeconds: (performance.now() - started) / 1000,
      cpuSeconds,
      ...(storeBefore && storeAfter ? { store: storeWorkBetween(storeBefore, storeAfter) } : {}),
    };
  };
  try {
    for (const call of [rawStart, submitter(stack, 'W').submit]) await closedLoop({ calls: WARM_UP_CALLS }, callers, call);
    const raw: Half[] = [];
    const intake: Half[] = [];
    for (let half = 0; half < 2; half++) {
      raw.push(await measure(rawStart));
      intake.push(await measure(submit));
    }
    const [rawSide, intakeSide] = [
      side(raw, await medianHistoryEvents(stack.client, 'benchTrivial')),
      side(intake, await medianHistoryEvents(stack.client, APPEAL_WORKFLOW)),
    ];
    return { raw: rawSide, intake: intakeSide, ratio: rate(intakeSide.load) / rate(rawSide.load), tally, processes: processes.map((p) => p.name) };
  } finally {
    await db.destroy();
  }
}

export async function steadyIntake(stack: BenchStack, perSecond: number, seconds: number) {
  const { submit, tally } = submitter(stack, 'B');
  return { load: await openLoop(perSecond, seconds, submit), tally };
}
