// `npm run chaos [-- --appeals N] [--seed S] [--concurrency C]`: drives N appeal lifecycles through the API while
// killing the worker, restarting Postgres and Temporal and sending keyed steps twice, then checks every appeal and its ledger (scripts/chaos/run.ts).
// Prints progress while it runs and the totals at the end; exits 1 when it found anything.
import { parseArgs } from 'node:util';
import { runChaos } from './run.js';

function log(line: string): void {
  process.stdout.write(`${new Date().toISOString().slice(11, 19)} [chaos] ${line}\n`);
}

function positiveInteger(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`chaos: --${name} must be a positive integer (got "${value}")\n`);
    process.exit(2);
  }
  return n;
}

const { values } = parseArgs({
  options: {
    appeals: { type: 'string', default: '200' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    concurrency: { type: 'string', default: '16' },
  },
});

// Ctrl-C stops the servers and workers in order and still prints what the run found; without a handler they would
// outlive it, each in its own process group.
const interrupt = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => interrupt.abort());

const report = await runChaos({
  appeals: positiveInteger('appeals', values.appeals),
  seed: positiveInteger('seed', values.seed),
  concurrency: positiveInteger('concurrency', values.concurrency),
  workerUpMs: [5_000, 30_000],
  workerDownMs: [0, 3_000],
  postgresDownMs: 5_000,
  temporalDownMs: 5_000,
  thinkMs: [0, 500],
  env: process.env,
  log,
  signal: interrupt.signal,
});

const plans = Object.entries(report.plans)
  .map(([name, n]) => `${name} ${n}`)
  .join(', ');
process.stdout.write(
  [
    '',
    `chaos run, seed ${values.seed}, ${Math.round(report.durationMs / 1000)} s`,
    `  worker kills (SIGKILL):     ${report.kills}`,
    `  Postgres restarts:          ${report.postgresRestarts}`,
    `  Temporal restarts:          ${report.temporalRestarts}`,
    `  appeals checked:            ${report.appealsChecked} (${plans}; ${report.acceptedRegistering} submissions answered 202)`,
    `  requests retried:           ${report.retries} (${report.conflictsAfterSuccess} answered 409 because the first attempt had gone through)`,
    `  duplicate step deliveries:  ${report.duplicatesSent} (same Idempotency-Key, at once or after the answer)`,
    `  anomalies:                  ${report.anomalies.length}`,
    ...report.anomalies.map((text) => `    - ${text}`),
    ...(report.dataDir ? [`  kept for inspection:        ${report.dataDir} (processes.log)`] : []),
    '',
  ].join('\n'),
);
process.exit(report.anomalies.length > 0 ? 1 : 0);
