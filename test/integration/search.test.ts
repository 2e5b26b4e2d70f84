import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchPageQuery } from '../../db/appeals.js';
import { recordLedgerEntry } from '../../db/ledger.js';
import { seededState, seedLedger, type SeededAppeal } from '../support/ledger-seed.js';
import { lifecycle, tokensFor, type Tokens } from '../support/lifecycle.js';
import { newCreditCode, startTestStack, type TestStack } from '../support/stack.js';

// Search in Chinese (issue 18, README "Search"): `GET /v1/appeals?q=` over titles, descriptions, answers and notes,
// best match first, with every filter and within each role's reach. One appeal goes through the API and its
// workflow, so the ledger's own writes index it; the rest are written straight to the ledger.

let stack: TestStack;
let tokens: Tokens;
let loan: { id: string; cc: string; enterprise: string };
const day = 86_400_000;
const enterpriseOf = (creditCode: string) => ({ name: '绵阳测试科技有限公司', creditCode, contact: { name: '张三', phone: '13800000000' } });

beforeAll(async () => {
  stack = await startTestStack();
  tokens = await tokensFor(stack, ['bank', 'tax']);
  const L = lifecycle(stack, tokens);
  const { id, cc, enterprise } = await L.submit({ title: '贷款审批慢', description: '申请科技贷款两个月未有答复' });
  loan = { id, cc, enterprise };
  const bank = await tokens.dept('bank');
  await L.step(id, 'classify', tokens.office, { classification: 'complex' });
  await L.step(id, 'assign', tokens.office, { lead: 'bank' });
  await L.step(id, 'accept', bank);
  await L.step(id, 'path', bank, { message: '已受理，正在协调' });
  await L.step(id, 'progress', bank, { message: '行长办公会研究授信额度' });
  await L.step(id, 'resolve', bank, { summary: '已发放流动资金三百万元' });
});
afterAll(() => stack?.teardown());

const search = async (q: string, token = tokens.office, more = '') => {
  const answer = await stack.api('GET', `/v1/appeals?q=${encodeURIComponent(q)}${more}`, token);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as { items: { id: string; title: string }[]; nextCursor: string | null };
};
const ids = async (q: string, token = tokens.office, more = '') => (await search(q, token, more)).items.map((a) => a.id);

describe('what is searched', () => {
  it('finds a word of two characters inside a description, and nothing for an unrelated query', async () => {
    expect(await ids('贷款')).toEqual([loan.id]);
    expect(await ids('两个月未')).toEqual([loan.id]);
    expect(await ids('火箭发射')).toEqual([]);
  });

  it('finds the words of the resolution and the progress reports the workflow wrote', async () => {
    expect(await ids('三百万')).toEqual([loan.id]);
    expect(await ids('授信')).toEqual([loan.id]);
    expect(await ids('正在协调')).toEqual([loan.id]);
  });

  it('finds a word only in a note, once however often the ledger write is retried', async () => {
    const { state, events } = seededState({ registeredAt: Date.now() - day, status: 'in_progress', lead: 'tax', title: '厂房租金', description: '租金上涨' });
    const note = { seq: events.length + 1, kind: 'note_added' as const, at: Date.now(), round: 1, data: { text: '企业负责人出差至月底' } };
    const entry = { snapshot: { ...state, seq: note.seq }, events: [...events, note], notifications: [] };
    await recordLedgerEntry(stack.db, entry);
    await recordLedgerEntry(stack.db, entry);
    expect(await ids('出差')).toEqual([state.id]);
    // Appended twice, the bigram would be there at two positions ('出差':7B,15B).
    const row = await stack.db.selectFrom('appeals').select('search').where('id', '=', state.id).executeTakeFirstOrThrow();
    expect(row.search).toMatch(/'出差':\d+B( |$)/);
  });

  it('takes one character as a prefix, full-width letters as ASCII, and refuses a query with nothing to search for', async () => {
    const [refund, registration] = await seedLedger(stack.db, [
      { registeredAt: Date.now() - 2 * day, status: 'registered', title: '申请退税', description: '出口退税进度' },
      { registeredAt: Date.now() - 2 * day, status: 'registered', title: '税务登记', description: 'ETC卡办理' },
    ]);
    expect(new Set(await ids('税'))).toEqual(new Set([refund, registration]));
    expect(await ids('ｅｔｃ')).toEqual([registration]);
    for (const q of ['，。', ' ', '贷'.repeat(101)]) {
      expect((await stack.api('GET', `/v1/appeals?q=${encodeURIComponent(q)}`, tokens.office)).status, q).toBe(400);
    }
  });
});

