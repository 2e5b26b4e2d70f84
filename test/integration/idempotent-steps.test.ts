import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appealWorkflowId, stepUpdates } from '../../workflows/messages.js';
import { iso } from '../support/lifecycle.js';
import { appealBody, newCreditCode, startTestStack, type TestStack } from '../support/stack.js';

// Steps with an Idempotency-Key (issue 13), through the real API, worker, Temporal test server and Postgres: a
// repeat is taken once and answers the first answer, another request with the key is 409, a refusal frees the
// key, and a repeat whose first try is still in flight, or whose answer was lost, is still taken once.
// `path` and `progress` may be repeated, so a second event on the timeline is what taking a step twice looks like.
// No workflow cache: a restarted worker then picks up at once the Updates sent while it was stopped (a cached
// workflow's next task would wait for the stopped worker's sticky queue to time out).

let stack: TestStack;
let office: string;
let dept: string;
const DEPT = 'idem-dept';

beforeAll(async () => {
  stack = await startTestStack({ workflowCache: false });
  await stack.department(DEPT);
  [office, dept] = await Promise.all([stack.token('office'), stack.token('department', { department: DEPT })]);
});
afterAll(() => stack?.teardown());

const keyed = (key: string | undefined): Record<string, string> => (key === undefined ? {} : { 'Idempotency-Key': key });
const post = (id: string, step: string, token: string, body: unknown, key?: string) => stack.api('POST', `/v1/appeals/${id}/${step}`, token, body, keyed(key));

/** An appeal assigned to DEPT, awaiting its acceptance. */
async function assignedAppeal(): Promise<string> {
  const id = (await stack.api('POST', '/v1/appeals', office, appealBody())).body.id as string;
  expect((await post(id, 'classify', office, { classification: 'general', timeLimitDays: 10 })).status).toBe(200);
  expect((await post(id, 'assign', office, { lead: DEPT })).status).toBe(200);
  return id;
}

async function count(id: string, kind: string): Promise<number> {
  const { timeline } = (await stack.api('GET', `/v1/appeals/${id}`, office)).body as { timeline: { kind: string }[] };
  return timeline.filter((e) => e.kind === kind).length;
}

describe('an appeal step sent again with its Idempotency-Key', () => {
  it('is taken once and answers its first answer, even after another step moved the appeal on', async () => {
    const id = await assignedAppeal();
    const first = await post(id, 'path', dept, { message: '已协调合作银行' }, 'path-1');
    expect(first.status).toBe(200);
    expect((await post(id, 'accept', dept, {})).status).toBe(200);

    const again = await post(id, 'path', dept, { message: '已协调合作银行' }, 'path-1');
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.body.status).toBe('assigned');
    expect(await count(id, 'path_reported')).toBe(1);
    // Without the key the same request is a second answer to the enterprise.
    expect((await post(id, 'path', dept, { message: '已协调合作银行' })).status).toBe(200);
    expect(await count(id, 'path_reported')).toBe(2);
  });

  it('refuses another request with the key (409) and takes nothing for it', async () => {
    const id = await assignedAppeal();
    expect((await post(id, 'progress', dept, { message: '第一次进展' }, 'progress-1')).status).toBe(200);
    for (const [step, body] of [
      ['progress', { message: '另一次进展' }],
      ['path', { message: '第一次进展' }],
    ] as const) {
      const other = await post(id, step, dept, body, 'progress-1');
      expect(other.status, step).toBe(409);
      expect(other.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(other.body.detail).toMatch(/Idempotency-Key/);
    }
    expect(await count(id, 'progress_reported')).toBe(1);
    expect(await count(id, 'path_reported')).toBe(0);
  });

  it('leaves the key free after a refused step: for the same request once allowed, and for another', async () => {
    const id = await assignedAppeal();
    const early = await post(id, 'resolve', dept, { summary: '已放款' }, 'resolve-1');
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ currentStatus: 'assigned' });
    expect((await post(id, 'resolve', dept, { summary: '已放款' }, 'accept-1')).status).toBe(409);
    expect((await post(id, 'accept', dept, {}, 'accept-1')).status).toBe(200);
    const resolved = await post(id, 'resolve', dept, { summary: '已放款' }, 'resolve-1');
    expect(resolved.status).toBe(200);
    expect(resolved.body.status).toBe('resolved');
    expect(await count(id, 'resolved')).toBe(1);
  });

  it('is taken once when the repeat arrives while the first is still in flight', async () => {
    const id = await assignedAppeal();
    await stack.stopWorker();
    const both = Promise.all([0, 1].map(() => post(id, 'progress', dept, { message: '并发重试' }, 'in-flight')));
    await new Promise((r) => setTimeout(r, 1000));
    await stack.startWorker();
    const answers = await both;
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers[1]!.body).toEqual(answers[0]!.body);
    expect(await count(id, 'progress_reported')).toBe(1);
  });

  it('is taken once when the first answer was lost after the step went through (an API crash)', async () => {
    const id = await assignedAppeal();
    expect((await post(id, 'progress', dept, { message: '答复丢失' }, 'lost-1')).status).toBe(200);
    // What a crash between the Update and keeping its answer leaves: the key claimed, no answer.
    await stack.db.updateTable('idempotency_keys').set({ answer_status: null, answer: null }).where('key', '=', 'lost-1').execute();
    const again = await post(id, 'progress', dept, { message: '答复丢失' }, 'lost-1');
    expect(again.status).toBe(200);
    expect(await count(id, 'progress_reported')).toBe(1);
  });

  it('is taken once when the first try timed out with 503 and went through later', async () => {
    const id = await assignedAppeal();
    await stack.stopWorker();
    const timedOut = await post(id, 'progress', dept, { message: '超时重试' }, 'timeout-1');
    expect(timedOut.status).toBe(503);
    expect(await stack.db.selectFrom('idempotency_keys').select('answer_status').where('key', '=', 'timeout-1').execute()).toEqual([{ answer_status: null }]);
    await stack.startWorker();
    await expect.poll(() => count(id, 'progress_reported'), { timeout: 10_000 }).toBe(1);
    const again = await post(id, 'progress', dept, { message: '超时重试' }, 'timeout-1');
    expect(again.status).toBe(200);
    expect(await count(id, 'progress_reported')).toBe(1);
  }, 60_000);

  it('needs a key of 1–200 characters (400 naming the header) and a body that parses', async () => {
    const id = await assignedAppeal();
    for (const key of ['', 'k'.repeat(201)]) {
      const refused = await post(id, 'progress', dept, { message: '键太长' }, key);
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([{ field: 'Idempotency-Key', message: 'must be 1–200 characters' }]);
    }
    expect((await post(id, 'progress', dept, { message: '键刚好' }, 'k'.repeat(200))).status).toBe(200);
    expect(await count(id, 'progress_reported')).toBe(1);
    // A body that is not JSON is not the request the key holds.
    expect((await post(id, 'accept', dept, {}, 'accept-empty')).status).toBe(200);
    const garbled = await fetch(`${stack.baseUrl}/v1/appeals/${id}/accept`, {
      method: 'POST',
      headers: { authorization: `Bearer ${dept}`, 'content-type': 'application/json', 'Idempotency-Key': 'accept-empty' },
      body: '{not json',
    });
    expect(garbled.status).toBe(400);
  });

  it('is scoped to the token: another token’s equal key is its own, and a submission’s key is not a step’s', async () => {
    const id = await assignedAppeal();
    const colleague = await stack.token('department', { department: DEPT });
    for (const token of [dept, colleague]) expect((await post(id, 'progress', token, { message: '各自的键' }, 'shared')).status).toBe(200);
    expect(await count(id, 'progress_reported')).toBe(2);

    expect((await stack.api('POST', '/v1/appeals', office, appealBody(), keyed('submit-then-step'))).status).toBe(201);
    expect((await post(id, 'supervision', office, { reason: '督办' }, 'submit-then-step')).status).toBe(409);
    expect((await post(id, 'supervision', office, { reason: '督办' }, 'step-then-submit')).status).toBe(200);
    const submission = await stack.api('POST', '/v1/appeals', office, appealBody(), keyed('step-then-submit'));
    expect(submission.status).toBe(409);
    expect(submission.body.appealId).toBeNull();
  });
});

