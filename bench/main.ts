import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { sql } from 'kysely';
import { createDb } from '../db/pool.js';
import { temporalCliPath } from '../scripts/temporal-binaries.js';
import { ticksPerSecond } from './cpu.js';
import { deadlineArithmetic } from './deadlines.js';
import { startBenchPostgres, startBenchStack, type BenchStack } from './harness.js';
import type { IntakeTally } from './appeals-client.js';
import { intakeRatio, steadyIntake, type Side } from './intake.js';
import { rate, type LoadResult } from './load.js';
import { listLatencies } from './lists.js';
import { longestLifecycleHistory } from './longest-history.js';
import { openAppealsRss } from './open-appeals.js';
import { percentile, round } from './percentiles.js';
import { searchLatencies } from './search.js';
import { timerLateness } from './timers.js';

// `npm run bench` (about 15 minutes) and `npm run bench -- --quick` (about 3): the figures operators read the
// product against (README, "Operations"), printed as a table and written to bench/results/<time>.json and
// bench/results/latest.json with the machine and the versions they were measured on. `npm run bench -- search`
// measures the search alone, on Postgres only, and writes bench/results/<time>-search.json.

const USAGE = `usage: npm run bench [-- --quick] | npm run bench -- search
  --quick   smaller loads and shorter windows (about 3 minutes instead of about 15)
  search    only the search at 100,000 appeals (about a minute; no Temporal, no product processes)
Uses TEMPORAL_ADDRESS and DATABASE_URL when set (in scratch databases there), else starts its own.`;

const sizes = {
  full: { intakeSeconds: 40, steadySeconds: 60, openAppeals: 10_000, timers: 2_000, timerWindowMs: 60_000, settleRuns: 200, searchQueries: 200 },
  quick: { intakeSeconds: 10, steadySeconds: 15, openAppeals: 1_000, timers: 300, timerWindowMs: 20_000, settleRuns: 50, searchQueries: 200 },
};
const CALLERS = 32;
/** The open loop's rate, as a share of the intake the closed loop sustained in the same run. */
const STEADY_SHARE = 0.8;
const LEDGER_APPEALS = 100_000;

const GOALS: Record<string, { goal: string; met: (value: number) => boolean; what: string }> = {
  intake_ratio: { what: 'POST /v1/appeals ÷ Update-with-Start of a do-nothing workflow (throughput)', goal: '≥ 0.8', met: (v) => v >= 0.8 },
  intake_tail: { what: `POST /v1/appeals p99 ÷ p50, open loop at ${STEADY_SHARE * 100}% of the closed loop's intake`, goal: '≤ 5', met: (v) => v <= 5 },
  longest_history_events: { what: 'history events of the longest lifecycle', goal: '≤ 400', met: (v) => v <= 400 },
  open_appeals_rss_mib: { what: 'worker RSS with the open appeals waiting', goal: '≤ 1024', met: (v) => v <= 1024 },
  timer_lateness_p99_ms: { what: 'timer lateness p99, all due in one window (full run: 2,000 in a minute)', goal: '≤ 1000', met: (v) => v <= 1000 },
  inbox_p95_ms: { what: `department inbox p95 at ${LEDGER_APPEALS.toLocaleString('en')} appeals`, goal: '≤ 20', met: (v) => v <= 20 },
  list_p95_ms: { what: `filtered appeal list p95 at ${LEDGER_APPEALS.toLocaleString('en')} appeals`, goal: '≤ 20', met: (v) => v <= 20 },
  search_p95_ms: {
    what: `search (q, 2–4 Chinese characters) p95 at ${LEDGER_APPEALS.toLocaleString('en')} appeals, each scope`,
    goal: '≤ 50',
    met: (v) => v <= 50,
  },
};

const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
const began = performance.now();
const progress = (line: string) => console.log(`[bench ${((performance.now() - began) / 1000).toFixed(0).padStart(4)} s] ${line}`);

function describeLoad(name: string, r: LoadResult, tally?: IntakeTally) {
  const failures = r.failed ? `, ${r.failed} failed (first: ${r.failures[0]})` : '';
  const answers = tally ? ` (${tally.registered} answered 201, ${tally.registering} 202; ${tally.turnedAway} 503s waited out)` : '';
  progress(
    `${name}: ${r.ok} in ${r.seconds.toFixed(1)} s = ${rate(r).toFixed(1)}/s${answers}, p50 ${percentile(r.latencies, 50).toFixed(1)} ms, p99 ${percentile(r.latencies, 99).toFixed(1)} ms${failures}`,
  );
}

const storeWrites = (s: Side) => s.storeWritesPerCall?.total.toFixed(1) ?? 'n/a';

