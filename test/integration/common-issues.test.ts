import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enterprise } from '../../domain/appeal.js';
import { at, day, eventually } from '../support/lifecycle.js';
import { seedLedger, type SeededAppeal } from '../support/ledger-seed.js';
import { ADMIN, appealBody, newCreditCode, startTestStack, type TestStack } from '../support/stack.js';

// Common issues (issue 18, README): March 2025's appeals grouped by category and similar text, against the 31 days
// before; the office names the loan cluster for policy review, and a new loan appeal is linked to it at registration.

let stack: TestStack;
let office: string;
let department: string;
let enterprise: string;

const enterpriseOf = (): Enterprise => ({ name: '绵阳测试科技有限公司', creditCode: newCreditCode(), contact: { name: '张三', phone: '13800000000' } });
const march = (d: number) => at(`2025-03-${String(d).padStart(2, '0')}`, '10:00');
const sameFirm = enterpriseOf();

const loans: SeededAppeal[] = [
  { registeredAt: march(3), status: 'in_progress', lead: 'bank', enterprise: sameFirm, title: '贷款审批慢', description: '申请科技贷款两个月未有答复' },
  { registeredAt: march(5), status: 'registered', enterprise: sameFirm, title: '贷款审批太慢', description: '科技贷款申请两个月没有回复' },
  { registeredAt: march(9), status: 'in_progress', lead: 'bank', title: '贷款审批进度慢', description: '流动资金贷款审批三个月没有消息' },
  { registeredAt: march(20), status: 'registered', title: '银行贷款审批慢', description: '企业申请银行贷款一个多月没有答复' },
];
const power: SeededAppeal[] = [
  { registeredAt: march(4), status: 'in_progress', lead: 'power', category: 'utilities', title: '用电报装慢', description: '新厂房用电报装申请一个月未接电' },
  { registeredAt: march(12), status: 'registered', category: 'utilities', title: '用电报装流程繁琐', description: '厂房用电报装需要跑多个部门' },
  { registeredAt: march(25), status: 'registered', category: 'utilities', title: '用电报装时间长', description: '新建厂房用电报装排队等待接电' },
];
const noise: SeededAppeal[] = [
  { registeredAt: march(6), status: 'registered', title: '融资担保费用高', description: '担保公司收费过高影响融资' },
  { registeredAt: march(7), status: 'registered', category: 'utilities', title: '厂区门前积水', description: '雨季排水不畅影响通行' },
  { registeredAt: march(8), status: 'registered', category: 'labour', title: '招工难', description: '技术工人招不到' },
];
const merged: SeededAppeal = { registeredAt: march(10), status: 'closed', closure: 'merged', title: '贷款审批慢', description: '申请科技贷款两个月未有答复' };
const earlier: SeededAppeal[] = [
  { registeredAt: at('2025-02-10', '10:00'), status: 'closed', title: '贷款审批慢', description: '贷款申请一个月没有答复' },
  { registeredAt: at('2025-01-10', '10:00'), status: 'closed', title: '贷款审批慢', description: '贷款申请一个月没有答复' },
];
let ids: { loans: string[]; power: string[]; noise: string[]; merged: string };

interface Item {
  id?: string;
  name?: string;
  status?: string;
  note?: string | null;
  category: string;
  categoryLabel: string;
  count: number;
  enterprises: number;
  units: { code: string; name: string }[];
  examples: { id: string; receiptNumber: string; title: string }[];
  terms: string[];
  trend: { previous: number; change: number; new?: true } | null;
  appeals: string[];
}
const MARCH = 'from=2025-03-01&to=2025-03-31';
const clusters = async (query = MARCH, token = office) => {
  const answer = await stack.api('GET', `/v1/common-issues?${query}`, token);
  expect(answer.status).toBe(200);
  return answer.body as { previous: { from: string; to: string } | null; items: Item[] };
};

beforeAll(async () => {
  stack = await startTestStack();
  await stack.department('bank', '人行绵阳市中心支行');
  await stack.department('power', '国网绵阳供电公司');
  office = await stack.token('office');
  department = await stack.token('department', { department: 'bank' });
  enterprise = await stack.token('enterprise', { creditCode: newCreditCode() });
  const seeded = await seedLedger(stack.db, [...loans, ...power, ...noise, merged, ...earlier]);
  ids = { loans: seeded.slice(0, 4), power: seeded.slice(4, 7), noise: seeded.slice(7, 10), merged: seeded[10]! };
});
afterAll(() => stack?.teardown());

