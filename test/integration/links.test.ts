import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedLedger } from '../support/ledger-seed.js';
import { ADMIN, appealBody, newCreditCode, startTestStack, type TestStack } from '../support/stack.js';

// Links between appeals and likely duplicates (issue 17, README): the office finds the same problem raised twice,
// links the two, and either appeal lists the link.

let stack: TestStack;
let office: string;
let lead: string;
const ids: Record<'loan' | 'loanAgain' | 'loanElsewhere' | 'drains', string> = { loan: '', loanAgain: '', loanElsewhere: '', drains: '' };
let registeredAt: number;

beforeAll(async () => {
  stack = await startTestStack();
  await stack.department('bank', '人行绵阳市中心支行');
  office = await stack.token('office');
  lead = await stack.token('department', { department: 'bank' });
  const mine = newCreditCode();
  const submit = async (key: keyof typeof ids, body: object) => {
    const created = await stack.api('POST', '/v1/appeals', office, body);
    expect(created.status, key).toBe(201);
    ids[key] = created.body.id;
  };
  await submit('loan', appealBody(mine, { title: '贷款审批慢', description: '申请科技贷款两个月未有答复' }));
  await submit('loanAgain', appealBody(mine, { channel: 'hotline_12345', title: '贷款审批太慢', description: '科技贷款申请两个月没有回复' }));
  await submit('loanElsewhere', appealBody(newCreditCode(), { title: '贷款审批慢', description: '科技贷款申请两个月没有回复' }));
  await submit('drains', appealBody(mine, { category: 'utilities', title: '厂区门前积水', description: '雨季排水不畅影响通行' }));
  registeredAt = Date.parse((await stack.api('GET', `/v1/appeals/${ids.loan}`, office)).body.registeredAt);
  await stack.api('POST', `/v1/appeals/${ids.loan}/classify`, office, { classification: 'simple' });
  expect((await stack.api('POST', `/v1/appeals/${ids.loan}/assign`, office, { lead: 'bank' })).status).toBe(200);
});
afterAll(() => stack?.teardown());

const similar = async (id: string) =>
  (await stack.api('GET', `/v1/appeals/${id}/similar`, office)).body.items as { id: string; score: number; sameEnterprise: boolean; linked: boolean }[];
const link = (from: string, body: object, token = office) => stack.api('POST', `/v1/appeals/${from}/links`, token, body);
const links = (id: string, token = office) => stack.api('GET', `/v1/appeals/${id}/links`, token);

describe('likely duplicates', () => {
  it('lists the same enterprise’s rewording first, another enterprise’s after it, and not the unrelated appeal', async () => {
    const found = await similar(ids.loan);
    expect(found.map((s) => s.id)).toEqual([ids.loanAgain, ids.loanElsewhere]);
    expect(found[0]).toMatchObject({
      sameEnterprise: true,
      status: 'registered',
      linked: false,
      receiptNumber: expect.any(String),
      title: '贷款审批太慢',
      registeredAt: expect.stringMatching(/\+08:00$/),
    });
    expect(found[1]).toMatchObject({ sameEnterprise: false });
    expect(found[0]!.score).toBeGreaterThan(found[1]!.score);
    expect(found[1]!.score).toBeGreaterThanOrEqual(0.3);
  });

  it('reads only the 90 days before and after the appeal’s registration', async () => {
    const enterprise = (await stack.api('GET', `/v1/appeals/${ids.loan}`, office)).body.enterprise;
    const day = 86_400_000;
    const [inside, outside] = await seedLedger(stack.db, [
      { registeredAt: registeredAt - 80 * day, status: 'closed', enterprise, title: '贷款审批慢' },
      { registeredAt: registeredAt - 100 * day, status: 'closed', enterprise, title: '贷款审批慢' },
    ]);
    const found = (await similar(ids.loan)).map((s) => s.id);
    expect(found).toContain(inside);
    expect(found).not.toContain(outside);
  });
});

describe('links', () => {
  it('are made once, and either appeal lists them with who made them and when', async () => {
    const made = await link(ids.loan, { to: ids.loanAgain, relation: 'same_issue' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      appealId: ids.loanAgain,
      relation: 'same_issue',
      relationLabel: '同一问题',
      linkedBy: { role: 'office' },
      linkedAt: expect.stringMatching(/\+08:00$/),
    });

    const again = await link(ids.loanAgain, { to: ids.loan, relation: 'same_issue' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: made.body.id, appealId: ids.loan });

    expect((await links(ids.loan)).body.items).toEqual([made.body]);
    expect((await links(ids.loanAgain)).body.items).toEqual([again.body]);
    expect((await similar(ids.loan)).find((s) => s.id === ids.loanAgain)).toMatchObject({ linked: true });

    const related = await link(ids.loan, { to: ids.drains, relation: 'related' }, ADMIN);
    expect(related.status).toBe(201);
    expect((await links(ids.loan)).body.items.map((l: { appealId: string }) => l.appealId)).toEqual([ids.loanAgain, ids.drains]);
  });

  it('refuses the appeal itself and an unknown one, and answers 404 for an unknown appeal', async () => {
    const self = await link(ids.loan, { to: ids.loan, relation: 'related' });
    expect(self.status).toBe(400);
    expect(self.body.errors).toEqual([{ field: 'to', message: expect.any(String) }]);
    const unknown = await link(ids.loan, { to: 'no-such-appeal', relation: 'related' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([{ field: 'to', message: 'no appeal no-such-appeal' }]);
    expect((await link(ids.loan, { to: ids.loanAgain, relation: 'duplicate' })).status).toBe(400);
    expect((await link('no-such-appeal', { to: ids.loan, relation: 'related' })).status).toBe(404);
    expect((await links('no-such-appeal')).status).toBe(404);
    expect((await stack.api('GET', '/v1/appeals/no-such-appeal/similar', office)).status).toBe(404);
  });

  it('are made by the office; the lead department reads those of its appeal, and only of its own', async () => {
    expect((await link(ids.loan, { to: ids.loanElsewhere, relation: 'related' }, lead)).status).toBe(403);
    expect((await stack.api('GET', `/v1/appeals/${ids.loan}/similar`, lead)).status).toBe(403);
    expect((await links(ids.loan, lead)).body.items).toHaveLength(2);
    expect((await links(ids.loanAgain, lead)).status).toBe(403);
  });
});