/** Per process: CPU seconds of each half, and milliseconds per accepted call over both. */
function describeCpu(name: string, s: Side) {
  const halves = s.halves.map((h) =>
    Object.entries(h.cpuSeconds)
      .map(([p, sec]) => `${p} ${sec.toFixed(1)}`)
      .join(', '),
  );
  progress(`${name} CPU seconds by half: ${halves.map((h, i) => `[${i + 1}] ${h}`).join('; ')}`);
  progress(
    `${name} CPU ms per call: ${Object.entries(s.cpuMsPerCall)
      .map(([p, ms]) => `${p} ${ms.toFixed(1)}`)
      .join(', ')}; ${s.historyEvents} history events; ${storeWrites(s)} Temporal store writes per call${
      s.storeWritesPerCall
        ? ` (${Object.entries(s.storeWritesPerCall.byOperation)
            .slice(0, 4)
            .map(([op, n]) => `${op.replace(/^.*:/, '')} ${n.toFixed(1)}`)
            .join(', ')})`
        : ''
    }`,
  );
}

const cpuDetails = (s: Side) => ({
  perSecond: round(rate(s.load), 1),
  calls: s.load.ok,
  failed: s.load.failed,
  p50Ms: round(percentile(s.load.latencies, 50)),
  p99Ms: round(percentile(s.load.latencies, 99)),
  historyEvents: s.historyEvents,
  ...(s.storeWritesPerCall
    ? {
        storeWritesPerCall: {
          total: round(s.storeWritesPerCall.total, 2),
          byOperation: Object.fromEntries(Object.entries(s.storeWritesPerCall.byOperation).map(([op, n]) => [op, round(n, 2)])),
        },
      }
    : {}),
  cpuMsPerCall: Object.fromEntries(Object.entries(s.cpuMsPerCall).map(([p, ms]) => [p, round(ms, 2)])),
  halves: s.halves.map((h) => ({
    calls: h.load.ok,
    loadSeconds: round(h.load.seconds),
    drainedAfterSeconds: round(h.drainedAfterSeconds),
    cpuSeconds: Object.fromEntries(Object.entries(h.cpuSeconds).map(([p, sec]) => [p, round(sec, 2)])),
  })),
});

/** The table under the goals: CPU milliseconds per call of each process, for the baseline and the intake. */
function cpuTable(processes: string[], sides: [string, Side][]): string[] {
  const header = `${'CPU ms per call'.padEnd(24)} ${processes.map((p) => p.padStart(11)).join(' ')} ${'events'.padStart(7)} ${'writes'.padStart(7)}  per s`;
  const rows = sides.map(
    ([name, s]) =>
      `${name.padEnd(24)} ${processes.map((p) => (s.cpuMsPerCall[p]?.toFixed(1) ?? 'n/a').padStart(11)).join(' ')} ${String(s.historyEvents).padStart(7)} ${storeWrites(s).padStart(7)}  ${rate(s.load).toFixed(1)}`,
  );
  return [header, ...rows];
}

async function versions(stack: BenchStack) {
  const pkg = async (name: string) =>
    JSON.parse(await readFile(fileURLToPath(new URL(`../node_modules/${name}/package.json`, import.meta.url)), 'utf8')).version as string;
  const db = createDb(stack.databaseUrl, { max: 1 });
  const postgres = (await sql<{ version: string }>`select version()`.execute(db)).rows[0]!.version;
  await db.destroy();
  const temporal = process.env.TEMPORAL_ADDRESS
    ? `external at ${process.env.TEMPORAL_ADDRESS}`
    : (await promisify(execFile)(await temporalCliPath(), ['--version'])).stdout.trim();
  return {
    node: process.version,
    temporalSdk: await pkg('@temporalio/worker'),
    temporal,
    postgres,
    kysely: await pkg('kysely'),
    express: await pkg('express'),
  };
}

