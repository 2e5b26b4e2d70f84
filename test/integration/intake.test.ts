import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRequest, readBody } from '../../scripts/json-request.js';
import { appealBody, newCreditCode, startTestStack, type Answer, type TestStack } from '../support/stack.js';
import { apiWithoutTemporal } from '../support/temporal-unreachable.js';

// Admission control at intake (issue 13): past the bound of submissions in flight the API answers 503 with
// Retry-After at once and starts nothing; a submission whose registration is not on the ledger within the answer
// bound answers 202 and is registered once a worker runs, exactly once; with Temporal unreachable, 503 and no
// appeal. The worker is stopped to hold registrations back, so the workflow cache is off (see product-stack.ts).

const IN_FLIGHT = 2;
const ANSWER_WITHIN_MS = 1_500;

let stack: TestStack;
let office: string;
let owner: string;
let stranger: string;
let department: string;
let ownerCode: string;
let document: { paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, { required: boolean }> }> }>> };

beforeAll(async () => {
  stack = await startTestStack({ workflowCache: false, maxSubmissionsInFlight: IN_FLIGHT, appealAnswerWithinMs: ANSWER_WITHIN_MS });
  await stack.department('intake-dept');
  ownerCode = newCreditCode();
  [office, owner, stranger, department] = await Promise.all([
    stack.token('office'),
    stack.token('enterprise', { creditCode: ownerCode }),
    stack.token('enterprise', { creditCode: newCreditCode() }),
    stack.token('department', { department: 'intake-dept' }),
  ]);
  document = (await stack.api('GET', '/openapi.json')).body;
});
afterAll(() => stack?.teardown());

/** Appeals on the ledger with this title. */
async function onLedger(title: string): Promise<number> {
  const rows = await stack.db
    .selectFrom('appeals')
    .select('id')
    .where('state', '@>', JSON.stringify({ title }) as never)
    .execute();
  return rows.length;
}

/** Receipt numbers taken so far. */
async function receiptsTaken(): Promise<number> {
  const { rows } = await sql<{ last_value: string; is_called: boolean }>`select last_value, is_called from appeal_receipt_seq`.execute(stack.db);
  return rows[0]!.is_called ? Number(rows[0]!.last_value) : 0;
}

async function withWorkerStopped<T>(work: () => Promise<T>): Promise<T> {
  await stack.stopWorker();
  try {
    return await work();
  } finally {
    await stack.startWorker();
  }
}

const registeringGauge = async () => Number(/^appeals_registering (\S+)$/m.exec((await stack.api('GET', '/metrics')).body as string)?.[1]);

/** The answer's status is declared in /openapi.json, with every header declared as always sent. */
function expectAsDeclared(operation: 'post /v1/appeals' | 'get /v1/appeals/{id}', answer: Answer) {
  const [method, path] = operation.split(' ') as [string, string];
  const declared = document.paths[path]![method]!.responses[answer.status];
  expect(declared, `${operation} declares ${answer.status}`).toBeDefined();
  for (const [name, header] of Object.entries(declared!.headers ?? {})) {
    if (header.required) expect(answer.headers.get(name), `${operation} ${answer.status} ${name}`).not.toBeNull();
  }
}

function expectRegistering(operation: 'post /v1/appeals' | 'get /v1/appeals/{id}', answer: Answer) {
  expect(answer.status).toBe(202);
  expectAsDeclared(operation, answer);
  expect(answer.body).toEqual({ id: expect.any(String), receiptNumber: expect.stringMatching(/^QS\d{8}$/), status: 'registering' });
  expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
}

