import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { createDb } from '../../db/pool.js';
import { creditCodeCheckCharacter } from '../../domain/credit-code.js';
import { startStackOnFreePorts, type RunningStack } from '../stack.js';
import { apiClient, describeReply, type ApiCall } from './api-client.js';
import { checkLifecycle, waitUntilFlushed } from './checker.js';
import { drive, newLifecycle, type DriverContext, type Lifecycle, type Tokens } from './driver.js';
import { drawPlan } from './plans.js';
import { restartUnderLoad, type Server } from './server-restart.js';
import { seededRandom } from './random.js';
import { startWorkerKiller } from './worker-killer.js';
import { DRIVER_SETTINGS } from '../../config/settings.js';

// A chaos run: the product on the Temporal dev server and Postgres, N lifecycles driven through the API while the
// worker is killed with SIGKILL at random moments, Postgres restarts once and the Temporal dev server once, and
// keyed steps are sent twice; then every appeal and its ledger are checked. `npm run chaos` runs it; a short one
// runs in `npm test`.

export interface ChaosOptions {
  appeals: number;
  seed: number;
  /** Lifecycles driven at once. */
  concurrency: number;
  /** How long a worker works before it is killed, and how long none runs after. */
  workerUpMs: readonly [number, number];
  workerDownMs: readonly [number, number];
  /** After this many kills the worker is left alone (a short run would otherwise spend itself on restarts). */
  maxKills?: number;
  postgresDownMs: number;
  temporalDownMs: number;
  /** The pause between two steps of a lifecycle. */
  thinkMs: readonly [number, number];
  /** What the run's processes inherit; TEMPORAL_ADDRESS and DATABASE_URL name existing servers to use. */
  env: NodeJS.ProcessEnv;
  /** Progress lines; the processes' own output goes to a file in the run's folder. */
  log(line: string): void;
  /** Aborting stops the servers and ends the run, reporting what it found so far. */
  signal?: AbortSignal;
}

export interface ChaosReport {
  kills: number;
  postgresRestarts: number;
  temporalRestarts: number;
  appealsChecked: number;
  anomalies: string[];
  /** Requests sent again after a 503, a failed connection or a hang. */
  retries: number;
  /** Retries refused with 409 because the first attempt had gone through: each recorded once. */
  conflictsAfterSuccess: number;
  /** Requests of keyed steps sent twice at once or again after their answer; each must be taken once. */
  duplicatesSent: number;
  /** Submissions answered 202 (accepted, registered after their answer); each is checked like the others. */
  acceptedRegistering: number;
  /** How many lifecycles of each plan were driven. */
  plans: Record<string, number>;
  durationMs: number;
  /** The servers' data and every process's output (`processes.log`); kept only when something was found. */
  dataDir?: string;
}

const STEP_DEADLINE_MS = 180_000;
const FLUSH_WITHIN_MS = 180_000;
const PROGRESS_EVERY_MS = 10_000;
const DEPARTMENTS = 3;
const ENTERPRISES = 10;

async function setUp(api: ApiCall, adminToken: string, runId: string, creditCodes: string[]) {
  async function created(path: string, body: unknown) {
    const reply = await api('POST', path, adminToken, body);
    if (reply.kind !== 'answer' || reply.status !== 201) throw new Error(`setting up: POST ${path} answered ${describeReply(reply)}`);
    return reply.body;
  }
  const token = async (body: Record<string, string>) => (await created('/v1/tokens', body)).token as string;
  const departments = Array.from({ length: DEPARTMENTS }, (_, i) => `chaos-${runId}-${i + 1}`);
  const departmentTokens = new Map<string, string>();
  for (const code of departments) {
    await created('/v1/departments', { code, name: `混沌测试${code.slice(-1)}局` });
    departmentTokens.set(code, await token({ role: 'department', department: code }));
  }
  const enterpriseTokens = new Map<string, string>();
  for (const creditCode of creditCodes) enterpriseTokens.set(creditCode, await token({ role: 'enterprise', creditCode }));
  const tokens: Tokens = {
    office: await token({ role: 'office', label: 'chaos' }),
    department: (code) => departmentTokens.get(code)!,
    enterprise: (creditCode) => enterpriseTokens.get(creditCode)!,
  };
  return { departments, tokens };
}