/** The search's figures at LEDGER_APPEALS appeals, in a scratch database of the server. */
async function measureSearch(databaseUrl: string, queries: number, figures: Record<string, number>, details: Record<string, unknown>) {
  progress(`search at ${LEDGER_APPEALS.toLocaleString('en')} appeals, ${queries} queries in each scope`);
  const search = await searchLatencies(databaseUrl, LEDGER_APPEALS, queries, progress);
  const all = Object.values(search.latencies).flat();
  progress(
    `search: p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms, max ${Math.max(...all).toFixed(1)} ms; ` +
      `a query matches ${percentile(search.matched, 50)} appeals at the median, ${Math.max(...search.matched)} at most; ` +
      `the narrowest (${search.narrow}) ${search.usesIndex ? 'through a bitmap scan of appeals_search' : 'NOT through appeals_search'} (plans in the results)`,
  );
  figures.search_p95_ms = round(percentile(all, 95), 2);
  details.search = {
    p50Ms: round(percentile(all, 50), 2),
    maxMs: round(Math.max(...all), 2),
    p95MsByScope: Object.fromEntries(Object.entries(search.latencies).map(([scope, samples]) => [scope, round(percentile(samples, 95), 2)])),
    matchedMedian: percentile(search.matched, 50),
    matchedMax: Math.max(...search.matched),
    usesIndex: search.usesIndex,
    plans: search.plans,
  };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.some((a) => a !== '--quick' && a !== 'search') || args.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const mode = args.includes('search') ? 'search' : args.includes('--quick') ? 'quick' : 'full';
  const size = sizes[mode === 'search' ? 'full' : mode];
  Runtime.install({ logger: new DefaultLogger('WARN') });
  await mkdir(resultsDir, { recursive: true });
  const stamp = new Date()
    .toISOString()
    .replaceAll(':', '-')
    .replace(/\.\d+Z$/, 'Z');
  const logFile = join(resultsDir, `${stamp}.log`);
  progress(`${mode} run; the product's own output goes to ${logFile}`);
  if (mode === 'search') return searchOnly(stamp, logFile, size.searchQueries);

  const arithmetic = deadlineArithmetic(200_000);
  const stack = await startBenchStack({ progress, logFile });
  // Ctrl-C: stop the servers this run started rather than leave them behind, then exit without figures.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      progress(`${signal}: stopping`);
      void stack.stop().finally(() => process.exit(130));
    });
  }
  const figures: Record<string, number> = {};
  const details: Record<string, unknown> = { deadlinesPerSecond: arithmetic.perSecond, calendarKib: arithmetic.calendarKib };
  const tables: string[] = [];
  // The machine may be shared: what else ran is part of the figures' conditions.
  details.loadAverageAtStart = loadavg().map((l) => round(l, 2));
  let environment: Record<string, unknown>;
  try {
    environment = await versions(stack);
    progress(
      `intake: POST /v1/appeals against Update-with-Start of a do-nothing workflow, ${CALLERS} callers, ${size.intakeSeconds} s, drained around each half`,
    );
    const intake = await intakeRatio(stack, size.intakeSeconds, CALLERS, await ticksPerSecond());
    describeLoad('baseline Update-with-Start', intake.raw.load);
    describeCpu('baseline', intake.raw);
    describeLoad('POST /v1/appeals', intake.intake.load, intake.tally);
    describeCpu('intake', intake.intake);
    figures.intake_ratio = round(intake.ratio, 2);
    tables.push(
      ...cpuTable(intake.processes, [
        ['baseline (UwS, no work)', intake.raw],
        ['POST /v1/appeals', intake.intake],
      ]),
    );
    details.intake = { processes: intake.processes, baseline: cpuDetails(intake.raw), intake: { ...cpuDetails(intake.intake), ...intake.tally } };

    const steadyRate = round(STEADY_SHARE * rate(intake.intake.load), 1);
    progress(`steady intake: ${steadyRate} POST/s (${STEADY_SHARE * 100}% of the closed loop's) for ${size.steadySeconds} s`);
    const { load: steady, tally } = await steadyIntake(stack, steadyRate, size.steadySeconds);
    describeLoad('steady POST /v1/appeals', steady, tally);
    // Every call counts, from when it was due until it was accepted (503s waited out included) or gave up:
    // dropping failures, or timing only the last attempt, would flatter an overload.
    const answered = [...steady.latencies, ...steady.failedLatencies];
    figures.intake_tail = round(percentile(answered, 99) / percentile(answered, 50), 1);
    details.steady = {
      perSecond: steadyRate,
      p50Ms: percentile(answered, 50),
      p95Ms: percentile(answered, 95),
      p99Ms: percentile(answered, 99),
      failed: steady.failed,
      ...tally,
    };

    progress(`open appeals: topping up to ${size.openAppeals.toLocaleString('en')} through the API`);
    const open = await openAppealsRss(stack, size.openAppeals, CALLERS, (r, t) => describeLoad('top-up', r, t));
    progress(`${open.open.toLocaleString('en')} open appeals (${open.registering} still registering); worker RSS ${open.rssMib.toFixed(0)} MiB`);
    figures.open_appeals_rss_mib = round(open.rssMib, 0);
    details.openAppeals = open.open;
    details.openAppealsRegistering = open.registering;

    progress(`timers: ${size.timers} due within ${size.timerWindowMs / 1000} s`);
    const timers = await timerLateness(stack.client, { count: size.timers, windowMs: size.timerWindowMs, startsPerSecond: rate(intake.raw.load) });
    if (timers.startedLate) progress('warning: the timers were still being started when the first fell due');
    progress(
      `timers: p50 ${percentile(timers.lateness, 50).toFixed(0)} ms, p99 ${percentile(timers.lateness, 99).toFixed(0)} ms, max ${Math.max(...timers.lateness).toFixed(0)} ms late`,
    );
    figures.timer_lateness_p99_ms = round(percentile(timers.lateness, 99), 0);
    details.timers = {
      count: timers.lateness.length,
      p50Ms: percentile(timers.lateness, 50),
      maxMs: Math.max(...timers.lateness),
      startedLate: timers.startedLate,
    };

    const metrics = await (await fetch(stack.workerMetricsUrl)).text();
    details.workerMetricSeries = metrics.split('\n').filter((line) => line.startsWith('temporal_')).length;

    progress('the longest lifecycle on the time-skipping server');
    const history = await longestLifecycleHistory(stack.serverUrl);
    progress(`longest lifecycle: ${history.events} history events in ${history.runs} run(s)`);
    figures.longest_history_events = history.events;
    details.longestHistoryRuns = history.runs;

    progress(`list and inbox queries at ${LEDGER_APPEALS.toLocaleString('en')} appeals`);
    const lists = await listLatencies(await stack.scratchDatabase('lists'), LEDGER_APPEALS, size.settleRuns, progress);
    figures.inbox_p95_ms = round(percentile(lists.inbox, 95), 2);
    figures.list_p95_ms = round(percentile(Object.values(lists.filtered).flat(), 95), 2);
    details.listP95Ms = Object.fromEntries(Object.entries(lists.filtered).map(([name, samples]) => [name, round(percentile(samples, 95), 2)]));

    await measureSearch(await stack.scratchDatabase('search'), size.searchQueries, figures, details);
  } finally {
    await stack.stop();
  }
  await report({ mode, stamp, figures, details, environment, size, tables }, ['latest.json']);
  return 0;
}

