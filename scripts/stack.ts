// The whole product on one machine (CONTRACT.md §1): the Temporal dev server and an embedded Postgres unless an
// address for them is given, then the migrations, one worker, the API and the codec server for the Temporal UI.
// `npm start` runs it; an integration test can run it too, in a temporary data folder on other ports.
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { dataConverterFor } from '../codec/data-converter.js';
import { describePayloadKeys, parsePayloadKeys, PLAINTEXT } from '../codec/payload-keys.js';
import { searchAttributeKeys } from '../workflows/search-attributes.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
import { keptAdminToken, keptPayloadKeys } from './local-secrets.js';
import { freePorts } from './ports.js';
import { describeExit, spawnChild, stopLeftover, type Child, type Log } from './processes.js';
import { temporalCliPath } from './temporal-binaries.js';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
// Node with tsx's loader rather than the tsx command: the command relays signals to the script and SIGKILLs it
// unless it acknowledges within 30 ms, which a worker busy bundling its workflows cannot, and it can deliver one
// SIGTERM twice, which would cut the worker's drain short.
const tsxLoader = import.meta.resolve('tsx');

// The worker drains its in-flight activities on SIGTERM; CONTRACT's harness allows 30 s for the whole stop.
const APP_GRACE_MS = 15_000;
const TEMPORAL_GRACE_MS = 10_000;
const TEMPORAL_READY_MS = 60_000;
const API_READY_MS = 120_000;

export interface StackOptions {
  /** Temporal's and Postgres's files, the admin token and the pid files; kept across restarts. */
  dataDir: string;
  apiPort: number;
  namespace: string;
  /** An existing Temporal (host:port); without it, the dev server on temporalPort with its UI on temporalUiPort. */
  temporalAddress?: string;
  temporalPort: number;
  temporalUiPort: number;
  /** The dev server's Prometheus endpoint (its persistence counters, which the bench reads); a random port without it. */
  temporalMetricsPort?: number;
  /** An existing Postgres; without it, an embedded one on postgresPort. */
  databaseUrl?: string;
  postgresPort: number;
  /** Without it, one generated on the first start and kept in the data folder. */
  adminToken?: string;
  /** The codec server for the Temporal UI (not started when TEMPORAL_PAYLOAD_KEYS is none). */
  codecServerPort: number;
  /**
   * False: the stack starts no worker of its own and the caller runs them with `spawnWorker`, so that one dying
   * stops nothing (the chaos run kills them on purpose). Default true.
   */
  worker?: boolean;
  /**
   * What the migrations, the worker and the API inherit, before the stack adds its addresses. Without
   * TEMPORAL_PAYLOAD_KEYS in it, a key generated on the first start and kept in the data folder.
   */
  env: NodeJS.ProcessEnv;
  log: Log;
  /** Aborting stops the stack, during its start or after. */
  signal?: AbortSignal;
}

export interface RunningStack {
  apiUrl: string;
  temporalAddress: string;
  /** Undefined when the stack uses an existing Temporal. */
  temporalUiUrl?: string;
  /** The dev server's metrics, when the stack started it on a port it was given. */
  temporalMetricsUrl?: string;
  databaseUrl: string;
  adminToken: string;
  dataDir: string;
  /** The stack's payload codec, for a Temporal client of the caller's own. */
  dataConverter: DataConverter;
  /** Undefined when payloads are not encrypted. */
  codecServerUrl?: string;
  /** A worker with the stack's settings, stopped with the stack; its exit stops nothing else. */
  spawnWorker(name: string): Child;
  /**
   * Stops the embedded Postgres, awaits `whileDown`, and starts it again in the same folder on the same port, so
   * the URL stays valid. Undefined when the stack uses an existing Postgres.
   */
  restartPostgres?: (whileDown: () => Promise<void>) => Promise<void>;
  /**
   * Stops the Temporal dev server, awaits `whileDown`, starts it again on the same port with the same state file,
   * and settles once it answers. Undefined when the stack uses an existing Temporal.
   */
  restartTemporal?: (whileDown: () => Promise<void>) => Promise<void>;
  /** Settles once everything has stopped; failure names the process that died on its own, if one did. */
  ended: Promise<{ failure?: string }>;
  stop(): Promise<void>;
}

// Promise.withResolvers arrives only in Node 22.
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    [resolve, reject] = [res, rej];
  });
  return { promise, resolve, reject };
}

/** What has been started so far, and the order in which it stops: API and worker, Temporal, Postgres. */
class Supervisor {
  private readonly app: Child[] = [];
  private temporal?: Child;
  private spawnTemporal?: () => Child;
  /** Children stopped on purpose, to be started again: their exit stops nothing. */
  private readonly restarting = new Set<Child>();
  // A promise, so that a stop arriving while Postgres is still starting waits for it and then stops it.
  private postgres?: Promise<EmbeddedPostgres>;
  private startPostgres?: () => Promise<EmbeddedPostgres>;
  private failure?: string;
  private stopping?: Promise<void>;
  readonly ended: Promise<{ failure?: string }>;
  private readonly endWith: (outcome: { failure?: string }) => void;
  private readonly interrupted: Promise<never>;
  private readonly interrupt: (reason: Error) => void;

