// `npm run chaos [-- --appeals N] [--seed S] [--concurrency C] [--wave-appeals W] [--outage-seconds O]`: drives N
// appeal lifecycles through the API while killing the worker, restarting Postgres and Temporal and sending keyed
// steps twice, then checks every appeal and its ledger (scripts/chaos/run.ts); then closes the ledger of W other
// appeals for O seconds across a wave of their deadlines (scripts/chaos/deadline-wave.ts). Prints progress while it
// runs and the totals at the end; exits 1 when it found anything.
import { parseArgs } from 'node:util';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { runDeadlineWave } from './deadline-wave.js';
import { runChaos } from './run.js';

// The deadline wave's in-process worker would log every failed ledger attempt of the outage; the run's own lines
// tell the story, and the processes' output of the first phase goes to its processes.log.
Runtime.install({ logger: new DefaultLogger('ERROR') });

function log(line: string): void {
  process.stdout.write(`${new Date().toISOString().slice(11, 19)} [chaos] ${line}\n`);
}

function integerFrom(name: string, value: string, min = 1): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`chaos: --${name} must be an integer of at least ${min} (got "${value}")\n`);
    process.exit(2);
  }
  return n;
}

const { values } = parseArgs({
  options: {
    appeals: { type: 'string', default: '200' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    concurrency: { type: 'string', default: '16' },
    'wave-appeals': { type: 'string', default: '40' },
    'outage-seconds': { type: 'string', default: '180' },
  },
});
const appeals = integerFrom('appeals', values.appeals);
const seed = integerFrom('seed', values.seed);
const concurrency = integerFrom('concurrency', values.concurrency);
// 0 skips the phase; past three minutes of outage every ledger retry has reached its one-minute cap.
const waveAppeals = integerFrom('wave-appeals', values['wave-appeals'], 0);
const outageMs = integerFrom('outage-seconds', values['outage-seconds']) * 1000;

// Ctrl-C stops the servers and workers in order and still prints what the run found; without a handler they would
// outlive it, each in its own process group.
const interrupt = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => interrupt.abort());

const report = await runChaos({
  appeals,
  seed,
  concurrency,
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

const wave =
  waveAppeals > 0 && !interrupt.signal.aborted ? await runDeadlineWave({ appeals: waveAppeals, outageMs, seed, log, signal: interrupt.signal }) : undefined;
if (wave) {
  process.stdout.write(
    [
      '',
      `deadline wave, seed ${values.seed}`,
      `  appeals:                    ${wave.appeals} (${wave.deadlinesPassed} deadlines passed while the ledger was closed)`,
      `  ledger closed for:          ${Math.round(wave.outageMs / 1000)} s`,
      `  all whole again after:      ${(wave.caughtUpMs / 1000).toFixed(1)} s`,
      `  anomalies:                  ${wave.anomalies.length}`,
      ...wave.anomalies.map((text) => `    - ${text}`),
      '',
    ].join('\n'),
  );
}
process.exit(report.anomalies.length + (wave?.anomalies.length ?? 0) > 0 ? 1 : 0);
