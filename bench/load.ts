import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

// Two ways to load a server. Closed loop: a fixed number of callers, each starting its next call when the last one
// answers (throughput). Open loop: calls start on a fixed schedule whatever the answers (latency), each timed from
// when it was due, so a server that falls behind shows it instead of slowing the load down.

export interface LoadResult {
  ok: number;
  failed: number;
  seconds: number;
  /** Milliseconds per successful call. */
  latencies: number[];
  /** Milliseconds until each failed call failed: a percentile of answers counts these too. */
  failedLatencies: number[];
  /** The first few failures, for the log. */
  failures: string[];
}

const newResult = (): LoadResult => ({ ok: 0, failed: 0, seconds: 0, latencies: [], failedLatencies: [], failures: [] });

async function timed(result: LoadResult, since: number, call: () => Promise<void>): Promise<void> {
  try {
    await call();
    result.ok++;
    result.latencies.push(performance.now() - since);
  } catch (err) {
    result.failed++;
    result.failedLatencies.push(performance.now() - since);
    if (result.failures.length < 5) result.failures.push((err as Error).message);
  }
}

/** Until `seconds` have passed, or `calls` calls have been made. */
export async function closedLoop(limit: { seconds: number } | { calls: number }, callers: number, call: (n: number) => Promise<void>): Promise<LoadResult> {
  const result = newResult();
  const started = performance.now();
  const more = (n: number) => ('calls' in limit ? n < limit.calls : performance.now() < started + limit.seconds * 1000);
  let n = 0;
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (more(n)) await timed(result, performance.now(), () => call(n++));
    }),
  );
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

export async function openLoop(perSecond: number, seconds: number, call: (n: number) => Promise<void>): Promise<LoadResult> {
  const result = newResult();
  const started = performance.now();
  const interval = 1000 / perSecond;
  const calls: Promise<void>[] = [];
  for (let n = 0; n < perSecond * seconds; n++) {
    const due = started + n * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    calls.push(timed(result, due, () => call(n)));
  }
  await Promise.all(calls);
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

export const rate = (r: LoadResult) => r.ok / r.seconds;