  constructor(
    private readonly log: Log,
    signal: AbortSignal | undefined,
  ) {
    const ended = deferred<{ failure?: string }>();
    [this.ended, this.endWith] = [ended.promise, ended.resolve];
    const interrupted = deferred<never>();
    [this.interrupted, this.interrupt] = [interrupted.promise, interrupted.reject];
    // Only ever awaited through race(); without this, an interrupt after the start would be an unhandled rejection.
    this.interrupted.catch(() => undefined);
    const abort = () => {
      this.interrupt(new Error('the start was interrupted by a stop request'));
      void this.stop();
    };
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, { once: true });
  }

  /** Waits for work that must give up when a process dies or the start is aborted. */
  race<T>(work: Promise<T>): Promise<T> {
    return Promise.race([work, this.interrupted]);
  }

  addApp(spawn: () => Child, longRunning: boolean): Child {
    this.refuseWhenStopping();
    const child = spawn();
    this.app.push(longRunning ? this.watch(child) : child);
    return child;
  }

  addTemporal(spawn: () => Child): void {
    this.refuseWhenStopping();
    this.spawnTemporal = spawn;
    this.temporal = this.watch(spawn());
  }

  async restartTemporal(whileDown: () => Promise<void>): Promise<void> {
    const [running, spawn] = [this.temporal, this.spawnTemporal];
    if (!running || !spawn) throw new Error('the stack runs no Temporal of its own');
    this.restarting.add(running);
    await running.stop(TEMPORAL_GRACE_MS);
    await whileDown();
    this.addTemporal(spawn);
  }

  addPostgres(start: () => Promise<EmbeddedPostgres>): Promise<EmbeddedPostgres> {
    this.refuseWhenStopping();
    this.startPostgres = start;
    this.postgres = start();
    return this.race(this.postgres);
  }

  async restartPostgres(whileDown: () => Promise<void>): Promise<void> {
    const [running, start] = [await this.postgres, this.startPostgres];
    if (!running || !start) throw new Error('the stack runs no Postgres of its own');
    await running.stop();
    await whileDown();
    await this.addPostgres(start);
  }

  // Whatever is started after stop() began would outlive it.
  private refuseWhenStopping(): void {
    if (this.stopping) throw new Error('the stack is stopping');
  }

  /** A long-running child: dying before stop() stops everything. */
  private watch(child: Child): Child {
    void child.exited.then((exit) => {
      if (this.stopping || this.restarting.delete(child)) return;
      this.failure = `${child.name} ${describeExit(exit)}`;
      this.log(`[start] ${this.failure}: stopping everything`);
      this.interrupt(new Error(this.failure));
      void this.stop();
    });
    return child;
  }

  stop(): Promise<void> {
    this.stopping ??= this.stopAll().then(() => this.endWith({ failure: this.failure }));
    return this.stopping;
  }

  private async stopAll(): Promise<void> {
    await Promise.all(this.app.map((child) => child.stop(APP_GRACE_MS)));
    await this.temporal?.stop(TEMPORAL_GRACE_MS);
    try {
      await (await this.postgres?.catch(() => undefined))?.stop();
    } catch (err) {
      this.log(`[start] Postgres did not stop cleanly: ${(err as Error).message}`);
    }
  }
}

/** TEMPORAL_PAYLOAD_KEYS as given, else the data folder's own key; says which, never the key. */
async function payloadKeysFor(opts: StackOptions, dataDir: string): Promise<string> {
  const given = opts.env.TEMPORAL_PAYLOAD_KEYS;
  if (given) {
    opts.log(`[start] ${describePayloadKeys(parsePayloadKeys(given))}, from TEMPORAL_PAYLOAD_KEYS`);
    return given;
  }
  const kept = await keptPayloadKeys(dataDir);
  const how = kept.generated ? 'generated now and kept' : 'kept';
  opts.log(`[start] Temporal payloads are encrypted with the key ${how} in ${kept.file}: back it up with the data, histories cannot be read without it`);
  return kept.value;
}

/**
 * The codec server's settings and the endpoint the dev server's UI calls from the browser, with a key of this start
 * in its path (the UI sends no token; README, "Payload encryption").
 */
