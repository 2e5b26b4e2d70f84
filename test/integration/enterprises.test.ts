import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, appealBody, newCreditCode, startTestStack, type TestStack } from '../support/stack.js';
import { createCountyTree } from '../support/units.js';

// The enterprises register (issue 18, README): filled from submissions, corrected by the office, searched and
// filtered; its flags show on appeals, filter them and shorten their limits under the policy; the figures count
// distinct enterprises.

let stack: TestStack;
let office: string;
let county: string;
let department: string;
let own: string;
let other: string;
const renamed = newCreditCode();
const atCounty = newCreditCode();
const ids: string[] = [];

const submit = async (token: string, cc: string, name: string) => {
  const answer = await stack.api(
    'POST',
    '/v1/appeals',
    token,
    appealBody(cc, { channel: 'service_window', enterprise: { name, creditCode: cc, contact: { name: '张三', phone: '13800000000' } } }),
  );
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.id as string;
};
const profile = (cc: string, token = office) => stack.api('GET', `/v1/enterprises/${cc}`, token);
const list = async (query: string, token = office) => {
  const answer = await stack.api('GET', `/v1/enterprises?${query}`, token);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return (answer.body.items as { creditCode: string }[]).map((e) => e.creditCode);
};
const put = (cc: string, body: object, token = office) => stack.api('PUT', `/v1/enterprises/${cc}`, token, body);

beforeAll(async () => {
  stack = await startTestStack();
  await createCountyTree(stack);
  await stack.department('ndrc', '发展和改革委员会');
  [office, county, department, own, other] = await Promise.all([
    stack.token('office'),
    stack.token('office', { unit: 'fcx' }),
    stack.token('department', { department: 'ndrc' }),
    stack.token('enterprise', { creditCode: renamed }),
    stack.token('enterprise', { creditCode: atCounty }),
  ]);
  ids.push(await submit(office, renamed, '绵阳甲科技有限公司'));
  ids.push(await submit(office, renamed, '绵阳甲新材料有限公司'));
  ids.push(await submit(county, atCounty, '涪城乙食品有限公司'));
});
afterAll(() => stack?.teardown());

describe('the register, filled from submissions', () => {
  it('keeps an enterprise once, under its latest name, the earlier one as a former name, with its appeals and figures', async () => {
    const answer = await profile(renamed);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      creditCode: renamed,
      name: '绵阳甲新材料有限公司',
      formerNames: ['绵阳甲科技有限公司'],
      unit: null,
      industry: null,
      size: null,
      flags: [],
      firstSeenAt: expect.stringMatching(/\+08:00$/),
    });
    expect(answer.body.appeals).toEqual([
      {
        id: ids[1],
        receiptNumber: expect.any(String),
        title: '贷款审批慢',
        status: 'registered',
        kind: 'problem',
        registeredAt: expect.stringMatching(/\+08:00$/),
      },
      { id: ids[0], receiptNumber: expect.any(String), title: '贷款审批慢', status: 'registered', kind: 'problem', registeredAt: expect.any(String) },
    ]);
    expect(answer.body.figures).toMatchObject({ received: 2, enterprises: 1, open: 2, solveRate: 0 });
  });

  it('takes the unit of the county whose office registered it first', async () => {
    expect((await profile(atCounty)).body).toMatchObject({ name: '涪城乙食品有限公司', formerNames: [], unit: 'fcx' });
  });

  it('is searched by name, former name or credit code and filtered by unit, newest first', async () => {
    expect(await list('')).toEqual([atCounty, renamed]);
    expect(await list(`q=${encodeURIComponent('甲科技')}`)).toEqual([renamed]);
    expect(await list(`q=${encodeURIComponent('乙食品')}`)).toEqual([atCounty]);
    expect(await list(`q=${atCounty.slice(-8).toLowerCase()}`)).toEqual([atCounty]);
    expect(await list('q=%25')).toEqual([]);
    expect(await list('unit=fcx')).toEqual([atCounty]);
    const first = await stack.api('GET', '/v1/enterprises?limit=1', office);
    expect(first.body.items.map((e: { creditCode: string }) => e.creditCode)).toEqual([atCounty]);
    const next = await stack.api('GET', `/v1/enterprises?limit=1&cursor=${first.body.nextCursor}`, office);
    expect(next.body).toMatchObject({ items: [{ creditCode: renamed }], nextCursor: null });
    expect((await stack.api('GET', '/v1/enterprises?unit=nowhere', office)).status).toBe(404);
    expect((await stack.api('GET', '/v1/enterprises?flag=gold', office)).status).toBe(400);
  });
});

