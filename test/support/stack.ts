import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, type Worker } from '@temporalio/worker';
import type { Kysely } from 'kysely';
import { pino } from 'pino';
import { inject } from 'vitest';
import { createApp } from '../../api/app.js';
import { creditCodeCheckCharacter } from '../../domain/credit-code.js';
import { createDb } from '../../db/pool.js';
import type { Database } from '../../db/schema.js';
import { temporalCliExecutable, testServerExecutable } from '../../scripts/temporal-binaries.js';
import { createWorker } from '../../worker/create-worker.js';
import { ensureSearchAttributes } from '../../worker/search-attributes.js';
import { adminQuery, databaseUrl } from './global-setup.js';

// The whole product for one test file: its own time-skipping Temporal server (so no other file moves its clock),
// its own database cloned from the migrated template, a real worker and the real HTTP API on a free port.

// The SDK logs every worker state change at INFO; a test run wants its own output and the SDK's warnings.
Runtime.install({ logger: new DefaultLogger('WARN') });

export const TIMEZONE = 'Asia/Shanghai';
export const ADMIN = 'test-admin-token';

export interface Answer {
  status: number;
  body: any;
  headers: Headers;
}

export interface TestStack {
  env: TestWorkflowEnvironment;
  db: Kysely<Database>;
  baseUrl: string;
  taskQueue: string;
  api(method: string, path: string, token?: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>;
  token(role: 'office' | 'admin' | 'department' | 'enterprise', extra?: Record<string, string>): Promise<string>;
  department(code: string, name?: string): Promise<void>;
  /** Stops the worker only (the test server keeps its state), to restart it with `startWorker`. */
  stopWorker(): Promise<void>;
  startWorker(): Promise<void>;
  teardown(): Promise<void>;
}

export function creditCode(body17: string): string {
  return body17 + creditCodeCheckCharacter(body17);
}

let counter = 0;
/** A fresh valid credit code per call, so tests never share an enterprise by accident. */
export function newCreditCode(): string {
  counter += 1;
  return creditCode(`91510700MA${String(process.pid % 10000).padStart(4, '0')}${String(counter).padStart(3, '0')}`);
}

export function appealBody(cc = newCreditCode(), overrides: Record<string, unknown> = {}) {
  return {
    enterprise: { name: '绵阳测试科技有限公司', creditCode: cc, contact: { name: '张三', phone: '13800000000' } },
    channel: 'online_platform',
    category: 'financing',
    title: '贷款审批慢',
    description: '申请科技贷款两个月未有答复',
    ...overrides,
  };
}

export interface TestStackOptions {
  /** For files that restart the worker (see createWorker's maxCachedWorkflows). */
  workflowCache?: boolean;
  /** The Temporal dev server instead of the time-skipping one, for features that need it (Schedules). */
  temporal?: 'time-skipping' | 'dev';
}

export async function startTestStack({ workflowCache = true, temporal = 'time-skipping' }: TestStackOptions = {}): Promise<TestStack> {
  const env =
    temporal === 'dev'
      ? await TestWorkflowEnvironment.createLocal({ server: { executable: await temporalCliExecutable() } })
      : await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: await testServerExecutable() } });
  await ensureSearchAttributes(env.connection, 'default');

  const serverUrl = inject('postgresServerUrl');
  const database = `appeals_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await adminQuery(serverUrl, `create database ${database} template ${inject('templateDatabase')}`);
  const db = createDb(databaseUrl(serverUrl, database));
  const taskQueue = `appeals-test-${randomUUID()}`;

  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  async function startWorker() {
    worker = await createWorker({
      connection: env.nativeConnection,
      client: env.client,
      namespace: 'default',
      taskQueue,
      db,
      timezone: TIMEZONE,
      workflowBundle: { code: inject('workflowBundleCode') },
      // Receivers in tests answer at once or never: a short timeout keeps "never" quick.
      deliveryTimeoutMs: 1_500,
      ...(workflowCache ? {} : { maxCachedWorkflows: 0 }),
    });
    running = worker.run();
  }
  async function stopWorker() {
    worker?.shutdown();
    await running;
    worker = undefined;
  }
  await startWorker();

  const { app } = createApp({
    db,
    client: env.client,
    connection: env.connection,
    taskQueue,
    timezone: TIMEZONE,
    adminToken: ADMIN,
    log: pino({ level: 'silent' }),
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function api(method: string, path: string, token?: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(baseUrl + path, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: keep the text (CSV, Prometheus)
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }

  return {
    env,
    db,
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
