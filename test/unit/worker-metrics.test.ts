import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The worker's metrics endpoint, on the worker process itself (`npm run worker`): it binds before the worker
// reaches Temporal, so a Temporal frontend that accepts and never answers holds the worker there while we look.

const root = fileURLToPath(new URL('../..', import.meta.url));
let silent: Server;
let held: Server;
const portOf = (server: Server) => (server.address() as { port: number }).port;
const listening = (server: Server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

beforeAll(async () => {
  silent = createServer(() => {});
  held = createServer();
  await Promise.all([listening(silent), listening(held)]);
});
afterAll(() => {
  silent.close();
  held.close();
});

const env = (metrics: Record<string, string>) => ({
  PATH: process.env.PATH,
  TEMPORAL_ADDRESS: `127.0.0.1:${portOf(silent)}`,
  DATABASE_URL: 'postgres://u@127.0.0.1:1/d',
  TEMPORAL_PAYLOAD_KEYS: 'none',
  ...metrics,
});

describe('the worker’s metrics port', () => {
  it('taken by another process: one line naming WORKER_METRICS_PORT, no stack trace', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'worker/main.ts'], {
      cwd: root,
      env: env({ WORKER_METRICS_PORT: String(portOf(held)), LOG_LEVEL: 'silent' }),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      `configuration: WORKER_METRICS_PORT cannot be listened on: 127.0.0.1:${portOf(held)} is taken by another process; give each worker on this host its own port, or 0 for a free one`,
    ]);
  });

  it('0 picks a free port on 127.0.0.1, logs it and serves the SDK’s metrics there', async () => {
    const worker = spawn(process.execPath, ['--import', 'tsx', 'worker/main.ts'], { cwd: root, env: env({ WORKER_METRICS_PORT: '0' }) });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        worker.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const line = out.split('\n').find((l) => l.includes('"msg":"metrics listening"'));
          if (line) resolve((JSON.parse(line) as { metrics: string }).metrics);
        });
        worker.once('exit', (code) => reject(new Error(`worker exited (${code}): ${out}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      expect(url).not.toContain(':9464/');
      expect((await fetch(url)).status).toBe(200);
    } finally {
      worker.kill('SIGKILL');
    }
  });
});
