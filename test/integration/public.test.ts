import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atLocalTime } from '../../domain/dates.js';
import { seedLedger, type SeededAppeal } from '../support/ledger-seed.js';
import { TIMEZONE, appealBody, newCreditCode, startTestStack, type TestStack } from '../support/stack.js';

// The public pages (结果公开): anyone may read closed appeals and the figures, and no one learns from them who
// raised an appeal: no contact, no credit code, the enterprise's name only where it agreed to disclosure.
// Every field of every item is checked. Each address gets a token bucket (429 with Retry-After).

let stack: TestStack;
let office: string;

interface Secrets {
  name: string;
  creditCode: string;
  contact: { name: string; phone: string };
}
const secrets: Secrets[] = [];
const phones = ['13912345678', '15087654321', '0816-2345678', '18611112222', '13700001111'];
const contactNames = ['王小明', '李四海', '赵钱孙', '周吴郑', '陈独立'];

function enterprise(i: number): Secrets {
  const e = { name: `绵阳第${i}号精密制造有限公司`, creditCode: newCreditCode(), contact: { name: contactNames[i % 5]!, phone: phones[i % 5]! } };
  secrets.push(e);
  return e;
}

const march = (day: number) => atLocalTime(`2026-03-${String(day).padStart(2, '0')}`, '10:00', TIMEZONE);

/** People write identifiers into free text: the title and the result must come out scrubbed. */
const chatty = (e: Secrets) => ({
  title: `${e.name}（联系人${e.contact.name}，电话${e.contact.phone}）用电报装慢`,
  resolutions: [{ onTime: true, summary: `已为${e.name}完成报装，${e.contact.name}确认，回访电话${e.contact.phone}，信用代码${e.creditCode}` }],
});

const seeded: SeededAppeal[] = [];
const closedCount = { disclosed: 0, masked: 0 };

beforeAll(async () => {
  stack = await startTestStack();
  await stack.department('power', '国网绵阳供电公司');
  await stack.department('land', '自然资源和规划局');
  office = await stack.token('office');
  for (let i = 0; i < 12; i++) {
    const e = enterprise(i);
    const disclose = i % 3 === 0;
    seeded.push({
      registeredAt: march(i + 1),
      status: 'closed',
      closure: i % 4 === 3 ? 'unrated' : 'satisfied',
      channel: i % 2 === 0 ? 'service_window' : 'hotline_12345',
      category: i % 2 === 0 ? 'utilities' : 'land',
      lead: i % 2 === 0 ? 'power' : 'land',
      ratings: i % 4 === 3 ? [] : ['satisfied'],
      enterprise: e,
      disclose,
      ...chatty(e),
    });
    if (disclose) closedCount.disclosed++;
    else closedCount.masked++;
  }
  // open and withdrawn appeals are not published
  for (const status of ['in_progress', 'resolved', 'withdrawn', 'registered'] as const) {
    seeded.push({ registeredAt: march(20), status, lead: 'power', enterprise: enterprise(secrets.length), ...chatty(secrets.at(-1)!) });
  }
  const ids = await seedLedger(stack.db, seeded);
  // Publication is the office's decision (README): the twelve closed ones are published.
  for (const id of ids.slice(0, 12)) expect((await stack.api('POST', `/v1/appeals/${id}/publish`, office, {})).status).toBe(200);
});
afterAll(() => stack?.teardown());

