import { METADATA_ENCODING_KEY, type Payload } from '@temporalio/common';
import proto from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appealWorkflowId } from '../../workflows/messages.js';
import { appealBody, startTestStack, type TestStack } from '../support/stack.js';

// Issue 14: Temporal holds no contact in clear. An appeal goes through intake and a few steps (Updates with free
// text); then every byte of its history, as the server hands it to anyone who may read it, is searched.

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.teardown());

const secrets = {
  enterprise: '密封验证精密仪器有限公司',
  contact: '欧阳密封',
  phone: '13912345678',
  description: '厂房用地手续办理停滞三个月之久',
  pathMessage: '已约谈自然资源局经办人欧阳',
};

/** Every Payload in a decoded protobuf message with where it sits (inputs, Update arguments, results, metadata). */
function payloadsIn(value: unknown, path = '', found: { path: string; payload: Payload }[] = []) {
  if (value instanceof Uint8Array || value === null || typeof value !== 'object') return found;
  const record = value as Record<string, unknown>;
  if (record.data instanceof Uint8Array && record.metadata && typeof record.metadata === 'object') found.push({ path, payload: record as Payload });
  for (const [key, child] of Object.entries(record)) payloadsIn(child, `${path}.${key}`, found);
  return found;
}

// What the server must read, or the SDK writes about itself, and so no codec sees: search attribute values (codes,
// workflows/search-attributes.ts), patch markers' ids and local-activity markers' bookkeeping (sequence number,
// attempt, activity type; their results are ours and sealed).
const CLEAR_BY_DESIGN = /\.searchAttributes\.|\.markerRecordedEventAttributes\.details\.(patch-data|data)\./;

const contains = (bytes: Uint8Array, needle: string) => Buffer.from(bytes).includes(Buffer.from(needle));

describe('payload encryption', () => {
  it("keeps an appeal's enterprise, contact, phone and texts out of its Temporal history", async () => {
    await stack.department('land');
    const [office, land] = [await stack.token('office'), await stack.token('department', { department: 'land' })];
    const body = appealBody(undefined, {
      enterprise: { ...appealBody().enterprise, name: secrets.enterprise, contact: { name: secrets.contact, phone: secrets.phone } },
      category: 'land',
      description: secrets.description,
    });
    const created = await stack.api('POST', '/v1/appeals', office, body);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    for (const [step, token, stepBody] of [
      ['classify', office, { classification: 'general', timeLimitDays: 10 }],
      ['assign', office, { lead: 'land' }],
      ['accept', land, {}],
      ['path', land, { message: secrets.pathMessage }],
    ] as const) {
      const answer = await stack.api('POST', `/v1/appeals/${id}/${step}`, token, stepBody);
      expect(answer.status, `${step}: ${JSON.stringify(answer.body)}`).toBe(200);
    }
    // The product still reads it all back through the codec.
    const read = await stack.api('GET', `/v1/appeals/${id}`, office);
    expect(read.body.enterprise).toMatchObject({ name: secrets.enterprise, contact: { name: secrets.contact, phone: secrets.phone } });

    const handle = stack.env.client.workflow.getHandle(appealWorkflowId(id));
    const history = await handle.fetchHistory();
    const raw = proto.temporal.api.history.v1.History.encode(history).finish();
    for (const [what, needle] of Object.entries(secrets)) expect(contains(raw, needle), `${what} in clear in the history`).toBe(false);

    // Not vacuous: the payloads are ours, and opened with the key they do hold those very values.
    const found = payloadsIn(history);
    for (const { path, payload } of found.filter((p) => !CLEAR_BY_DESIGN.test(p.path))) {
      expect(Buffer.from(payload.metadata![METADATA_ENCODING_KEY]!).toString(), path).toBe('binary/encrypted');
    }
    const payloads = found.map((p) => p.payload);
    const opened = await stack.dataConverter.payloadCodecs![0]!.decode(payloads);
    for (const [what, needle] of Object.entries(secrets))
      expect(
        opened.some((p) => contains(p.data!, needle)),
        `${what} in no payload`,
      ).toBe(true);

    // A history recorded now (RECORD_HISTORIES) replays with the test key, as test/replay does.
    const replayed = await Worker.runReplayHistory(
      { workflowBundle: { code: inject('workflowBundleCode') }, dataConverter: stack.dataConverter },
      history,
      'sealed',
    ).then(
      () => 'ok',
      (err: Error) => err.message,
    );
    expect(replayed).toBe('ok');

    // The UI's row and header hold no personal data, whether or not the server passes them through the codec.
    const description = await handle.describe();
    expect(await description.staticSummary()).toBe(`${created.body.receiptNumber} · land · online_platform`);
    const { currentDetails } = await handle.query<{ currentDetails: string }>('__temporal_workflow_metadata');
    for (const needle of [...Object.values(secrets), body.title]) expect(currentDetails).not.toContain(needle);
  });
});