describe('Temporal', () => {
  it('runs an Update id once: a duplicate delivery straight to the workflow is applied once', async () => {
    const id = await assignedAppeal();
    const handle = stack.env.client.workflow.getHandle(appealWorkflowId(id));
    const command = { actor: { role: 'department' as const, department: DEPT }, message: '重复投递' };
    const send = () => handle.executeUpdate(stepUpdates.progress, { args: [command], updateId: 'duplicate-delivery' });
    const [a, b] = await Promise.all([send(), send()]);
    const c = await send();
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(await count(id, 'progress_reported')).toBe(1);
  });
});

describe('a meeting step sent again with its Idempotency-Key', () => {
  const company = (creditCode: string) => ({ name: '绵阳测试科技有限公司', creditCode, contact: { name: '李四', phone: '13900000000' } });

  async function meeting(): Promise<string> {
    const startsAt = iso((await stack.env.currentTimeMs()) + 30 * 24 * 3_600_000);
    const created = await stack.api('POST', '/v1/meetings', office, {
      kind: 'symposium',
      title: '座谈会',
      theme: '融资',
      chair: '市长',
      location: '市政府',
      startsAt,
    });
    expect(created.status).toBe(201);
    return created.body.id as string;
  }
  const step = (id: string, name: string, body: unknown, key: string) => stack.api('POST', `/v1/meetings/${id}/${name}`, office, body, keyed(key));

  it('registration: taken once with its first answer (201), whatever the body’s key order; another body 409; a refusal frees the key', async () => {
    const id = await meeting();
    const cc = newCreditCode();
    const problem = { category: 'financing', title: '贷款难', description: '贷款审批慢' };
    const first = await step(id, 'registrations', { enterprise: company(cc), problems: [problem] }, 'register-1');
    expect(first.status).toBe(201);
    // A second registration without the key would replace the first and answer 200.
    const again = await step(
      id,
      'registrations',
      { problems: [{ description: '贷款审批慢', title: '贷款难', category: 'financing' }], enterprise: company(cc) },
      'register-1',
    );
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const other = await step(id, 'registrations', { enterprise: company(cc), problems: [] }, 'register-1');
    expect(other.status).toBe(409);
    const { timeline } = (await stack.api('GET', `/v1/meetings/${id}`, office)).body as { timeline: { kind: string }[] };
    expect(timeline.filter((e) => e.kind === 'registered')).toHaveLength(1);

    const cancelled = await meeting();
    expect((await step(cancelled, 'cancel', { reason: '改期' }, 'cancel-1')).status).toBe(200);
    expect((await step(cancelled, 'invitations', { creditCodes: [cc] }, 'invite-1')).status).toBe(409);
    const invited = await step(id, 'invitations', { creditCodes: [cc] }, 'invite-1');
    expect(invited.status).toBe(200);
    expect(invited.body.invitations).toEqual([cc]);
  });
});
