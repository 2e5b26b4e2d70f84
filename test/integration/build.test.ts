import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { adminQuery, databaseUrl } from '../../db/server.js';
import { freePort } from '../../scripts/ports.js';
import { testServerExecutable } from '../../scripts/temporal-binaries.js';
import { appealBody } from '../support/appeal-body.js';
import { preloadedModules } from '../support/preloaded-modules.js';

// `npm run build` for real, and the compiled processes as the image runs them (`node dist/...`, no tsx): the
// migration, a worker on the pre-built workflow bundle and the API, on a fresh database and a Temporal test server.
// An appeal submitted through the compiled API is registered by the compiled worker, so every import resolves and
// the bundle runs. The build goes to a folder of its own under dist/ (inside the checkout, so that node_modules and
// package.json's "type": "module" apply as they do in the image).

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, 'dist', `.test-${randomUUID().slice(0, 8)}`);
const database = `appeals_build_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const ADMIN_TOKEN = 'build-test-admin-token';
let env: TestWorkflowEnvironment;
const running: ChildProcess[] = [];

beforeAll(async () => {
  await mkdir(join(root, 'dist'), { recursive: true });
  env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: await testServerExecutable() } });
  await adminQuery(inject('postgresServerUrl'), `create database ${database}`);
});
afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  await env?.teardown();
  await adminQuery(inject('postgresServerUrl'), `drop database if exists ${database} with (force)`).catch(() => {});
  await rm(outDir, { recursive: true, force: true });
});

function settings(extra: Record<string, string> = {}) {
  return {
    PATH: process.env.PATH,
    DATABASE_URL: databaseUrl(inject('postgresServerUrl'), database),
    TEMPORAL_ADDRESS: env.address,
    TEMPORAL_TASK_QUEUE: `build-test-${randomUUID()}`,
    TEMPORAL_PAYLOAD_KEYS: 'none',
    ...extra,
  };
}

/** Starts `node <compiled file>` and resolves with its JSON log lines once one satisfies `ready`. */
function startCompiled(file: string, environment: Record<string, string | undefined>, ready: (line: Record<string, unknown>) => boolean) {
  const child = spawn(process.execPath, [join(outDir, file)], { cwd: root, env: environment });
  running.push(child);
  const lines: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const started = new Promise<Record<string, unknown>[]>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const complete = out.split('\n');
      out = complete.pop()!;
      for (const text of complete) {
        const line = JSON.parse(text) as Record<string, unknown>;
        lines.push(line);
        if (ready(line)) resolve(lines);
      }
    });
    child.once('exit', (code) => reject(new Error(`${file} exited (${code}): ${stderr}${JSON.stringify(lines)}`)));
  });
  return { child, lines, started };
}

describe('npm run build', () => {
  it('compiles the processes and the workflow bundle, and they run with node alone', async () => {
    const build = spawnSync('npm', ['run', 'build', '--', '--out-dir', outDir], { cwd: root, encoding: 'utf8', timeout: 180_000 });
    expect(build.stderr + build.stdout).toContain('build: compiled to');
    expect(build.status).toBe(0);
    for (const file of ['api/main.js', 'worker/main.js', 'db/migrate-main.js', 'codec/main.js', 'workflow-bundle.js']) {
      expect(existsSync(join(outDir, file)), file).toBe(true);
    }
    expect(preloadedModules(await readFile(join(outDir, 'workflow-bundle.js'), 'utf8'))).toEqual(['./workflows/shared-modules.ts']);

    const migrate = spawnSync(process.execPath, [join(outDir, 'db/migrate-main.js')], { cwd: root, env: settings(), encoding: 'utf8', timeout: 60_000 });
    expect(migrate.status, migrate.stderr + migrate.stdout).toBe(0);
    expect(migrate.stdout).toContain('"msg":"migrated"');

    const common = settings();
    const worker = startCompiled('worker/main.js', { ...common, WORKER_METRICS_PORT: '0' }, (l) => l.msg === 'worker running');
    const workerLines = await worker.started;
    expect(workerLines).toContainEqual(
      expect.objectContaining({ msg: 'workflows from the pre-built bundle', workflowBundle: join(outDir, 'workflow-bundle.js') }),
    );

    const port = await freePort();
    const api = startCompiled('api/main.js', { ...common, PORT: String(port), ADMIN_TOKEN }, (l) => l.msg === 'api listening');
    await api.started;
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ postgres: 'ok', temporal: 'ok' });

    const post = (path: string, token: string, body: unknown) =>
      fetch(base + path, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const { token: office } = (await (await post('/v1/tokens', ADMIN_TOKEN, { role: 'office' })).json()) as { token: string };
    const submitted = await post('/v1/appeals', office, appealBody(undefined, { title: '编译后的进程' }));
    expect(submitted.status).toBe(201);
    expect(await submitted.json()).toMatchObject({ status: 'registered', title: '编译后的进程' });

    // The SDK's own lines (its worker's state changes) come through pino as JSON, with the SDK's level mapped.
    expect(worker.lines).toContainEqual(
      expect.objectContaining({ name: 'worker', level: 30, sdkComponent: 'worker', msg: expect.stringMatching(/state changed/i) }),
    );
  });
});