function creditCodes(seed: number): string[] {
  return Array.from({ length: ENTERPRISES }, (_, i) => {
    const body = `91510700MA${String(seed % 1000).padStart(3, '0')}${String(i).padStart(4, '0')}`;
    return body + creditCodeCheckCharacter(body);
  });
}

export async function runChaos(o: ChaosOptions): Promise<ChaosReport> {
  const began = Date.now();
  const random = seededRandom(o.seed);
  const runId = `${o.seed.toString(36)}-${began.toString(36)}`;
  const anomalies: string[] = [];
  const anomaly = (text: string) => {
    anomalies.push(text);
    o.log(`ANOMALY ${text}`);
  };
  const dataDir = await mkdtemp(join(tmpdir(), 'appeals-chaos-'));
  const output = createWriteStream(join(dataDir, 'processes.log'));
  // Its own task queue: on an existing Temporal, no other worker takes its tasks and no kill touches theirs.
  const taskQueue = `chaos-${runId}`;
  const env: NodeJS.ProcessEnv = { ...o.env, ...DRIVER_SETTINGS, WORKER_METRICS_PORT: 'off', TEMPORAL_TASK_QUEUE: taskQueue };
  const namespace = env.TEMPORAL_NAMESPACE || 'default';
  o.log(`run ${runId}: ${o.appeals} appeals, seed ${o.seed}; servers' data and processes' output in ${dataDir}`);
  if (env.DATABASE_URL) o.log('DATABASE_URL is set: the run uses that Postgres and does not restart it');

  let stack: RunningStack | undefined;
  let connection: Connection | undefined;
  const report: Omit<ChaosReport, 'durationMs' | 'anomalies'> = {
    kills: 0,
    postgresRestarts: 0,
    temporalRestarts: 0,
    appealsChecked: 0,
    retries: 0,
    conflictsAfterSuccess: 0,
    duplicatesSent: 0,
    acceptedRegistering: 0,
    plans: {},
  };
  try {
    stack = await startStackOnFreePorts({
      dataDir,
      namespace,
      temporalAddress: env.TEMPORAL_ADDRESS || undefined,
      databaseUrl: env.DATABASE_URL || undefined,
      env,
      log: (line) => output.write(`${line}\n`),
      worker: false,
      signal: o.signal,
    });
    o.log(`the API is up at ${stack.apiUrl}, Temporal at ${stack.temporalAddress}`);
    const halt = new AbortController();
    void stack.ended.then(({ failure }) => {
      if (failure) anomaly(`${failure}: the run stops (see processes.log)`);
      else if (o.signal?.aborted) anomaly('the run was interrupted');
      halt.abort();
    });
    const api = apiClient(stack.apiUrl);
    const codes = creditCodes(o.seed);
    const { departments, tokens } = await setUp(api, stack.adminToken, runId, codes);
    // Two in three lifecycles key their steps; the others are clients without keys, which the API must serve too.
    const lifecycles: Lifecycle[] = Array.from({ length: o.appeals }, (_, i) =>
      newLifecycle(i + 1, drawPlan(random, departments), codes[i % codes.length]!, i % 3 !== 2),
    );
    for (const lc of lifecycles) report.plans[lc.plan.name] = (report.plans[lc.plan.name] ?? 0) + 1;

    connection = await Connection.connect({ address: stack.temporalAddress });
    const killer = startWorkerKiller({
      spawn: (name) => stack!.spawnWorker(name),
      temporal: { connection, namespace, taskQueue },
      random,
      upMs: o.workerUpMs,
      downMs: o.workerDownMs,
      maxKills: o.maxKills ?? Infinity,
      log: o.log,
      anomaly,
    });
    await killer.firstReady;
    o.log('the first worker polls: driving the lifecycles');

    const plannedSteps = lifecycles.reduce((n, lc) => n + 1 + lc.plan.steps.length, 0);
    // Postgres in the first half, Temporal in the second, so that plenty of steps still run against each restarted
    // server. One at a time: each probe expects the other server up.
    const restarts: { server: Server; at: number; restart: RunningStack['restartPostgres']; downMs: number; began?: Promise<void>; over?: boolean }[] = [
      { server: 'postgres', at: Math.ceil(plannedSteps * random.between(0.2, 0.45)), restart: stack.restartPostgres, downMs: o.postgresDownMs },
      { server: 'temporal', at: Math.ceil(plannedSteps * random.between(0.55, 0.8)), restart: stack.restartTemporal, downMs: o.temporalDownMs },
    ];
    let stepsTaken = 0;
    let lifecyclesDone = 0;
    const ctx: DriverContext = {
      api,
      tokens,
      random,
      runId,
      thinkMs: o.thinkMs,
      stepDeadlineMs: STEP_DEADLINE_MS,
      anomaly,
      halt: halt.signal,
      onStep(lc) {
        stepsTaken += 1;
        const due = restarts.find((r) => r.restart && !r.began && stepsTaken >= r.at);
        if (!due || restarts.some((r) => r !== due && r.began && !r.over)) return;
        const probe = { api, office: tokens.office, appealId: lc.appealId!, downMs: due.downMs, log: o.log, anomaly };
        due.began = restartUnderLoad(due.server, due.restart!, probe)
          .catch((err: unknown) => anomaly(`the ${due.server} restart failed: ${(err as Error).message}`))
          .finally(() => (due.over = true));
        if (due.server === 'postgres') report.postgresRestarts += 1;
        else report.temporalRestarts += 1;
      },
    };
    const progress = setInterval(() => {
      o.log(
        `${lifecyclesDone}/${o.appeals} lifecycles done, ${stepsTaken}/${plannedSteps} steps, ${killer.kills()} kills, ${anomalies.length} anomalies so far`,
      );
    }, PROGRESS_EVERY_MS);
    let next = 0;
    const lane = async () => {
      for (let lc = lifecycles[next++]; lc; lc = lifecycles[next++]) {
        await drive(ctx, lc);
        lifecyclesDone += 1;
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(o.concurrency, o.appeals) }, lane));
      await Promise.all(restarts.map((r) => r.began));
    } finally {
      clearInterval(progress);
    }
    await killer.stop();
    report.kills = killer.kills();
    for (const lc of lifecycles) {
      report.retries += lc.retries;
      report.conflictsAfterSuccess += lc.conflictsAfterSuccess;
      report.duplicatesSent += lc.duplicatesSent;
      if (lc.acceptedRegistering) report.acceptedRegistering += 1;
    }

    o.log(`all lifecycles driven (${report.retries} retries); the last worker runs undisturbed until the ledger has caught up`);
    const db = createDb(stack.databaseUrl, { max: 4 });
    try {
      const deps = { db, client: new Client({ connection, namespace, dataConverter: stack.dataConverter }), api, office: tokens.office };
      const submitted = lifecycles.filter((lc) => lc.appealId !== undefined);
      const states = await waitUntilFlushed(
        deps,
        submitted.map((lc) => lc.appealId!),
        FLUSH_WITHIN_MS,
      );
      for (const lc of submitted) {
        for (const found of await checkLifecycle(deps, lc, states.get(lc.appealId!))) anomaly(found);
        report.appealsChecked += 1;
      }
    } finally {
      await db.destroy();
    }
  } catch (err) {
    anomaly(`the run could not go on: ${(err as Error).message}`);
  } finally {
    await connection?.close();
    await stack?.stop();
    await new Promise((resolve) => output.end(resolve));
  }
  if (anomalies.length === 0) await rm(dataDir, { recursive: true, force: true });
  return { ...report, anomalies, durationMs: Date.now() - began, ...(anomalies.length > 0 ? { dataDir } : {}) };
}
