import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { DataConverter } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import type { Kysely } from 'kysely';
import { pino } from 'pino';
import type { MessageChannel } from '../../activities/channels/message-channel.js';
import { createApp } from '../../api/app.js';
import { followLinkSecrets } from '../../config/follow-link-secrets.js';
import { DRIVER_SETTINGS, parseSettings } from '../../config/settings.js';
import { tokenWriteLimit as writeLimitOf, type RateLimit } from '../../api/rate-limit.js';
import { dataConverterFor } from '../../codec/data-converter.js';
import { parsePayloadKeys } from '../../codec/payload-keys.js';
import { migrateToLatest } from '../../db/migrator.js';
import { createDb } from '../../db/pool.js';
import type { Database } from '../../db/schema.js';
import { outboundRules } from '../../domain/outbound-url.js';
import { temporalCliExecutable, testServerExecutable } from '../../scripts/temporal-binaries.js';
import { createWorker } from '../../worker/create-worker.js';
import { ensureSearchAttributes } from '../../gateway/search-attributes.js';
import { adminQuery, databaseUrl } from '../../db/server.js';
import { jsonRequest, readBody } from '../../scripts/json-request.js';
import { createAnswerCheck, type AnswerCheck } from './answer-check.js';

// The whole product in one process on its own Temporal test server (so nothing else moves its clock): its own
// database, a real worker and the real HTTP API on a free port. The tests run it (test/support/stack.ts), and so
// does the benchmark of the longest lifecycle, which is why nothing here needs the test runner.

export const TIMEZONE = 'Asia/Shanghai';
export const ADMIN = 'test-admin-token';
// A fixed key rather than one per stack, so that histories recorded for the replay test (RECORD_HISTORIES) can be
// opened again by it. Tests only: it is public.
export const TEST_PAYLOAD_KEYS = `test-1:${Buffer.from('appeals-test-payload-key-32bytes').toString('base64')}`;
/**
 * The test receivers listen on 127.0.0.1 over http: the exceptions an operator would set with
 * WEBHOOK_HTTP_HOSTS=127.0.0.1 and WEBHOOK_PRIVATE_NETWORKS=127.0.0.1/32, and no wider.
 */
export const TEST_OUTBOUND = outboundRules({ httpHosts: ['127.0.0.1'], privateNetworks: ['127.0.0.1/32'] });
/** Each token's writes in tests: lifted (DRIVER_SETTINGS), as tests write far faster than people. */
export const DRIVER_WRITE_LIMIT = writeLimitOf(parseSettings(DRIVER_SETTINGS, ['API_TOKEN_WRITE_BURST', 'API_TOKEN_WRITES_PER_SECOND']));

export interface Answer {
  status: number;
  // The answer's JSON, whatever route gave it: tests read it field by field, and their assertions check its shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- typing it would mean a cast at every read
  body: any;
  headers: Headers;
}