function codecServerFor(opts: StackOptions) {
  const url = `http://127.0.0.1:${opts.codecServerPort}`;
  const uiKey = randomBytes(24).toString('base64url');
  const uiOrigins = [`http://127.0.0.1:${opts.temporalUiPort}`, `http://localhost:${opts.temporalUiPort}`];
  return {
    url,
    uiEndpoint: `${url}/ui/${uiKey}`,
    env: {
      CODEC_SERVER_PORT: String(opts.codecServerPort),
      CODEC_SERVER_UI_KEY: uiKey,
      CODEC_SERVER_CORS_ORIGINS: uiOrigins.join(','),
    },
  };
}

/** `--search-attribute AppealStatus=Keyword ...` from the workflow's own definitions (KEYWORD_LIST → KeywordList). */
function searchAttributeFlags(): string[] {
  const cliType = (type: string) =>
    type
      .split('_')
      .map((word) => word.charAt(0) + word.slice(1).toLowerCase())
      .join('');
  return Object.values(searchAttributeKeys).flatMap((key) => ['--search-attribute', `${key.name}=${cliType(key.type)}`]);
}

async function temporalAnswers(address: string, namespace: string): Promise<boolean> {
  let connection: Connection | undefined;
  try {
    connection = await Connection.connect({ address, connectTimeout: 1_000 });
    await connection.workflowService.describeNamespace({ namespace });
    return true;
  } catch {
    return false;
  } finally {
    await connection?.close().catch(() => undefined);
  }
}

async function apiAnswers(apiUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${apiUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs: number, stack: Supervisor): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await stack.race(probe()))) {
    if (Date.now() > deadline) throw new Error(`${what} was not ready after ${timeoutMs / 1000} s`);
    await stack.race(sleep(250));
  }
}

/**
 * Each task queue in one partition rather than the server's default four. With four, a task written to a partition
 * no poller is waiting at is handed out only seconds later (an Update-with-Start then took 5 s, the do-nothing
 * baseline's as much as an intake's); one partition carries far more than this product asks of it. Compose's
 * Temporal is given the same (config/temporal-dynamic-config.yaml).
 */
export const ONE_PARTITION = ['matching.numTaskqueueReadPartitions=1', 'matching.numTaskqueueWritePartitions=1'];

async function startTemporal(opts: StackOptions, dataDir: string, codecEndpoint: string | undefined, stack: Supervisor): Promise<string> {
  const address = `127.0.0.1:${opts.temporalPort}`;
  const dbFile = join(dataDir, 'temporal.db');
  const pidFile = join(dataDir, 'temporal.pid');
  const cli = await temporalCliPath();
  await stopLeftover('Temporal dev server', pidFile, dbFile, opts.log);
  opts.log(`[start] starting the Temporal dev server on ${address} (state in ${dbFile})`);
  const args = ['server', 'start-dev', '--db-filename', dbFile, '--ip', '127.0.0.1', '--port', String(opts.temporalPort)];
  args.push('--ui-port', String(opts.temporalUiPort), '--namespace', opts.namespace, '--log-level', 'warn');
  if (codecEndpoint) args.push('--ui-codec-endpoint', codecEndpoint);
  if (opts.temporalMetricsPort !== undefined) args.push('--metrics-port', String(opts.temporalMetricsPort));
  for (const setting of ONE_PARTITION) args.push('--dynamic-config-value', setting);
  stack.addTemporal(() =>
    // Its shutdown logs a dozen dial-error warnings about itself that tell the reader nothing.
    spawnChild('temporal', cli, [...args, ...searchAttributeFlags()], {
      env: opts.env,
      cwd: dataDir,
      log: opts.log,
      pidFile,
      quietWhileStopping: true,
    }),
  );
  await waitFor(`Temporal at ${address}`, () => temporalAnswers(address, opts.namespace), TEMPORAL_READY_MS, stack);
  return address;
}

async function startPostgres(opts: StackOptions, dataDir: string, stack: Supervisor): Promise<string> {
  const postgresDir = join(dataDir, 'postgres');
  opts.log(`[start] starting embedded Postgres on 127.0.0.1:${opts.postgresPort}`);
  const postgres = await stack.addPostgres(() => startEmbeddedPostgres({ dataDir: postgresDir, port: opts.postgresPort, log: opts.log }));
  return postgres.url;
}

/** A TypeScript entry point of this checkout in its own Node process (the product's processes, the bench's worker). */
export function spawnScript(name: string, script: string, env: NodeJS.ProcessEnv, log: Log, pidFile?: string): Child {
  return spawnChild(name, process.execPath, ['--import', tsxLoader, join(projectRoot, script)], {
    env,
    cwd: projectRoot,
    log,
    pidFile,
  });
}

async function migrate(env: NodeJS.ProcessEnv, stack: Supervisor, log: Log): Promise<void> {
  log('[start] applying database migrations');
  const child = stack.addApp(() => spawnScript('migrate', 'db/migrate-main.ts', env, log), false);
  const exit = await stack.race(child.exited);
  if (exit.code !== 0) throw new Error(`migrations failed: migrate ${describeExit(exit)}`);
}

