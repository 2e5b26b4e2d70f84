import { randomBytes } from 'node:crypto';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { sql } from 'kysely';
import { createDb } from '../db/pool.js';
import { adminQuery, databaseUrl } from '../db/server.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../scripts/embedded-postgres.js';
import { readPid, type Child } from '../scripts/processes.js';
import { spawnScript, startStackOnFreePorts, type RunningStack } from '../scripts/stack.js';
import { newPayloadKeyEntry } from '../codec/payload-keys.js';
import type { MeasuredProcess } from './cpu.js';
import { freePort } from '../scripts/ports.js';
import { DRIVER_SETTINGS } from '../config/settings.js';

// The product as `npm start` runs it (API and worker in their own processes), for the benchmarks: on the Temporal
// dev server and an embedded Postgres it starts itself, or on TEMPORAL_ADDRESS / DATABASE_URL's server when given
// (then in a scratch database it drops afterwards, never in the ledger that is there). Beside it, the bench's own
// worker in a process of its own, so that every process whose CPU the bench reports is a process of one role.

export interface BenchStack {
  apiUrl: string;
  adminToken: string;
  temporalAddress: string;
  /** The product's payload codec: the baseline pays for encryption as the intake does. */
  dataConverter: DataConverter;
  client: Client;
  /** The Postgres server (any database on it): the benchmarks add scratch databases beside the product's. */
  serverUrl: string;
  databaseUrl: string;
  workerMetricsUrl: string;
  /** The Temporal dev server's metrics; undefined on an external Temporal. */
  temporalMetricsUrl?: string;
  workerPid(): Promise<number>;
  /** The processes whose CPU the bench reports, those it can find (an external Temporal or Postgres is left out). */
  measuredProcesses(): Promise<MeasuredProcess[]>;
  /** A fresh database on the same server, dropped by `stop()`. */
  scratchDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

interface BenchOptions {
  progress: (line: string) => void;
  logFile: string;
}

/** The Postgres server alone (DATABASE_URL's or an embedded one), for the benchmarks that need no product. */
export type BenchPostgres = Pick<BenchStack, 'serverUrl' | 'scratchDatabase' | 'stop'>;

const logTo = (opts: BenchOptions) => (line: string) => {
  if (/^\[(start|postgres)\]/.test(line)) opts.progress(line);
  void appendFile(opts.logFile, `${line}\n`);
};

export async function startBenchPostgres(opts: BenchOptions): Promise<BenchPostgres> {
  const dataDir = await mkdtemp(join(tmpdir(), 'appeals-bench-postgres-'));
  const scratch: string[] = [];
  let postgres: EmbeddedPostgres | undefined;
  let serverUrl = process.env.DATABASE_URL ?? '';
  const stop = async () => {
    for (const name of scratch) await adminQuery(serverUrl, `drop database if exists ${name}`).catch(() => undefined);
    await postgres?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    if (!serverUrl) {
      postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), log: logTo(opts) });
      serverUrl = postgres.url;
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    serverUrl,
    async scratchDatabase(name: string) {
      const database = `appeals_bench_${name}_${process.pid}`;
      await adminQuery(serverUrl, `drop database if exists ${database}`);
      await adminQuery(serverUrl, `create database ${database}`);
      scratch.push(database);
      return databaseUrl(serverUrl, database);
    },
    stop,
  };
}

/** The postmaster's pid from its data directory, when the server runs on this machine (else undefined). */
async function postmasterPid(url: string): Promise<number | undefined> {
  const db = createDb(url, { max: 1 });
  try {
    const { rows } = await sql<{ data_directory: string }>`show data_directory`.execute(db);
    return await readPid(join(rows[0]!.data_directory, 'postmaster.pid'));
  } finally {
    await db.destroy();
  }
}

export async function startBenchStack(opts: BenchOptions): Promise<BenchStack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'appeals-bench-'));
  const log = logTo(opts);
  let postgres: BenchPostgres | undefined;
  let stack: RunningStack | undefined;
  let connection: Connection | undefined;
  let benchWorker: Child | undefined;

  const stop = async () => {
    await connection?.close().catch(() => undefined);
    await benchWorker?.stop(15_000);
    await stack?.stop();
    await postgres?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    postgres = await startBenchPostgres(opts);
    const { serverUrl, scratchDatabase } = postgres;
    const productDatabase = process.env.DATABASE_URL ? await scratchDatabase('ledger') : serverUrl;
    const workerMetricsPort = await freePort();
    // Given rather than generated by the stack, so that the bench's worker can decode the same payloads.
    const payloadKeys = newPayloadKeyEntry('bench');
    stack = await startStackOnFreePorts({
      dataDir,
      temporalAddress: process.env.TEMPORAL_ADDRESS,
      databaseUrl: productDatabase,
      adminToken: randomBytes(18).toString('base64url'),
      env: { ...process.env, ...DRIVER_SETTINGS, TEMPORAL_PAYLOAD_KEYS: payloadKeys, WORKER_METRICS_PORT: String(workerMetricsPort), LOG_LEVEL: 'warn' },
      log,
    });
    benchWorker = spawnScript(
      'bench-worker',
      'bench/bench-worker.ts',
      { ...process.env, TEMPORAL_ADDRESS: stack.temporalAddress, TEMPORAL_PAYLOAD_KEYS: payloadKeys },
      log,
    );
    connection = await Connection.connect({ address: stack.temporalAddress });
    const running = stack;
    const benchWorkerPid = benchWorker.pid;
    const pidOf = (name: string) => readPid(join(dataDir, `${name}.pid`));
    return {
      apiUrl: running.apiUrl,
      adminToken: running.adminToken,
      temporalAddress: running.temporalAddress,
      dataConverter: running.dataConverter,
      client: new Client({ connection, namespace: 'default', dataConverter: running.dataConverter }),
      serverUrl,
      databaseUrl: productDatabase,
      workerMetricsUrl: `http://127.0.0.1:${workerMetricsPort}/metrics`,
      temporalMetricsUrl: running.temporalMetricsUrl,
      async workerPid() {
        const pid = await pidOf('worker');
        if (pid === undefined) throw new Error('the worker wrote no pid file');
        return pid;
      },
      async measuredProcesses() {
        const found: [string, number | undefined, boolean][] = [
          ['temporal', await pidOf('temporal'), false],
          ['worker', await pidOf('worker'), false],
          ['api', await pidOf('api'), false],
          ['postgres', await postmasterPid(productDatabase), true],
          ['benchWorker', benchWorkerPid, false],
          ['load', process.pid, false],
        ];
        return found.filter((f): f is [string, number, boolean] => f[1] !== undefined).map(([name, pid, tree]) => ({ name, pid, tree }));
      },
      scratchDatabase,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