describe('the office corrects it', () => {
  it('sets industry, size, unit and flags; a new name keeps the old one', async () => {
    const answer = await put(renamed, { name: '绵阳甲集团有限公司', industry: '新材料', size: 'medium', unit: 'axq', flags: ['green_card', 'key_project'] });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({
      name: '绵阳甲集团有限公司',
      formerNames: ['绵阳甲科技有限公司', '绵阳甲新材料有限公司'],
      industry: '新材料',
      size: 'medium',
      unit: 'axq',
      flags: ['green_card', 'key_project'],
    });
    expect((await put(renamed, { industry: null })).body).toMatchObject({ industry: null, size: 'medium', flags: ['green_card', 'key_project'] });
    expect(await list('flag=green_card')).toEqual([renamed]);
    expect(await list('flag=key_project&unit=axq')).toEqual([renamed]);
    expect(await list('flag=green_card&unit=fcx')).toEqual([]);
  });

  it('refuses bad input, an unknown enterprise, and a unit that is no county or park', async () => {
    const bad = await put(renamed, { size: 'huge', flags: ['green_card', 'green_card'], extra: 1 });
    expect(bad.status).toBe(400);
    expect((await put(renamed, { unit: 'fcx-wjz' })).body.errors).toEqual([{ field: 'unit', message: 'fcx-wjz is a town, not a county or park' }]);
    expect((await put(renamed, { unit: 'nowhere' })).body.errors).toEqual([{ field: 'unit', message: 'no unit nowhere' }]);
    expect((await put(newCreditCode(), { industry: '食品' })).status).toBe(404);
    expect((await profile(newCreditCode())).status).toBe(404);
  });
});

describe('who reads and edits it', () => {
  it('an enterprise reads its own profile without flags; another’s is 403, known or not', async () => {
    const mine = await profile(renamed, own);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ name: '绵阳甲集团有限公司', figures: { received: 2 } });
    expect(mine.body).not.toHaveProperty('flags');
    expect((await profile(atCounty, own)).status).toBe(403);
    expect((await profile(newCreditCode(), own)).status).toBe(403);
    expect((await stack.api('GET', '/v1/enterprises', own)).status).toBe(403);
    expect((await put(renamed, { industry: '食品' }, other)).status).toBe(403);
  });

  it('a department reads none of it and edits nothing', async () => {
    expect((await stack.api('GET', '/v1/enterprises', department)).status).toBe(403);
    expect((await profile(renamed, department)).status).toBe(403);
    expect((await put(renamed, { industry: '食品' }, department)).status).toBe(403);
  });

  it('a county’s office reads the enterprises of its subtree and edits none', async () => {
    expect(await list('', county)).toEqual([atCounty]);
    expect((await stack.api('GET', '/v1/enterprises?unit=axq', county)).status).toBe(404);
    expect((await profile(atCounty, county)).body).toMatchObject({ appeals: [{ id: ids[2] }], figures: { received: 1 } });
    expect((await profile(renamed, county)).status).toBe(404);
    expect((await put(atCounty, { industry: '食品' }, county)).status).toBe(403);
  });
});

describe('flags on appeals', () => {
  it('show on the appeal and in the list for the government, not for the enterprise, and filter the list', async () => {
    expect((await stack.api('GET', `/v1/appeals/${ids[0]}`, office)).body.enterpriseFlags).toEqual(['green_card', 'key_project']);
    expect((await stack.api('GET', `/v1/appeals/${ids[2]}`, office)).body.enterpriseFlags).toEqual([]);
    expect((await stack.api('GET', `/v1/appeals/${ids[0]}`, own)).body).not.toHaveProperty('enterpriseFlags');
    const flagged = await stack.api('GET', '/v1/appeals?flag=green_card', office);
    expect(flagged.body.items.map((a: { id: string }) => a.id)).toEqual([ids[1], ids[0]]);
    expect(flagged.body.items[0].enterpriseFlags).toEqual(['green_card', 'key_project']);
    expect((await stack.api('GET', '/v1/appeals?flag=key_project', own)).body.items).toHaveLength(2);
    expect((await stack.api('GET', '/v1/appeals?flag=green_card', other)).body.items).toEqual([]);
  });

  it('cap the time limit at classify by the shortest of the policy’s limits for them', async () => {
    const { body: policy } = await stack.api('GET', '/v1/policy', ADMIN);
    expect(policy.flagLimits).toEqual({ green_card: null, key_project: null });
    expect((await stack.api('PUT', '/v1/policy', ADMIN, { ...policy, flagLimits: { green_card: 3, key_project: 5 } })).status).toBe(200);
    try {
      const capped = await stack.api('POST', `/v1/appeals/${ids[0]}/classify`, office, { classification: 'general', timeLimitDays: 10 });
      expect(capped.status, JSON.stringify(capped.body)).toBe(200);
      expect(capped.body).toMatchObject({ classification: 'general', timeLimitDays: 3 });
      const unflagged = await stack.api('POST', `/v1/appeals/${ids[2]}/classify`, office, { classification: 'general', timeLimitDays: 10 });
      expect(unflagged.body).toMatchObject({ timeLimitDays: 10 });
    } finally {
      await stack.api('PUT', '/v1/policy', ADMIN, policy);
    }
  });
});

describe('figures', () => {
  it('count each enterprise once: three appeals from two enterprises', async () => {
    const { body } = await stack.api('GET', '/v1/stats', office);
    expect(body.total).toMatchObject({ received: 3, enterprises: 2 });
    const { body: codes } = await stack.api('GET', '/v1/codes', office);
    expect(codes).toMatchObject({ enterpriseFlags: { green_card: '服务绿卡', key_project: '重点项目' }, enterpriseSizes: { medium: '中型' } });
  });
});