async function startApp(name: string, script: string, env: NodeJS.ProcessEnv, dataDir: string, stack: Supervisor, log: Log) {
  const pidFile = join(dataDir, `${name}.pid`);
  await stopLeftover(name, pidFile, join(projectRoot, script), log);
  stack.addApp(() => spawnScript(name, script, env, log, pidFile), true);
}

export async function startStack(opts: StackOptions): Promise<RunningStack> {
  const dataDir = resolve(opts.dataDir);
  await mkdir(dataDir, { recursive: true });
  opts.log(`[start] data folder: ${dataDir}`);
  const stack = new Supervisor(opts.log, opts.signal);
  try {
    const adminToken = opts.adminToken ?? (await keptAdminToken(dataDir)).value;
    const payloadKeys = await payloadKeysFor(opts, dataDir);
    const keys = parsePayloadKeys(payloadKeys);
    const codec = keys === PLAINTEXT ? undefined : codecServerFor(opts);
    const temporalAddress = opts.temporalAddress ?? (await startTemporal(opts, dataDir, codec?.uiEndpoint, stack));
    const databaseUrl = opts.databaseUrl ?? (await startPostgres(opts, dataDir, stack));
    const env: NodeJS.ProcessEnv = {
      ...opts.env,
      TEMPORAL_ADDRESS: temporalAddress,
      TEMPORAL_NAMESPACE: opts.namespace,
      DATABASE_URL: databaseUrl,
      ADMIN_TOKEN: adminToken,
      PORT: String(opts.apiPort),
      TEMPORAL_PAYLOAD_KEYS: payloadKeys,
      // The follow links in messages lead to this machine's API unless the operator says where it is reached.
      PUBLIC_BASE_URL: opts.env.PUBLIC_BASE_URL || `http://localhost:${opts.apiPort}`,
    };
    await migrate(env, stack, opts.log);
    if (opts.worker ?? true) {
      opts.log('[start] starting the worker and the API');
      await startApp('worker', 'worker/main.ts', env, dataDir, stack, opts.log);
    } else {
      opts.log('[start] starting the API (the caller runs the workers)');
    }
    await startApp('api', 'api/main.ts', env, dataDir, stack, opts.log);
    if (codec) await startApp('codec-server', 'codec/main.ts', { ...env, ...codec.env }, dataDir, stack, opts.log);
    const apiUrl = `http://127.0.0.1:${opts.apiPort}`;
    await waitFor(`the API at ${apiUrl}`, () => apiAnswers(apiUrl), API_READY_MS, stack);
    return {
      apiUrl,
      temporalAddress,
      temporalUiUrl: opts.temporalAddress ? undefined : `http://127.0.0.1:${opts.temporalUiPort}`,
      temporalMetricsUrl: opts.temporalAddress || opts.temporalMetricsPort === undefined ? undefined : `http://127.0.0.1:${opts.temporalMetricsPort}/metrics`,
      databaseUrl,
      adminToken,
      dataDir,
      dataConverter: dataConverterFor(keys),
      codecServerUrl: codec?.url,
      spawnWorker: (name) => stack.addApp(() => spawnScript(name, 'worker/main.ts', env, opts.log), false),
      ...(opts.databaseUrl ? {} : { restartPostgres: (whileDown) => stack.restartPostgres(whileDown) }),
      ...(opts.temporalAddress
        ? {}
        : {
            restartTemporal: async (whileDown) => {
              await stack.restartTemporal(whileDown);
              await waitFor(`Temporal at ${temporalAddress}`, () => temporalAnswers(temporalAddress, opts.namespace), TEMPORAL_READY_MS, stack);
            },
          }),
      ended: stack.ended,
      stop: () => stack.stop(),
    };
  } catch (err) {
    await stack.stop();
    throw err;
  }
}

/**
 * The product on ports the OS picks, for the tools that run beside `npm start` (bench, chaos, fuzz), on the
 * Temporal and Postgres they name, else on servers of its own.
 */
export async function startStackOnFreePorts(
  opts: Omit<StackOptions, 'apiPort' | 'codecServerPort' | 'temporalPort' | 'temporalUiPort' | 'temporalMetricsPort' | 'postgresPort' | 'namespace'> & {
    namespace?: string;
  },
): Promise<RunningStack> {
  const [apiPort, codecServerPort, temporalPort, temporalUiPort, temporalMetricsPort, postgresPort] = await freePorts(6);
  return startStack({
    namespace: 'default',
    ...opts,
    apiPort: apiPort!,
    codecServerPort: codecServerPort!,
    temporalPort: temporalPort!,
    temporalUiPort: temporalUiPort!,
    temporalMetricsPort: temporalMetricsPort!,
    postgresPort: postgresPort!,
  });
}