describe('order and paging', () => {
  let twice: string;
  let once: string;
  let older: string;
  beforeAll(async () => {
    // The newest and the oldest mention the term once, the one between in title and description.
    [older, twice, once] = (await seedLedger(stack.db, [
      { registeredAt: Date.now() - 30 * day, status: 'registered', title: '萤石矿开采许可', description: '许可证延续' },
      { registeredAt: Date.now() - 20 * day, status: 'registered', title: '萤石矿开采许可', description: '萤石矿许可证延续' },
      { registeredAt: Date.now() - 10 * day, status: 'registered', title: '用地手续', description: '萤石矿配套用地' },
    ])) as [string, string, string];
  });

  it('ranks more occurrences first and the newer of equals before the older', async () => {
    expect(await ids('萤石矿')).toEqual([twice, once, older]);
  });

  it('pages on by a cursor that carries the rank, which a list without q refuses', async () => {
    const first = await search('萤石矿', tokens.office, '&limit=2');
    expect(first.items.map((a) => a.id)).toEqual([twice, once]);
    const second = await search('萤石矿', tokens.office, `&limit=2&cursor=${first.nextCursor}`);
    expect(second).toEqual({ items: [expect.objectContaining({ id: older })], nextCursor: null });
    expect((await stack.api('GET', `/v1/appeals?cursor=${first.nextCursor}`, tokens.office)).status).toBe(400);
    const plain = (await stack.api('GET', '/v1/appeals?limit=1', tokens.office)).body.nextCursor;
    expect((await stack.api('GET', `/v1/appeals?q=萤石矿&cursor=${plain}`, tokens.office)).status).toBe(400);
  });

  it('writes the matches only to the ledger as CSV', async () => {
    const csv = await stack.api('GET', `/v1/appeals?q=${encodeURIComponent('萤石矿')}`, tokens.office, undefined, { accept: 'text/csv' });
    expect(csv.status).toBe(200);
    const lines = String(csv.body).trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).every((l) => l.includes('萤石矿') || l.includes('用地手续'))).toBe(true);
  });
});

describe('filters and reach', () => {
  let bankOpen: string;
  let bankClosed: string;
  let taxOpen: string;
  beforeAll(async () => {
    const a = (lead: string, status: SeededAppeal['status']): SeededAppeal => ({
      registeredAt: Date.now() - 5 * day,
      status,
      lead,
      title: '稀土深加工项目',
      description: '环评批复',
    });
    [bankOpen, bankClosed, taxOpen] = (await seedLedger(stack.db, [a('bank', 'in_progress'), a('bank', 'closed'), a('tax', 'in_progress')])) as [
      string,
      string,
      string,
    ];
  });

  it('combines with the status and department filters', async () => {
    expect(new Set(await ids('稀土'))).toEqual(new Set([bankOpen, bankClosed, taxOpen]));
    expect(await ids('稀土', tokens.office, '&status=in_progress&department=bank')).toEqual([bankOpen]);
    expect(new Set(await ids('稀土', tokens.office, '&status=in_progress'))).toEqual(new Set([bankOpen, taxOpen]));
  });

  it('finds for a department only the appeals it handles', async () => {
    expect(await ids('稀土', await tokens.dept('tax'))).toEqual([taxOpen]);
    expect(await ids('贷款', await tokens.dept('tax'))).toEqual([]);
    expect(await ids('授信', await tokens.dept('bank'))).toEqual([loan.id]);
  });

  it('finds for an enterprise only its own appeals, and only in what it reads of them', async () => {
    const [elsewhere] = await seedLedger(stack.db, [
      { registeredAt: Date.now() - day, status: 'registered', enterprise: enterpriseOf(newCreditCode()), title: '贷款审批慢' },
    ]);
    expect(await ids('贷款')).toContain(elsewhere);
    expect(await ids('贷款', loan.enterprise)).toEqual([loan.id]);
    expect(await ids('三百万', loan.enterprise)).toEqual([loan.id]);
    expect(await ids('正在协调', loan.enterprise)).toEqual([loan.id]);
    // The progress report is the government's: a hit would tell the enterprise what it says.
    expect(await ids('授信', loan.enterprise)).toEqual([]);
  });
});

describe('the index', () => {
  it('serves the search: a bitmap scan of appeals_search', async () => {
    const plan = await stack.db.connection().execute(async (c) => {
      // A test's few rows are cheaper to read whole or along another index; this shows that the search's own index
      // serves the query (the bench, at 100,000 appeals, shows the planner choosing it unprompted).
      await sql`set enable_seqscan = off`.execute(c);
      await sql`set enable_indexscan = off`.execute(c);
      try {
        return await searchPageQuery(c, {}, { text: '贷款', sharedOnly: true }, { limit: 20 }).explain();
      } finally {
        await sql`reset all`.execute(c);
      }
    });
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/Bitmap Index Scan on appeals_search/);
  });
});
