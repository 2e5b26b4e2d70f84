import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, appealBody, startTestStack, type TestStack } from '../support/stack.js';

// Named people on every case (issue 15): the office names a case owner (专员), who follows the appeal and is told
// of everything about it; the lead names its responsible handler (责任人), required before `resolve` when the
// policy says so. Neither is shown to the enterprise.

let stack: TestStack;
let office: string;
let lead: string;
const person = async (body: Record<string, unknown>) => {
  const created = await stack.api('POST', '/v1/people', ADMIN, body);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id as string;
};

beforeAll(async () => {
  stack = await startTestStack();
  await stack.department('fin');
  await stack.department('tax');
  office = await stack.token('office');
  lead = await stack.token('department', { department: 'fin' });
});
afterAll(() => stack?.teardown());

async function step(id: string, name: string, token: string, body: Record<string, unknown> = {}) {
  const answer = await stack.api('POST', `/v1/appeals/${id}/${name}`, token, body);
  expect(answer.status, `${name}: ${JSON.stringify(answer.body)}`).toBe(200);
  return answer.body;
}

describe('a case owner and a responsible handler', () => {
  it('the owner is told of every notification about the appeal and lists it as theirs', async () => {
    const owner = await person({ name: '李专员', unit: 'fin', duties: ['case_owner'] });
    const notOwner = await person({ name: '王科员', unit: 'fin', duties: ['handler'] });
    const cc = (await stack.api('POST', '/v1/appeals', office, appealBody(undefined, { channel: 'service_window' }))).body;
    const id = cc.id as string;
    const refused = await stack.api('POST', `/v1/appeals/${id}/owner`, office, { person: notOwner });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ field: 'person', message: '王科员 has no case_owner duty' }]);
    expect((await stack.api('POST', `/v1/appeals/${id}/owner`, lead, { person: owner })).status).toBe(403);

    const named = await step(id, 'owner', office, { person: owner });
    expect(named.owner).toBe(owner);
    await step(id, 'classify', office, { classification: 'general', timeLimitDays: 10 });
    await step(id, 'assign', office, { lead: 'fin', co: ['tax'] });
    const rows = await stack.db.selectFrom('notifications').select(['kind', 'recipient']).where('appeal_id', '=', id).orderBy('seq').execute();
    expect(rows.map((r) => `${r.kind} → ${r.recipient}`)).toEqual([
      'acknowledged → enterprise',
      'owner_named → office',
      `owner_named → person:${owner}`,
      'assigned → department:fin',
      `assigned → person:${owner}`,
      'assigned → department:tax',
      `assigned → person:${owner}`,
    ]);
    const listed = (await stack.api('GET', `/v1/people/${owner}/appeals`, office)).body.items.map((a: { id: string }) => a.id);
    expect(listed).toEqual([id]);
    expect((await stack.api('GET', `/v1/appeals?owner=${owner}`, office)).body.items.map((a: { id: string }) => a.id)).toEqual([id]);
    expect((await stack.api('GET', `/v1/people/${notOwner}/appeals`, office)).body.items).toEqual([]);
    expect((await stack.api('GET', '/v1/people/nobody/appeals', office)).status).toBe(404);

    // The owner adds notes through a token issued to them; nobody else does.
    const ownersToken = await stack.token('office', { person: owner });
    const noted = await step(id, 'note', ownersToken, { text: '已电话联系企业，约定下周走访' });
    expect(noted.timeline.at(-1)).toMatchObject({
      kind: 'note_added',
      actor: { role: 'office', person: { id: owner, name: '李专员' } },
      data: { text: '已电话联系企业，约定下周走访' },
    });
    expect((await stack.api('POST', `/v1/appeals/${id}/note`, office, { text: '不是专员' })).status).toBe(403);
    expect((await stack.api('POST', `/v1/appeals/${id}/note`, await stack.token('office', { person: notOwner }), { text: '也不是' })).status).toBe(403);

    const enterprise = await stack.token('enterprise', { creditCode: cc.enterprise.creditCode });
    const seen = (await stack.api('GET', `/v1/appeals/${id}`, enterprise)).body;
    expect(seen.owner).toBeUndefined();
    expect(seen.timeline.map((e: { kind: string }) => e.kind)).not.toEqual(expect.arrayContaining(['owner_named']));
    expect(seen.timeline.map((e: { kind: string }) => e.kind)).not.toEqual(expect.arrayContaining(['note_added']));
  });

  it('the lead names its handler, which the policy can require before resolve', async () => {
    const handler = await person({ name: '赵责任人', unit: 'fin', duties: ['handler'] });
    const elsewhere = await person({ name: '钱责任人', unit: 'tax', duties: ['handler'] });
    const policy = (await stack.api('GET', '/v1/policy', office)).body;
    expect(policy.handlerRequired).toBe(false);
    expect((await stack.api('PUT', '/v1/policy', ADMIN, { ...policy, handlerRequired: true })).status).toBe(200);

    const id = (await stack.api('POST', '/v1/appeals', office, appealBody(undefined, { channel: 'service_window' }))).body.id as string;
    await step(id, 'classify', office, { classification: 'general', timeLimitDays: 10 });
    await step(id, 'assign', office, { lead: 'fin' });
    await step(id, 'accept', lead);
    const early = await stack.api('POST', `/v1/appeals/${id}/resolve`, lead, { summary: '已办结' });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ allowedSteps: ['handler'] });
    const wrongUnit = await stack.api('POST', `/v1/appeals/${id}/handler`, lead, { person: elsewhere });
    expect(wrongUnit.body.errors).toEqual([{ field: 'person', message: '钱责任人 is not of fin, the lead' }]);
    const named = await step(id, 'handler', lead, { person: handler });
    expect(named.handler).toBe(handler);
    expect(named.timeline.at(-1)).toMatchObject({ kind: 'handler_named', data: { person: handler } });
    await step(id, 'resolve', lead, { summary: '已办结' });
    await stack.api('PUT', '/v1/policy', ADMIN, { ...policy, handlerRequired: false });
  });
});