/** `npm run bench -- search`: Postgres alone, the search's figures, written beside the full runs' (not as latest). */
async function searchOnly(stamp: string, logFile: string, queries: number): Promise<number> {
  const postgres = await startBenchPostgres({ progress, logFile });
  const figures: Record<string, number> = {};
  const details: Record<string, unknown> = {};
  let environment: Record<string, unknown>;
  try {
    const db = createDb(postgres.serverUrl, { max: 1 });
    environment = { node: process.version, postgres: (await sql<{ version: string }>`select version()`.execute(db)).rows[0]!.version };
    await db.destroy();
    await measureSearch(await postgres.scratchDatabase('search'), queries, figures, details);
  } finally {
    await postgres.stop();
  }
  await report({ mode: 'search', stamp: `${stamp}-search`, figures, details, environment, size: { appeals: LEDGER_APPEALS, queries } }, []);
  return 0;
}

/** The table of the figures measured, and the results file (and the named copies of it). */
async function report(
  run: {
    mode: string;
    stamp: string;
    figures: Record<string, number>;
    details: Record<string, unknown>;
    environment: Record<string, unknown>;
    size: object;
    tables?: string[];
  },
  copies: string[],
) {
  const { mode, stamp, figures, details, environment, size, tables = [] } = run;
  console.log('');
  console.log(`${'key'.padEnd(24)} ${'value'.padStart(10)}  ${'goal'.padEnd(8)} met  what`);
  for (const [key, { goal, met, what }] of Object.entries(GOALS)) {
    const value = figures[key];
    if (value === undefined && mode === 'search') continue;
    const shown = value === undefined ? 'n/a' : String(value);
    console.log(`${key.padEnd(24)} ${shown.padStart(10)}  ${goal.padEnd(8)} ${value !== undefined && met(value) ? 'yes' : 'NO '}  ${what}`);
  }
  if (tables.length) console.log(['', ...tables].join('\n'));
  const machine = {
    platform: `${platform()} ${release()}`,
    cores: availableParallelism(),
    cpu: cpus()[0]?.model,
    memoryGib: round(totalmem() / 2 ** 30, 1),
    loadAverageAtEnd: loadavg().map((l) => round(l, 2)),
  };
  const result = {
    mode,
    at: new Date().toISOString(),
    seconds: round((performance.now() - began) / 1000, 0),
    machine,
    versions: environment,
    figures,
    details,
    size,
  };
  const text = `${JSON.stringify(result, null, 2)}\n`;
  for (const name of [`${stamp}.json`, ...copies]) await writeFile(join(resultsDir, name), text);
  console.log(`\nwritten to ${[`${stamp}.json`, ...copies].map((name) => `bench/results/${name}`).join(' and ')} (${result.seconds} s)`);
}

process.exit(await main());
