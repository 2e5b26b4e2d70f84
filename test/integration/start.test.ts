import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { afterAll, describe, expect, it } from 'vitest';
import { appealWorkflowId } from '../../workflows/messages.js';
import { startStack, type RunningStack } from '../../scripts/stack.js';
import type { Answer } from '../support/product-stack.js';
import { appealBody } from '../support/stack.js';
import { freePort } from '../../scripts/ports.js';

// `npm start`'s orchestration for real: the Temporal dev server, an embedded Postgres, migrations, a worker and
// the API in a temporary data folder; an appeal submitted before a stop is still there after a restart. Its payloads
// are sealed with a key made on the first start, and the dev server's UI opens them through the codec server.

let dataDir: string;
let stack: RunningStack | undefined;
afterAll(async () => {
  await stack?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function call(base: string, method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const answer: Pick<Answer, 'status' | 'body'> = { status: res.status, body: await res.json() };
  return answer;
}

/** The appeal's first payload, as the server holds it, goes through the endpoint the dev server gave its UI. */
async function expectTheUiDecodes(running: RunningStack, appealId: string) {
  const settings = (await (await fetch(`${running.temporalUiUrl}/api/v1/settings`)).json()) as { Codec?: { Endpoint?: string } };
  const endpoint = settings.Codec?.Endpoint ?? '';
  expect(endpoint.startsWith(`${running.codecServerUrl}/ui/`)).toBe(true);
  const connection = await Connection.connect({ address: running.temporalAddress });
  try {
    const history = await new Client({ connection }).workflow.getHandle(appealWorkflowId(appealId)).fetchHistory();
    const input = history.events![0]!.workflowExecutionStartedEventAttributes!.input!.payloads![0]!;
    const json = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
    const payload = { metadata: Object.fromEntries(Object.entries(input.metadata!).map(([k, v]) => [k, json(v)])), data: json(input.data!) };
    expect(Buffer.from(input.metadata!.encoding!).toString()).toBe('binary/encrypted');
    const post = (url: string) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-namespace': 'default' }, body: JSON.stringify({ payloads: [payload] }) });
    const decoded = (await (await post(`${endpoint}/decode`)).json()) as { payloads: { data: string }[] };
    expect(Buffer.from(decoded.payloads[0]!.data, 'base64').toString()).toContain(appealBody().enterprise.contact.name);
    expect((await post(`${running.codecServerUrl}/decode`)).status).toBe(401);
  } finally {
    await connection.close();
  }
}

describe('npm start', () => {
  it('runs the product, and the appeal survives a stop and a second start', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'appeals-start-'));
    const env = { ...process.env };
    delete env.DATABASE_URL;
    delete env.TEMPORAL_ADDRESS;
    delete env.TEMPORAL_PAYLOAD_KEYS;
    const [apiPort, temporalPort, temporalUiPort, postgresPort, metricsPort, codecServerPort] = [
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
    ];
    const lines: string[] = [];
    const options = {
      dataDir,
      apiPort,
      codecServerPort,
      namespace: 'default',
      temporalPort,
      temporalUiPort,
      postgresPort,
      env: { ...env, WORKER_METRICS_PORT: String(metricsPort) },
      log: (l: string) => lines.push(l),
    };

    stack = await startStack(options);
    expect(stack.temporalUiUrl).toBe(`http://127.0.0.1:${temporalUiPort}`);
    const ready = await fetch(`${stack.apiUrl}/readyz`);
    expect(ready.status).toBe(200);
    const admin = stack.adminToken;
    const office = (await call(stack.apiUrl, 'POST', '/v1/tokens', admin, { role: 'office' })).body.token as string;
    const created = await call(stack.apiUrl, 'POST', '/v1/appeals', office, appealBody(undefined, { title: '重启后仍在' }));
    expect(created.status).toBe(201);
    // The worker's own metrics (the Temporal SDK's, through its runtime's Prometheus exporter).
    const workerMetrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(workerMetrics).toMatch(/^temporal_workflow_completed|^temporal_workflow_task_execution_latency/m);
    expect(lines).toContainEqual(expect.stringMatching(/payloads are encrypted with the key generated now and kept in .*payload-keys/));
    await expectTheUiDecodes(stack, created.body.id as string);
    await stack.stop();
    stack = undefined;

    stack = await startStack(options);
    expect(stack.adminToken).toBe(admin);
    expect(lines.filter((l) => /payloads are encrypted/.test(l)).at(-1)).toMatch(/with the key kept in/);
    const read = await call(stack.apiUrl, 'GET', `/v1/appeals/${created.body.id}`, office);
    expect(read.status).toBe(200);
    expect(read.body.title).toBe('重启后仍在');
    expect(read.body.deadlines.assignBy).toBe(created.body.deadlines.assignBy);
    expect(lines.some((l) => /migrat/i.test(l))).toBe(true);
  });
});