describe('GET /v1/common-issues', () => {
  it('groups the period’s appeals by category and similar text, biggest first, with the trend against the days before', async () => {
    const { previous, items } = await clusters();
    expect(previous).toEqual({ from: '2025-01-29', to: '2025-02-28' });
    expect(items.map((c) => [c.category, c.appeals])).toEqual([
      ['financing', ids.loans],
      ['utilities', ids.power],
      ['financing', [ids.noise[0]]],
      ['utilities', [ids.noise[1]]],
      ['labour', [ids.noise[2]]],
    ]);
    const [loan, electricity] = items;
    expect(loan).toMatchObject({
      categoryLabel: '融资',
      count: 4,
      enterprises: 3,
      units: [{ code: 'bank', name: '人行绵阳市中心支行' }],
      trend: { previous: 1, change: 3 },
    });
    expect(loan!.terms).toEqual(expect.arrayContaining(['贷款', '审批']));
    expect(loan!.examples).toHaveLength(3);
    expect(loan!.examples[0]).toEqual({ id: expect.any(String), receiptNumber: expect.stringMatching(/^SEED-/), title: expect.stringContaining('贷款') });
    expect(loan).not.toHaveProperty('id');
    expect(electricity).toMatchObject({
      categoryLabel: '水电气网',
      count: 3,
      enterprises: 3,
      units: [{ code: 'power', name: '国网绵阳供电公司' }],
      trend: { previous: 0, change: 3, new: true },
    });
    expect(items.flatMap((c) => c.appeals)).not.toContain(ids.merged);
  });

  it('answers no trend for a period with an open end, and keeps to a unit’s subtree when asked', async () => {
    const open = await clusters('from=2025-03-01');
    expect(open.previous).toBeNull();
    expect(open.items[0]!.trend).toBeNull();
    const bank = await clusters(`${MARCH}&unit=bank`);
    expect(bank.items.flatMap((c) => c.appeals).sort()).toEqual([ids.loans[0], ids.loans[2]].sort());
    expect((await stack.api('GET', `/v1/common-issues?${MARCH}&unit=nowhere`, office)).status).toBe(404);
  });

  it('answers CSV with Chinese headers', async () => {
    const csv = await stack.api('GET', `/v1/common-issues?${MARCH}&lang=zh`, office, undefined, { accept: 'text/csv' });
    expect(csv.status).toBe(200);
    const [header, first] = (csv.body as string).split('\r\n');
    expect(header).toBe('编号,名称,状态,类别,诉求数,企业数,涉及单位,示例,关键词,上期诉求数,变化,备注');
    expect(first).toMatch(/^,,,融资,4,3,人行绵阳市中心支行,SEED-.*,1,3,$/);
  });

  it('is the office’s: departments and enterprises are refused', async () => {
    for (const token of [department, enterprise]) {
      expect((await stack.api('GET', `/v1/common-issues?${MARCH}`, token)).status).toBe(403);
      expect((await stack.api('GET', '/v1/common-issues/named', token)).status).toBe(403);
      expect((await stack.api('POST', '/v1/common-issues', token, { name: '贷款审批慢', category: 'financing', appeals: ids.loans })).status).toBe(403);
    }
  });
});

describe('named common issues', () => {
  let issueId: string;

  it('the office names a cluster for policy review with a note, and the cluster carries its name', async () => {
    const [loan] = (await clusters()).items;
    const named = await stack.api('POST', '/v1/common-issues', office, {
      name: '科技贷款审批慢',
      category: 'financing',
      appeals: loan!.appeals,
      status: 'policy_review',
      note: '拟出台贷款审批时限办法',
    });
    expect(named.status).toBe(201);
    expect(named.body).toMatchObject({
      name: '科技贷款审批慢',
      category: 'financing',
      categoryLabel: '融资',
      status: 'policy_review',
      statusLabel: '政策研究',
      note: '拟出台贷款审批时限办法',
      count: 4,
      createdBy: { role: 'office' },
      createdAt: expect.stringMatching(/\+08:00$/),
    });
    expect(named.body.terms).toContain('贷款');
    issueId = named.body.id;

    const [first] = (await clusters()).items;
    expect(first).toMatchObject({
      id: issueId,
      name: '科技贷款审批慢',
      status: 'policy_review',
      statusLabel: '政策研究',
      note: '拟出台贷款审批时限办法',
      count: 4,
      appeals: ids.loans,
    });
    expect((await stack.api('GET', '/v1/common-issues/named', ADMIN)).body.items).toEqual([named.body]);
  });

  it('refuses members of another category or of no appeal (400), and appeals already named (409)', async () => {
    const wrong = await stack.api('POST', '/v1/common-issues', office, { name: '用电', category: 'financing', appeals: [ids.power[0], 'nope'] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.map((e: { field: string }) => e.field)).toEqual(['appeals.0', 'appeals.1']);
    const again = await stack.api('POST', '/v1/common-issues', office, { name: '贷款', category: 'financing', appeals: [ids.loans[0]] });
    expect(again.status).toBe(409);
  });

  it('is renamed, its status and note changed', async () => {
    const changed = await stack.api('PATCH', `/v1/common-issues/named/${issueId}`, office, { status: 'watching', note: null });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: issueId, name: '科技贷款审批慢', status: 'watching', statusLabel: '关注', note: null });
    expect((await stack.api('PATCH', `/v1/common-issues/named/${issueId}`, office, {})).status).toBe(400);
    expect((await stack.api('PATCH', '/v1/common-issues/named/999999', office, { name: 'x' })).status).toBe(404);
    expect((await stack.api('PATCH', '/v1/common-issues/named/abc', office, { name: 'x' })).status).toBe(404);
  });

  it('links a newly registered appeal of its category with similar text, and not an unrelated one', async () => {
    const loan = await stack.api(
      'POST',
      '/v1/appeals',
      office,
      appealBody(newCreditCode(), { title: '科技贷款审批慢', description: '贷款申请一个多月没有答复' }),
    );
    const drains = await stack.api(
      'POST',
      '/v1/appeals',
      office,
      appealBody(newCreditCode(), { category: 'utilities', title: '用电报装慢', description: '用电报装申请迟迟未接电' }),
    );
    expect([loan.status, drains.status]).toEqual([201, 201]);
    const named = await eventually(async () => {
      const [issue] = (await stack.api('GET', '/v1/common-issues/named', office)).body.items;
      expect(issue.count).toBe(5);
      return issue;
    });
    expect(named.id).toBe(issueId);
    const today = day(Date.parse(loan.body.registeredAt));
    const now = await clusters(`from=${today}&to=${today}`);
    expect(now.items.find((c) => c.id === issueId)?.appeals).toEqual([loan.body.id]);
    expect(now.items.find((c) => c.appeals.includes(drains.body.id))).not.toHaveProperty('id');
  });
});