export interface TestStack {
  env: TestWorkflowEnvironment;
  /** What the stack's clients and worker encrypt payloads with: for a client of the test's own. */
  dataConverter: DataConverter;
  db: Kysely<Database>;
  /** The stack's own database on `serverUrl` (a test can make it unreachable: test/support/ledger-outage.ts). */
  database: string;
  serverUrl: string;
  baseUrl: string;
  taskQueue: string;
  api(method: string, path: string, token?: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>;
  token(role: 'office' | 'admin' | 'department' | 'enterprise' | 'leader' | 'commission', extra?: Record<string, string>): Promise<string>;
  department(code: string, name?: string): Promise<void>;
  /** Stops the worker only (the test server keeps its state), to restart it with `startWorker`. */
  stopWorker(): Promise<void>;
  startWorker(): Promise<void>;
  teardown(): Promise<void>;
}

export interface TestStackOptions {
  /** For files that restart the worker (see createWorker's maxCachedWorkflows). */
  workflowCache?: boolean;
  /** The Temporal dev server instead of the time-skipping one, for features that need it (Schedules). */
  temporal?: 'time-skipping' | 'dev';
  /** Where messages to enterprises and submitters go (default: the ledger, with no delivery workflow). */
  messageChannel?: MessageChannel;
  /** API_MAX_SUBMISSIONS_IN_FLIGHT, its documented default unless given. */
  maxSubmissionsInFlight?: number;
  /** How long a submission or a step waits on Temporal before answering (20 s unless given). */
  appealAnswerWithinMs?: number;
  /** Each token's writes (DRIVER_WRITE_LIMIT unless given). */
  tokenWriteLimit?: RateLimit;
}

export interface ProductStackOptions extends TestStackOptions {
  /** The Postgres server the stack's own database is created on (and dropped from at teardown). */
  serverUrl: string;
  /** A migrated database to clone; without it, the new database is migrated. */
  template?: string;
  /** Workflow code bundled once for many stacks; without it, the worker bundles its own. */
  workflowBundleCode?: string;
}

export async function startProductStack({
  workflowCache = true,
  temporal = 'time-skipping',
  maxSubmissionsInFlight = parseSettings({}, ['API_MAX_SUBMISSIONS_IN_FLIGHT']).API_MAX_SUBMISSIONS_IN_FLIGHT,
  appealAnswerWithinMs,
  tokenWriteLimit = DRIVER_WRITE_LIMIT,
  serverUrl,
  template,
  workflowBundleCode,
  messageChannel,
}: ProductStackOptions): Promise<TestStack> {
  const dataConverter = dataConverterFor(parsePayloadKeys(TEST_PAYLOAD_KEYS));
  const followSecrets = followLinkSecrets(undefined, parsePayloadKeys(TEST_PAYLOAD_KEYS));
  const env =
    temporal === 'dev'
      ? await TestWorkflowEnvironment.createLocal({ server: { executable: await temporalCliExecutable() }, client: { dataConverter } })
      : await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: await testServerExecutable() }, client: { dataConverter } });
  await ensureSearchAttributes(env.connection, 'default');

  const database = `appeals_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await adminQuery(serverUrl, `create database ${database}${template ? ` template ${template}` : ''}`);
  const db = createDb(databaseUrl(serverUrl, database), { max: parseSettings({}, ['DATABASE_POOL_MAX']).DATABASE_POOL_MAX });
  if (!template) await migrateToLatest(db);
  const taskQueue = `appeals-test-${randomUUID()}`;

  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  async function startWorker() {
    worker = await createWorker({
      connection: env.nativeConnection,
      client: env.client,
      namespace: 'default',
      taskQueue,
      dataConverter,
      db,
      timezone: TIMEZONE,
      workflowBundle: workflowBundleCode === undefined ? undefined : { code: workflowBundleCode },
      // Receivers in tests answer at once or never: a short timeout keeps "never" quick.
      deliveryTimeoutMs: 1_500,
      outbound: TEST_OUTBOUND,
      // The links messages carry lead to this stack's own API, so a test can follow one.
      follow: { baseUrl, secrets: followSecrets },
      ...(messageChannel ? { messageChannel } : {}),
      ...(workflowCache ? {} : { maxCachedWorkflows: 0 }),
    });
    running = worker.run();
  }
  async function stopWorker() {
    worker?.shutdown();
    await running;
    worker = undefined;
  }

  const { app } = createApp({
    db,
    client: env.client,
    connection: env.connection,
    taskQueue,
    timezone: TIMEZONE,
    adminToken: ADMIN,
    outbound: TEST_OUTBOUND,
    log: pino({ level: 'silent' }),
    maxSubmissionsInFlight,
    tokenWriteLimit,
    appealAnswerWithinMs,
    followLinkSecrets: followSecrets,
    clock: () => env.currentTimeMs(),
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await startWorker();

  // The stack's own document, read once: every answer through `api` is checked against it (test/support/answer-check.ts).
  let check: Promise<AnswerCheck> | undefined;
  async function api(method: string, path: string, token?: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(baseUrl + path, jsonRequest(method, token, body, headers));
    const parsed = await readBody(response);
    check ??= fetch(`${baseUrl}/openapi.json`).then(async (r) => createAnswerCheck((await r.json()) as Parameters<typeof createAnswerCheck>[0]));
    const mismatch = (await check)(method, path, response.status, response.headers.get('content-type'), parsed);
    if (mismatch) throw new Error(`${mismatch}\nbody: ${JSON.stringify(parsed).slice(0, 2000)}`);
    return { status: response.status, body: parsed, headers: response.headers };
  }

  return {
    env,
    dataConverter,
    db,
    database,
    serverUrl,
    baseUrl,
    taskQueue,
    api,
    async token(role, extra = {}) {
      const answer = await api('POST', '/v1/tokens', ADMIN, { role, ...extra });
      if (answer.status !== 201) throw new Error(`token ${role}: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body.token as string;
    },
    async department(code, name = `${code} 局`) {
      const answer = await api('POST', '/v1/departments', ADMIN, { code, name });
      if (answer.status !== 201) throw new Error(`department ${code}: ${answer.status} ${JSON.stringify(answer.body)}`);
    },
    stopWorker,
    startWorker,
    async teardown() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await stopWorker();
      await env.teardown();
      await db.destroy();
      await adminQuery(serverUrl, `drop database if exists ${database}`).catch(() => {});
    },
  };
}
