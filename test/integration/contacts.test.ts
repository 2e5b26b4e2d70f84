import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, appealBody, startTestStack, type TestStack } from '../support/stack.js';

// The contact log (跟踪了解办理进展, issue 16): the office, the lead or the case owner records each time they followed
// up with the enterprise; the appeal counts them, and the enterprise learns it was contacted, not what was noted.

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
  await stack.department('fin');
  await stack.department('tax');
});
afterAll(() => stack?.teardown());

describe('the contact log', () => {
  it('records contacts by the office, the lead and the case owner, and counts them', async () => {
    const office = await stack.token('office');
    const created = (await stack.api('POST', '/v1/appeals', office, appealBody(undefined, { channel: 'service_window' }))).body;
    const id = created.id as string;
    const post = (token: string, body: Record<string, unknown>) => stack.api('POST', `/v1/appeals/${id}/contacts`, token, body);
    expect((await post(office, { method: 'phone', summary: '电话告知已受理' })).status).toBe(200);
    await stack.api('POST', `/v1/appeals/${id}/classify`, office, { classification: 'general', timeLimitDays: 10 });
    await stack.api('POST', `/v1/appeals/${id}/assign`, office, { lead: 'fin', co: ['tax'] });

    const lead = await stack.token('department', { department: 'fin' });
    const visited = await post(lead, { method: 'visit', summary: '上门了解用款需求', at: '2026-01-05T10:00:00.000+08:00' });
    expect(visited.status).toBe(200);
    expect(visited.body.contacts).toBe(2);
    expect(visited.body.timeline.at(-1)).toMatchObject({
      kind: 'contacted',
      actor: { role: 'department', department: 'fin' },
      data: { method: 'visit', summary: '上门了解用款需求', contactedAt: '2026-01-05T10:00:00.000+08:00' },
    });
    const future = await post(lead, { method: 'phone', summary: '未来', at: '2099-01-01T00:00:00.000+08:00' });
    expect(future.status).toBe(400);
    expect(future.body.errors).toEqual([{ field: 'at', message: 'must not be in the future' }]);
    expect((await post(await stack.token('department', { department: 'tax' }), { method: 'phone', summary: '协办' })).status).toBe(403);

    // A case owner of another unit, through a department token issued to them.
    const owner = (await stack.api('POST', '/v1/people', ADMIN, { name: '李专员', unit: 'tax', duties: ['case_owner'] })).body.id;
    await stack.api('POST', `/v1/appeals/${id}/owner`, office, { person: owner });
    const ownersToken = await stack.token('department', { person: owner });
    expect((await post(ownersToken, { method: 'message', summary: '微信告知办理进度' })).body.contacts).toBe(3);

    const enterprise = await stack.token('enterprise', { creditCode: created.enterprise.creditCode });
    const seen = (await stack.api('GET', `/v1/appeals/${id}`, enterprise)).body;
    expect(seen.contacts).toBeUndefined();
    expect(seen.timeline.filter((e: { kind: string }) => e.kind === 'contacted').map((e: { data: unknown }) => e.data)).toEqual([
      { method: 'phone', contactedAt: expect.any(String) },
      { method: 'visit', contactedAt: '2026-01-05T10:00:00.000+08:00' },
      { method: 'message', contactedAt: expect.any(String) },
    ]);
  });
});