/** Every string in the answer, keys included. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

function expectNothingIdentifying(body: unknown) {
  const all = strings(body);
  for (const s of all) {
    for (const e of secrets) {
      expect(s, 'a contact phone').not.toContain(e.contact.phone);
      expect(s, 'a contact name').not.toContain(e.contact.name);
      expect(s, 'a credit code').not.toContain(e.creditCode);
    }
    expect(s, 'anything shaped like a phone number').not.toMatch(/1[3-9]\d{9}|0\d{2,3}-?\d{7,8}/);
  }
}

describe('GET /v1/public/appeals', () => {
  it('needs no token and lists only closed appeals the office published, newest first', async () => {
    const answer = await stack.api('GET', '/v1/public/appeals?limit=100');
    expect(answer.status).toBe(200);
    expect(answer.body.items).toHaveLength(12);
    expect(answer.body.items.map((a: { registeredOn: string }) => a.registeredOn)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-03-${String(12 - i).padStart(2, '0')}`),
    );
    expect(answer.body.nextCursor).toBeNull();
  });

  it('never shows a phone number, a contact name or a credit code, in any field of any item', async () => {
    const answer = await stack.api('GET', '/v1/public/appeals?limit=100');
    expect(answer.body.items.length).toBeGreaterThan(0);
    expectNothingIdentifying(answer.body);
    for (const item of answer.body.items) {
      expect(Object.keys(item).sort()).toEqual(
        [
          'receiptNumber',
          'enterprise',
          'channel',
          'channelLabel',
          'category',
          'categoryLabel',
          'department',
          'departmentName',
          'title',
          'registeredOn',
          'closedOn',
          'closure',
          'closureLabel',
          'result',
        ].sort(),
      );
    }
  });

  it('shows the enterprise’s name only where it agreed to disclosure, masked elsewhere (in the texts too)', async () => {
    const { body } = await stack.api('GET', '/v1/public/appeals?limit=100');
    const byReceipt = new Map<string, Record<string, string>>(body.items.map((a: Record<string, string>) => [a.receiptNumber, a]));
    let disclosed = 0;
    let masked = 0;
    for (const [i, a] of seeded.slice(0, 12).entries()) {
      const item = [...byReceipt.values()].find((x) => x.registeredOn === `2026-03-${String(i + 1).padStart(2, '0')}`)!;
      const fullName = a.enterprise!.name;
      if (a.disclose) {
        disclosed++;
        expect(item.enterprise).toBe(fullName);
      } else {
        masked++;
        expect(item.enterprise).toBe('绵阳**有限公司');
        expect(strings(item).some((s) => s.includes(fullName))).toBe(false);
        expect(item.title).toContain('绵阳**有限公司');
      }
      expect(item).toMatchObject({ department: a.lead, closure: a.closure, closedOn: '2026-03-' + String(i + 1).padStart(2, '0') });
      expect(item.result).toMatch(/^已为.+完成报装，\*\*\*确认，回访电话\*\*\*，信用代码\*\*\*$/);
    }
    expect({ disclosed, masked }).toEqual(closedCount);
  });

  it('filters by channel, category, department and registration dates, and pages with a cursor', async () => {
    const count = async (query: string) => (await stack.api('GET', `/v1/public/appeals?limit=100&${query}`)).body.items.length;
    expect(await count('channel=service_window')).toBe(6);
    expect(await count('category=land')).toBe(6);
    expect(await count('department=power')).toBe(6);
    expect(await count('from=2026-03-02&to=2026-03-04')).toBe(3);
    const first = await stack.api('GET', '/v1/public/appeals?limit=5');
    const second = await stack.api('GET', `/v1/public/appeals?limit=5&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((a: { registeredOn: string }) => a.registeredOn)).toEqual([
      '2026-03-07',
      '2026-03-06',
      '2026-03-05',
      '2026-03-04',
      '2026-03-03',
    ]);
    expect((await stack.api('GET', '/v1/public/appeals?cursor=nonsense')).status).toBe(400);
    expect((await stack.api('GET', '/v1/public/appeals?creditCode=x')).status).toBe(400);
  });

  it('an appeal handled through its workflow appears once closed and published, with its result and nothing identifying', async () => {
    const cc = newCreditCode();
    const body = appealBody(cc, { title: '电话13812345678张三反映用电问题', channel: 'visit', category: 'utilities' });
    const created = await stack.api('POST', '/v1/appeals', office, body);
    expect(created.status).toBe(201);
    secrets.push(body.enterprise);
    const id = created.body.id as string;
    const lead = await stack.token('department', { department: 'power' });
    const step = async (name: string, token: string, payload: unknown) =>
      expect((await stack.api('POST', `/v1/appeals/${id}/${name}`, token, payload)).status, name).toBe(200);
    await step('classify', office, { classification: 'simple' });
    await step('assign', office, { lead: 'power' });
    await step('accept', lead, {});
    const before = await stack.api('GET', '/v1/public/appeals?channel=visit');
    expect(before.body.items).toEqual([]);
    await step('resolve', lead, { summary: '已联系张三（13800000000）完成线路改造' });
    await step('rating', office, { result: 'satisfied', method: 'phone' });
    expect((await stack.api('GET', '/v1/public/appeals?channel=visit')).body.items).toEqual([]);
    await step('publish', office, {});
    const after = await stack.api('GET', '/v1/public/appeals?channel=visit');
    expect(after.body.items).toHaveLength(1);
    expect(after.body.items[0]).toMatchObject({
      enterprise: '绵阳**有限公司',
      title: '电话******反映用电问题', // the contact's name, then the phone number
      department: 'power',
      departmentName: '国网绵阳供电公司',
      closure: 'satisfied',
      closureLabel: '满意办结',
      result: '已联系***（***）完成线路改造',
    });
    expectNothingIdentifying(after.body);
  });
});

describe('GET /v1/public/stats', () => {
  it('answers the figures without a token, as the office sees them', async () => {
    const open = await stack.api('GET', '/v1/public/stats?from=2026-03-01&to=2026-03-31&groupBy=channel');
    expect(open.status).toBe(200);
    const official = await stack.api('GET', '/v1/stats?from=2026-03-01&to=2026-03-31&groupBy=channel', office);
    expect(open.body).toEqual(official.body);
    expect(open.body.total).toMatchObject({ received: 16, closed: 12, unrated: 3, solved: 9, withdrawn: 1, open: 3, solveRate: 56.3 }); // 9 / 16: the 3 unrated closures are not solved
    expectNothingIdentifying(open.body);
  });

  it('as CSV too', async () => {
    const answer = await stack.api('GET', '/v1/public/stats?from=2026-03-01&to=2026-03-31&lang=zh', undefined, undefined, { accept: 'text/csv' });
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
    expect((answer.body as string).split('\r\n')[0]).toMatch(/^代码,名称,受理数,/);
  });
});

describe('rate limiting per address', () => {
  it('answers 429 problem+json with Retry-After once the address has used its burst', async () => {
    let limited;
    for (let i = 0; i < 200 && !limited; i++) {
      const answer = await stack.api('GET', i % 2 ? '/v1/public/stats' : '/v1/public/appeals?limit=1');
      if (answer.status === 429) limited = answer;
      else expect(answer.status).toBe(200);
    }
    expect(limited, 'no 429 within 200 requests').toBeDefined();
    expect(limited!.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited!.body).toMatchObject({ status: 429, title: 'Too many requests' });
    // the routes that need a token are not limited
    expect((await stack.api('GET', '/v1/stats', office)).status).toBe(200);
  });
});