describe('a registration that is not on the ledger in time', () => {
  it('answers 202 with Location, is read as registering meanwhile, and is registered once a worker runs, exactly once', async () => {
    const title = '登记未及时完成';
    const accepted = await withWorkerStopped(async () => {
      const answer = await stack.api('POST', '/v1/appeals', owner, appealBody(ownerCode, { title }));
      expectRegistering('post /v1/appeals', answer);
      const location = `/v1/appeals/${answer.body.id}`;
      expect(answer.headers.get('location')).toBe(location);

      const polled = await stack.api('GET', location, owner);
      expectRegistering('get /v1/appeals/{id}', polled);
      expect(polled.body).toEqual(answer.body);
      expect((await stack.api('GET', location, office)).status).toBe(202);
      expect((await stack.api('GET', location, stranger)).status).toBe(403);
      expect((await stack.api('GET', location, department)).status).toBe(403);
      expect(await onLedger(title)).toBe(0);
      expect(await registeringGauge()).toBe(1);
      return answer;
    });

    const location = accepted.headers.get('location')!;
    await expect.poll(async () => (await stack.api('GET', location, owner)).status, { timeout: 30_000, interval: 200 }).toBe(200);
    const appeal = (await stack.api('GET', location, owner)).body;
    expect(appeal).toMatchObject({ id: accepted.body.id, receiptNumber: accepted.body.receiptNumber, status: 'registered' });
    expect(appeal.timeline.filter((e: { kind: string }) => e.kind === 'registered')).toHaveLength(1);
    expect(await onLedger(title)).toBe(1);
    expect(await registeringGauge()).toBe(0);
  });

  it('with an Idempotency-Key: a repeat while it registers answers the same 202, and 201 once it is registered, even once closed', async () => {
    const title = '重复提交登记中';
    const body = appealBody(ownerCode, { title });
    const headers = { 'Idempotency-Key': 'registering-repeat' };
    const [first, repeat] = await withWorkerStopped(async () => {
      const a = await stack.api('POST', '/v1/appeals', owner, body, headers);
      const b = await stack.api('POST', '/v1/appeals', owner, body, headers);
      return [a, b];
    });
    expectRegistering('post /v1/appeals', first);
    expectRegistering('post /v1/appeals', repeat);
    expect(repeat.body).toEqual(first.body);
    expect(repeat.headers.get('location')).toBe(first.headers.get('location'));

    await expect.poll(async () => (await stack.api('POST', '/v1/appeals', owner, body, headers)).status, { timeout: 30_000, interval: 200 }).toBe(201);
    const registered = await stack.api('POST', '/v1/appeals', owner, body, headers);
    expectAsDeclared('post /v1/appeals', registered);
    expect(registered.body).toMatchObject({ id: first.body.id, receiptNumber: first.body.receiptNumber, status: 'registered' });
    expect(registered.headers.get('location')).toBe(first.headers.get('location'));

    // Its workflow completes at the withdrawal; a repeat still answers the appeal rather than starting it again.
    expect((await stack.api('POST', `/v1/appeals/${first.body.id}/withdraw`, owner, { reason: '已解决' })).status).toBe(200);
    const afterWithdrawal = await stack.api('POST', '/v1/appeals', owner, body, headers);
    expect(afterWithdrawal.status).toBe(201);
    expect(afterWithdrawal.body).toMatchObject({ id: first.body.id, status: 'withdrawn' });
    expect(await onLedger(title)).toBe(1);
  });
});

describe('past the bound of submissions in flight', () => {
  it('answers 503 with Retry-After before those in flight answer, taking no receipt number and starting nothing', async () => {
    const title = '超过并发上限';
    const before = await receiptsTaken();
    const { inFlight, turnedAway, settledFirst } = await withWorkerStopped(async () => {
      let settled = false;
      const waiting = Promise.all(
        Array.from({ length: IN_FLIGHT }, (_, i) =>
          stack.api('POST', '/v1/appeals', owner, appealBody(ownerCode, { title }), { 'Idempotency-Key': `in-flight-${i}` }),
        ),
      ).finally(() => (settled = true));
      // Both hold their place once they have taken a receipt number; the worker is stopped, so they keep it.
      await expect.poll(receiptsTaken, { timeout: 10_000, interval: 20 }).toBe(before + IN_FLIGHT);
      const away = await Promise.all(
        Array.from({ length: 3 }, (_, i) =>
          stack.api('POST', '/v1/appeals', owner, appealBody(ownerCode, { title }), { 'Idempotency-Key': `turned-away-${i}` }),
        ),
      );
      const settledBefore = settled;
      return { inFlight: await waiting, turnedAway: away, settledFirst: settledBefore };
    });

    expect(settledFirst).toBe(false);
    for (const answer of turnedAway) {
      expect(answer.status).toBe(503);
      expectAsDeclared('post /v1/appeals', answer);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
    for (const answer of inFlight) expectRegistering('post /v1/appeals', answer);
    expect(await receiptsTaken()).toBe(before + IN_FLIGHT);
    const keys = await stack.db.selectFrom('idempotency_keys').select('key').where('key', 'like', 'turned-away-%').execute();
    expect(keys).toEqual([]);

    await expect.poll(() => onLedger(title), { timeout: 30_000, interval: 200 }).toBe(IN_FLIGHT);
  });
});

describe('Temporal unreachable', () => {
  it('answers 503 within its bounds and leaves no appeal; a retry with the same key once it is back registers one', async () => {
    const api = await apiWithoutTemporal(stack, { maxSubmissionsInFlight: IN_FLIGHT, appealAnswerWithinMs: ANSWER_WITHIN_MS });
    try {
      const title = 'Temporal 不可达';
      const body = appealBody(ownerCode, { title });
      const headers = { 'Idempotency-Key': 'temporal-down' };
      const started = Date.now();
      const response = await fetch(api.url('/v1/appeals'), jsonRequest('POST', owner, body, headers));
      const problem = (await readBody(response)) as { status: number };
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(problem.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(15_000);
      // The key was reserved before the start: it names the appeal that was not started.
      const { appeal_id: id } = await stack.db.selectFrom('idempotency_keys').select('appeal_id').where('key', '=', 'temporal-down').executeTakeFirstOrThrow();
      expect(await onLedger(title)).toBe(0);
      expect((await stack.api('GET', `/v1/appeals/${id}`, owner)).status).toBe(404);

      const retried = await stack.api('POST', '/v1/appeals', owner, body, headers);
      expect(retried.status).toBe(201);
      expect(retried.body.id).toBe(id);
      expect(await onLedger(title)).toBe(1);
    } finally {
      await api.close();
    }
  });
});
