import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordLedgerEntry } from '../../db/ledger.js';
import { atLocalTime } from '../../domain/dates.js';
import { seedLedger, seededState } from '../support/ledger-seed.js';
import { ADMIN, TIMEZONE, appealBody, newCreditCode, startTestStack, type TestStack } from '../support/stack.js';

// Publication is the office's decision (README, the public pages): a closed appeal waits, pending, until the
// office publishes or withholds it; referrals and confidential categories wait withheld. What is published is
// scrubbed of identifiers in whatever spelling people wrote them.

let stack: TestStack;
let office: string;
let lead: string;

beforeAll(async () => {
  stack = await startTestStack();
  await stack.department('bank', '人行绵阳市中心支行');
  office = await stack.token('office');
  lead = await stack.token('department', { department: 'bank' });
});
afterAll(() => stack?.teardown());

const publicList = async (query = '') => (await stack.api('GET', `/v1/public/appeals?limit=100${query}`)).body.items as Record<string, string>[];
const decide = (id: string, decision: 'publish' | 'withhold', body: object = {}, token = office) =>
  stack.api('POST', `/v1/appeals/${id}/${decision}`, token, body);
const standing = async (id: string) => (await stack.api('GET', `/v1/appeals/${id}`, office)).body.publication;

describe('the example found on a running instance', () => {
  const enterprise = { name: '绵阳测试科技有限公司', creditCode: newCreditCode(), contact: { name: '王小明', phone: '13912345678' } };
  let id: string;

  it('is not public when closed, only once the office publishes it, and then with nothing identifying', async () => {
    const body = appealBody(enterprise.creditCode, { enterprise, channel: 'chamber', title: '测试科技公司贷款难，联系人手机139-1234-5678' });
    const created = await stack.api('POST', '/v1/appeals', office, body);
    expect(created.status).toBe(201);
    id = created.body.id;
    const step = async (name: string, token: string, payload: object) =>
      expect((await stack.api('POST', `/v1/appeals/${id}/${name}`, token, payload)).status, name).toBe(200);
    await step('classify', office, { classification: 'simple' });
    await step('assign', office, { lead: 'bank' });

    const early = await decide(id, 'publish');
    expect(early.status).toBe(409);
    expect(early.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(early.body).toMatchObject({ currentStatus: 'assigned', allowedSteps: expect.arrayContaining(['accept']) });

    await step('accept', lead, {});
    await step('resolve', lead, { summary: '已联系财务王经理 138 0000 1111、+8613700002222，邮箱 wang@cs-tech.cn' });
    await step('rating', office, { result: 'satisfied', method: 'phone' });

    expect(await standing(id)).toEqual({ status: 'pending' });
    expect(await publicList('&channel=chamber')).toEqual([]);
    const owed = await stack.api('GET', '/v1/appeals?publication=pending', office);
    expect(owed.body.items.map((a: { id: string }) => a.id)).toContain(id);
    // the decision is the office's: a department neither takes it nor sees it
    expect((await decide(id, 'publish', {}, lead)).status).toBe(403);
    expect((await stack.api('GET', `/v1/appeals/${id}`, lead)).body.publication).toBeUndefined();
    expect((await stack.api('GET', '/v1/appeals?publication=pending', lead)).status).toBe(403);

    const published = await decide(id, 'publish');
    expect(published.status).toBe(200);
    expect(published.body.publication).toEqual({
      status: 'published',
      decidedAt: expect.stringMatching(/\+08:00$/),
      decidedBy: { role: 'office', tokenId: expect.any(String) },
    });
    const [item] = await publicList('&channel=chamber');
    expect(item).toMatchObject({
      enterprise: '绵阳**有限公司',
      title: '***公司贷款难，联系人手机***',
      result: '已联系财务*** ***、***，邮箱 ***',
    });
    const written = [item!.enterprise, item!.title, item!.result].join(' ');
    for (const secret of ['测试科技', '王', '1234', '5678', '0000', '1111', '2222', '@', 'cs-tech']) expect(written).not.toContain(secret);
    expect(JSON.stringify(item)).not.toContain(enterprise.creditCode);
  });

  it('is taken off the public pages when withheld, with the reason for the office, and may be published again', async () => {
    expect((await decide(id, 'withhold', {})).status).toBe(400);
    const withheld = await decide(id, 'withhold', { reason: '涉及企业经营信息' });
    expect(withheld.status).toBe(200);
    expect(withheld.body.publication).toMatchObject({ status: 'withheld', reason: '涉及企业经营信息' });
    expect(await publicList('&channel=chamber')).toEqual([]);
    expect((await decide(id, 'publish')).status).toBe(200);
    expect(await publicList('&channel=chamber')).toHaveLength(1);
  });

  it('answers 404 for an unknown appeal before looking at the body', async () => {
    expect((await decide('no-such-appeal', 'withhold', { unknown: 1 })).status).toBe(404);
  });
});

describe('defaults and the office’s lists', () => {
  const at = (day: number) => atLocalTime(`2026-04-${String(day).padStart(2, '0')}`, '10:00', TIMEZONE);
  let referral: string;
  let confidential: string;
  let ordinary: string;

  beforeAll(async () => {
    [referral, confidential, ordinary] = (await seedLedger(stack.db, [
      { registeredAt: at(1), status: 'closed', closure: 'referred', referred: true, channel: 'visit', lead: 'bank' },
      { registeredAt: at(2), status: 'closed', closure: 'satisfied', channel: 'visit', category: 'law_enforcement', lead: 'bank' },
      { registeredAt: at(3), status: 'closed', closure: 'satisfied', channel: 'visit', lead: 'bank' },
    ])) as [string, string, string];
  });

  it('withholds a referral before a finding; the office may still publish it', async () => {
    expect(await standing(referral)).toEqual({ status: 'withheld', reason: expect.stringMatching(/referred/) });
    expect(await standing(ordinary)).toEqual({ status: 'pending' });
    expect(await publicList('&channel=visit')).toEqual([]);
    expect((await decide(referral, 'publish')).status).toBe(200);
    expect((await publicList('&channel=visit')).map((a) => a.closure)).toEqual(['referred']);
    expect((await decide(referral, 'withhold', { reason: '纪委尚未查实' })).status).toBe(200);
  });

  it('withholds confidential categories once the policy names them, and refuses categories it does not know', async () => {
    const policy = (await stack.api('GET', '/v1/policy', office)).body;
    expect(policy.publication).toEqual({ withholdReferrals: true, confidentialCategories: [] });
    expect(await standing(confidential)).toEqual({ status: 'pending' });
    const unknown = await stack.api('PUT', '/v1/policy', ADMIN, { ...policy, publication: { withholdReferrals: true, confidentialCategories: ['nonsense'] } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([{ field: 'publication.confidentialCategories.0', message: 'unknown category nonsense' }]);
    const put = await stack.api('PUT', '/v1/policy', ADMIN, {
      ...policy,
      publication: { withholdReferrals: false, confidentialCategories: ['law_enforcement'] },
    });
    expect(put.status).toBe(200);
    expect(await standing(confidential)).toEqual({ status: 'withheld', reason: expect.stringMatching(/law_enforcement/) });
    // the office's decision stands whatever the policy says
    expect(await standing(referral)).toMatchObject({ status: 'withheld', reason: '纪委尚未查实' });
  });

  it('lists each closed appeal under the standing its view shows', async () => {
    const views = new Map<string, string>();
    for (const id of [referral, confidential, ordinary]) views.set(id, (await standing(id)).status);
    for (const status of ['pending', 'published', 'withheld']) {
      const listed = (await stack.api('GET', `/v1/appeals?channel=visit&publication=${status}`, office)).body.items;
      expect(listed.map((a: { id: string }) => a.id).sort(), status).toEqual(
        [...views]
          .filter(([, s]) => s === status)
          .map(([id]) => id)
          .sort(),
      );
      for (const a of listed) expect(a.publication.status).toBe(status);
    }
    expect((await stack.api('GET', '/v1/appeals?publication=maybe', office)).status).toBe(400);
  });

  it('asks again after a reopened appeal closes anew: a decision is about one closure', async () => {
    expect((await decide(ordinary, 'publish')).status).toBe(200);
    expect((await publicList('&channel=visit')).length).toBe(1);
    const { state, events } = seededState({ registeredAt: at(3), status: 'closed', channel: 'visit', lead: 'bank' });
    const current = (await stack.db.selectFrom('appeals').select('state').where('id', '=', ordinary).executeTakeFirstOrThrow()).state;
    const reclosed = { ...state, id: ordinary, receiptNumber: current.receiptNumber, closedAt: current.closedAt! + 86_400_000, seq: current.seq + 1 };
    await recordLedgerEntry(stack.db, { snapshot: reclosed, events: events.map((e) => ({ ...e, seq: e.seq + current.seq })), notifications: [] });
    expect(await standing(ordinary)).toEqual({ status: 'pending' });
    expect(await publicList('&channel=visit')).toEqual([]);
  });
});
