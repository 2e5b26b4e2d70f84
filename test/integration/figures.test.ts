import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordMeetingEntry } from '../../db/meetings.js';
import { atLocalTime, endOfDay } from '../../domain/dates.js';
import { newMeeting, planMeeting, type MeetingKind } from '../../domain/meeting.js';
import { COUNTS, RATES, FIGURE_LABELS } from '../../domain/figures.js';
import { seedLedger, times, type SeededAppeal } from '../support/ledger-seed.js';
import { ADMIN, TIMEZONE, newCreditCode, startTestStack, type TestStack } from '../support/stack.js';

// The figures over HTTP from a seeded ledger (CONTRACT.md §3 "Figures", README "Figures"). Two periods reproduce
// the seeds' published numbers (DOMAIN.md): Mianyang's symposiums, Jan–Oct 2023, 1466 problems of which 1238
// solved (84.4%), with 41 assigned a second time; and a Xuancheng-sized 15 months, 340 problems of which 334
// closed. A third, small period holds eight appeals whose every figure is counted by hand in each grouping.

let stack: TestStack;
let office: string;
let department: string;

const start = (d: string) => atLocalTime(d, '00:00', TIMEZONE);
const end = (d: string) => endOfDay(d, TIMEZONE);

/** Spread over the period, the first at its first instant and the last at its last. */
function across(from: string, to: string, appeals: SeededAppeal[]): SeededAppeal[] {
  const first = start(from);
  const span = end(to) - first;
  return appeals.map((a, i) => ({ ...a, registeredAt: first + Math.round((span * i) / (appeals.length - 1)) }));
}

const at0 = { registeredAt: 0 };
const closed = (closure: SeededAppeal['closure'], more: Partial<SeededAppeal> = {}): SeededAppeal => ({
  ...at0,
  status: 'closed',
  closure,
  resolutions: [{ onTime: true }],
  followUps: ['pending', 'pending', 'pending', 'pending'],
  ...more,
});

/** Mianyang, Jan–Oct 2023: the groups and their sizes are in the README's "Figures" example. */
const mianyang = across('2023-01-01', '2023-10-31', [
  // S1: 1170 closed satisfied at the first return visit (the last 100 basically satisfied); 300 followed up twice, 12 missed
  ...times(300, closed('satisfied', { lead: 'ndrc', ratings: ['satisfied'], followUps: ['stable', 'stable', 'pending', 'pending'] })),
  ...times(12, closed('satisfied', { lead: 'ndrc', ratings: ['satisfied'], followUps: ['missed', 'pending', 'pending', 'pending'] })),
  ...times(288, closed('satisfied', { lead: 'ndrc', ratings: ['satisfied'] })),
  ...times(470, closed('satisfied', { lead: 'market', ratings: ['satisfied'] })),
  ...times(100, closed('satisfied', { lead: 'market', ratings: ['basically_satisfied'] })),
  // S2: 30 dissatisfied, explained, assigned a second time, then satisfied
  ...times(30, closed('satisfied', { lead: 'land', round: 2, ratings: ['dissatisfied', 'satisfied'], resolutions: [{ onTime: true }, { onTime: true }] })),
  // U1, U2: 38 never rated within 10 working days (8 of them resolved late)
  ...times(30, closed('unrated', { lead: 'tax' })),
  ...times(8, closed('unrated', { lead: 'power', overdues: 1, resolutions: [{ onTime: false }] })),
  // O: 20 closed by the office after a dissatisfied rating; R: 11 referred after a second dissatisfaction
  ...times(20, closed('closed_by_office', { lead: 'land', ratings: ['dissatisfied'] })),
  ...times(
    11,
    closed('referred', {
      lead: 'power',
      round: 2,
      ratings: ['dissatisfied', 'dissatisfied'],
      resolutions: [{ onTime: true }, { onTime: true }],
      referred: true,
    }),
  ),
  // P1–P4: 150 still open; W: 47 withdrawn
  ...times(85, { ...at0, status: 'in_progress', lead: 'ndrc' }),
  ...times(25, { ...at0, status: 'in_progress', lead: 'power', overdues: 1 }),
  ...times(20, { ...at0, status: 'resolved', lead: 'tax', resolutions: [{ onTime: true }] }),
  ...times(20, { ...at0, status: 'registered', lead: null }),
  ...times(47, { ...at0, status: 'withdrawn', lead: null }),
]);

/** Xuancheng's problems came from 237 enterprises (002): 103 of them raised two. */
const xuanchengEnterprises = Array.from({ length: 237 }, (_, i) => ({
  name: `宣城测试${i}有限公司`,
  creditCode: newCreditCode(),
  contact: { name: '张三', phone: '13800000000' },
}));

/** 15 months (as Xuancheng's Jan 2023–Mar 2024, a year later so the periods do not overlap): 334 of 340 closed. */
const xuancheng = across('2024-01-01', '2025-03-31', [
  ...times(320, closed('satisfied', { lead: 'ndrc', ratings: ['satisfied'] })),
  ...times(14, closed('unrated', { lead: 'market' })),
  ...times(6, { ...at0, status: 'in_progress', lead: 'market' }),
]).map((a, i) => ({ ...a, enterprise: xuanchengEnterprises[i % xuanchengEnterprises.length]! }));

/** The unit test's eight appeals (test/unit/figures.test.ts), registered in March 2022. */
const march = across('2022-03-01', '2022-03-31', [
  closed('satisfied', { lead: 'ndrc', ratings: ['satisfied'], followUps: ['stable', 'stable', 'pending', 'pending'] }),
  closed('unrated', {
    lead: 'ndrc',
    channel: 'wechat_group',
    overdues: 1,
    resolutions: [{ onTime: false }],
    followUps: ['missed', 'pending', 'pending', 'pending'],
  }),
  closed('referred', {
    lead: 'land',
    category: 'land',
    round: 2,
    ratings: ['dissatisfied', 'dissatisfied'],
    resolutions: [{ onTime: true }, { onTime: true }],
    referred: true,
  }),
  closed('closed_by_office', { lead: 'land', category: 'land', ratings: ['dissatisfied'], followUps: [] }),
  { ...at0, status: 'in_progress', lead: 'ndrc', channel: 'wechat_group', overdues: 1 },
  { ...at0, status: 'withdrawn', lead: null },
  {
    ...at0,
    status: 'registered',
    lead: null,
    round: 2,
    ratings: ['basically_satisfied'],
    resolutions: [{ onTime: true }],
    followUps: ['stable', 'rebound', 'cancelled', 'cancelled'],
  },
  closed('satisfied', {
    lead: 'tax',
    category: 'tax_fees',
    round: 2,
    ratings: ['dissatisfied', 'basically_satisfied'],
    resolutions: [{ onTime: true }, { onTime: true }],
  }),
]);

/** Just outside Mianyang's period, at both ends: never counted in it. */
const outside: SeededAppeal[] = [
  closed('satisfied', { registeredAt: start('2023-01-01') - 1, lead: 'ndrc', ratings: ['satisfied'] }),
  closed('satisfied', { registeredAt: end('2023-10-31') + 1, lead: 'ndrc', ratings: ['satisfied'] }),
];

beforeAll(async () => {
  stack = await startTestStack();
  for (const [code, name] of [
    ['ndrc', '发展和改革委员会'],
    ['market', '市场监督管理局'],
    ['land', '自然资源和规划局'],
    ['tax', '税务局'],
    ['power', '供电公司'],
  ]) {
    await stack.department(code!, name);
  }
  [office, department] = await Promise.all([stack.token('office'), stack.token('department', { department: 'ndrc' })]);
  await seedLedger(stack.db, [...mianyang, ...xuancheng, ...march, ...outside]);
}, 300_000);
afterAll(() => stack?.teardown());

const get = (path: string, token = office, headers: Record<string, string> = {}) => stack.api('GET', path, token, undefined, headers);

/** Sets the policy's counting (issue 20) for the tests that follow, keeping the rest of the policy. */
async function counting(figures: { unratedCountsAsSolved: boolean; rounding: 0.1 | 1 }) {
  const policy = (await get('/v1/policy', ADMIN)).body;
  expect((await stack.api('PUT', '/v1/policy', ADMIN, { ...policy, figures })).status).toBe(200);
}

describe('the seeds’ published figures (their bulletins count unrated closures as solved)', () => {
  beforeAll(() => counting({ unratedCountsAsSolved: true, rounding: 0.1 }));
  afterAll(() => counting({ unratedCountsAsSolved: false, rounding: 0.1 }));

  it('Mianyang, Jan–Oct 2023: 1466 problems, 1238 solved, solve rate 84.4%, 41 second assignments', async () => {
    const answer = await get('/v1/stats?from=2023-01-01&to=2023-10-31');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ from: '2023-01-01', to: '2023-10-31', groupBy: 'department' });
    expect(answer.body.total).toEqual({
      received: 1466,
      enterprises: 1466, // each seeded appeal is its own enterprise's
      resolved: 1289, // everything but the 85 + 25 in progress, 20 unassigned and 47 withdrawn
      closed: 1269,
      satisfied: 1200,
      closed_by_office: 20,
      referred: 11,
      unrated: 38,
      withdrawn: 47,
      open: 150,
      overdue: 33, // 8 resolved late + 25 still in progress
      onTime: 1281,
      late: 8,
      secondAssignments: 41,
      referrals: 11,
      rebounds: 0,
      followUpsDone: 600,
      followUpsMissed: 12,
      solved: 1238, // 1200 satisfied + 38 unrated
      rated: 1231,
      ratings: 1272, // 1170 + 30×2 + 20 + 11×2
      favourableRatings: 1200,
      instructed: 0,
      answeredOnTheSpot: 0,
      merged: 0,
      noMaterial: 0,
      solveRate: 84.4, // 1238 / 1466
      onTimeRate: 99.4, // 1281 / 1289
      satisfactionRate: 94.3, // 1200 / 1272
      returnVisitRate: 95.5, // 1231 / 1289
    });
  });

  it('a 15-month period: 237 enterprises, 340 problems, 334 closed, 6 in progress', async () => {
    const { body } = await get('/v1/stats?from=2024-01-01&to=2025-03-31');
    expect(body.total).toMatchObject({ received: 340, enterprises: 237, closed: 334, open: 6, solved: 334, solveRate: 98.2 });
  });

  it('rounding 1 prints the rates as the bulletins do: 1238 / 1466 is 84%', async () => {
    await counting({ unratedCountsAsSolved: true, rounding: 1 });
    const { body } = await get('/v1/stats?from=2023-01-01&to=2023-10-31');
    expect(body.total).toMatchObject({ solved: 1238, solveRate: 84, onTimeRate: 99, satisfactionRate: 94, returnVisitRate: 96 }); // 1231 / 1289 = 95.50…
    await counting({ unratedCountsAsSolved: true, rounding: 0.1 });
  });
});

describe('honest by default: an unrated closure is not solved (issue 20)', () => {
  it('Mianyang’s 38 unrated closures stay unrated: 1200 / 1466 = 81.9; Xuancheng’s 14: 320 / 340 = 94.1', async () => {
    const mianyang = await get('/v1/stats?from=2023-01-01&to=2023-10-31');
    expect(mianyang.body.total).toMatchObject({ received: 1466, satisfied: 1200, unrated: 38, solved: 1200, solveRate: 81.9 });
    const xuancheng = await get('/v1/stats?from=2024-01-01&to=2025-03-31');
    expect(xuancheng.body.total).toMatchObject({ received: 340, enterprises: 237, closed: 334, unrated: 14, solved: 320, solveRate: 94.1 });
  });

  it('counts by registration date in APPEALS_TIMEZONE, both ends inclusive', async () => {
    const received = async (from: string, to: string) => (await get(`/v1/stats?from=${from}&to=${to}`)).body.total.received;
    // the first and the last appeal are registered at the period's first and last instants; one more lies just
    // outside each end
    expect(await received('2022-12-31', '2023-10-31')).toBe(1467);
    expect(await received('2023-01-01', '2023-11-01')).toBe(1467);
    expect(await received('2022-12-31', '2022-12-31')).toBe(1);
    expect(await received('2023-11-01', '2023-11-01')).toBe(1);
    // no ends: every appeal on the ledger
    const all = await get('/v1/stats');
    expect(all.body).toMatchObject({ from: null, to: null });
    expect(all.body.total.received).toBe(1466 + 340 + 8 + 2);
  });
});

describe('grouping', () => {
  it('by the latest round’s lead department, most appeals first, with department names', async () => {
    const { body } = await get('/v1/stats?from=2023-01-01&to=2023-10-31&groupBy=department');
    const pick = (g: Record<string, unknown>) => [
      g.key,
      g.label,
      g.received,
      g.resolved,
      g.closed,
      g.open,
      g.overdue,
      g.solveRate,
      g.onTimeRate,
      g.satisfactionRate,
      g.returnVisitRate,
    ];
    expect(body.groups.map(pick)).toEqual([
      ['ndrc', '发展和改革委员会', 685, 600, 600, 85, 0, 87.6, 100, 100, 100],
      ['market', '市场监督管理局', 570, 570, 570, 0, 0, 100, 100, 100, 100],
      [null, '未交办', 67, 0, 0, 20, 0, 0, null, null, null],
      ['land', '自然资源和规划局', 50, 50, 50, 0, 0, 60, 100, 37.5, 100],
      ['tax', '税务局', 50, 50, 30, 20, 0, 0, 100, null, 0], // its 30 closures are unrated
      ['power', '供电公司', 44, 19, 19, 25, 33, 0, 57.9, 0, 57.9], // its 8 closures are unrated
    ]);
    // Additive here as each seeded appeal is its own enterprise's; one enterprise's appeals in two groups count in both.
    for (const figure of COUNTS) {
      expect(
        body.groups.reduce((n: number, g: Record<string, number>) => n + g[figure]!, 0),
        figure,
      ).toBe(body.total[figure]);
    }
  });

  const marchTotal = {
    received: 8,
    enterprises: 8,
    resolved: 6,
    closed: 5,
    satisfied: 2,
    closed_by_office: 1,
    referred: 1,
    unrated: 1,
    withdrawn: 1,
    open: 2,
    overdue: 2,
    onTime: 5,
    late: 1,
    secondAssignments: 2,
    referrals: 1,
    rebounds: 1,
    followUpsDone: 4,
    followUpsMissed: 1,
    solved: 2,
    rated: 5,
    ratings: 7,
    favourableRatings: 3,
    instructed: 0,
    answeredOnTheSpot: 0,
    merged: 0,
    noMaterial: 0,
    solveRate: 25,
    onTimeRate: 83.3,
    satisfactionRate: 42.9,
    returnVisitRate: 83.3,
  };

  it('by department, every figure of every group counted by hand', async () => {
    const { body } = await get('/v1/stats?from=2022-03-01&to=2022-03-31');
    expect(body.total).toEqual(marchTotal);
    expect(body.groups).toEqual([
      {
        key: 'ndrc',
        label: '发展和改革委员会',
        received: 3,
        enterprises: 3,
        resolved: 2,
        closed: 2,
        satisfied: 1,
        closed_by_office: 0,
        referred: 0,
        unrated: 1,
        withdrawn: 0,
        open: 1,
        overdue: 2,
        onTime: 1,
        late: 1,
        secondAssignments: 0,
        referrals: 0,
        rebounds: 0,
        followUpsDone: 2,
        followUpsMissed: 1,
        solved: 1,
        rated: 1,
        ratings: 1,
        favourableRatings: 1,
        instructed: 0,
        answeredOnTheSpot: 0,
        merged: 0,
        noMaterial: 0,
        solveRate: 33.3,
        onTimeRate: 50,
        satisfactionRate: 100,
        returnVisitRate: 50,
      },
      {
        key: 'land',
        label: '自然资源和规划局',
        received: 2,
        enterprises: 2,
        resolved: 2,
        closed: 2,
        satisfied: 0,
        closed_by_office: 1,
        referred: 1,
        unrated: 0,
        withdrawn: 0,
        open: 0,
        overdue: 0,
        onTime: 2,
        late: 0,
        secondAssignments: 1,
        referrals: 1,
        rebounds: 0,
        followUpsDone: 0,
        followUpsMissed: 0,
        solved: 0,
        rated: 2,
        ratings: 3,
        favourableRatings: 0,
        instructed: 0,
        answeredOnTheSpot: 0,
        merged: 0,
        noMaterial: 0,
        solveRate: 0,
        onTimeRate: 100,
        satisfactionRate: 0,
        returnVisitRate: 100,
      },
      {
        key: null,
        label: '未交办',
        received: 2,
        enterprises: 2,
        resolved: 1,
        closed: 0,
        satisfied: 0,
        closed_by_office: 0,
        referred: 0,
        unrated: 0,
        withdrawn: 1,
        open: 1,
        overdue: 0,
        onTime: 1,
        late: 0,
        secondAssignments: 0,
        referrals: 0,
        rebounds: 1,
        followUpsDone: 2,
        followUpsMissed: 0,
        solved: 0,
        rated: 1,
        ratings: 1,
        favourableRatings: 1,
        instructed: 0,
        answeredOnTheSpot: 0,
        merged: 0,
        noMaterial: 0,
        solveRate: 0,
        onTimeRate: 100,
        satisfactionRate: 100,
        returnVisitRate: 100,
      },
      {
        key: 'tax',
        label: '税务局',
        received: 1,
        enterprises: 1,
        resolved: 1,
        closed: 1,
        satisfied: 1,
        closed_by_office: 0,
        referred: 0,
        unrated: 0,
        withdrawn: 0,
        open: 0,
        overdue: 0,
        onTime: 1,
        late: 0,
        secondAssignments: 1,
        referrals: 0,
        rebounds: 0,
        followUpsDone: 0,
        followUpsMissed: 0,
        solved: 1,
        rated: 1,
        ratings: 2,
        favourableRatings: 1,
        instructed: 0,
        answeredOnTheSpot: 0,
        merged: 0,
        noMaterial: 0,
        solveRate: 100,
        onTimeRate: 100,
        satisfactionRate: 50,
        returnVisitRate: 100,
      },
    ]);
  });

  it('by channel, with the channel labels', async () => {
    const { body } = await get('/v1/stats?from=2022-03-01&to=2022-03-31&groupBy=channel');
    expect(body.groupBy).toBe('channel');
    expect(body.total).toEqual(marchTotal);
    expect(body.groups.map((g: Record<string, unknown>) => [g.key, g.label, g.received, g.solved, g.overdue, g.open])).toEqual([
      ['symposium', '面对面专题座谈会', 6, 2, 0, 1],
      ['wechat_group', '企业家微信群', 2, 0, 2, 1], // one closed unrated
    ]);
  });

  it('by category, with the category labels', async () => {
    const { body } = await get('/v1/stats?from=2022-03-01&to=2022-03-31&groupBy=category');
    expect(body.groups.map((g: Record<string, unknown>) => [g.key, g.label, g.received, g.solved, g.referrals, g.secondAssignments])).toEqual([
      ['financing', '融资', 5, 1, 0, 0], // A satisfied; B closed unrated
      ['land', '用地', 2, 0, 1, 1],
      ['tax_fees', '税费', 1, 1, 0, 1],
    ]);
  });
});

describe('a department’s scorecard and the ranking', () => {
  it('the scorecard: the department’s figures by category, and its rank among the departments', async () => {
    const answer = await get('/v1/stats/departments/power?from=2023-01-01&to=2023-10-31');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      department: 'power',
      name: '供电公司',
      from: '2023-01-01',
      to: '2023-10-31',
      groupBy: 'category',
      rank: { position: 5, of: 5 },
    });
    expect(answer.body.total).toMatchObject({
      received: 44,
      resolved: 19,
      overdue: 33,
      late: 8,
      onTime: 11,
      referrals: 11,
      secondAssignments: 11,
      onTimeRate: 57.9,
      satisfactionRate: 0,
    });
    expect(answer.body.groups.map((g: Record<string, unknown>) => [g.key, g.received])).toEqual([['financing', 44]]);
    const byChannel = await get('/v1/stats/departments/land?from=2022-03-01&to=2022-03-31&groupBy=channel');
    expect(byChannel.body).toMatchObject({ rank: { position: 2, of: 3 }, groups: [{ key: 'symposium', received: 2 }] });
    expect((await get('/v1/stats/departments/nowhere')).status).toBe(404);
  });

  it('ranks by on-time rate, satisfaction rate, fewer overdue, more received, then code; praise and criticism lists', async () => {
    const { body } = await get('/v1/stats/ranking?from=2023-01-01&to=2023-10-31');
    // ndrc and market tie on both rates and on overdue (0): ndrc received more
    expect(body.items.map((d: Record<string, unknown>) => [d.rank, d.key, d.onTimeRate, d.satisfactionRate, d.overdue, d.received])).toEqual([
      [1, 'ndrc', 100, 100, 0, 685],
      [2, 'market', 100, 100, 0, 570],
      [3, 'land', 100, 37.5, 0, 50],
      [4, 'tax', 100, null, 0, 50],
      [5, 'power', 57.9, 0, 33, 44],
    ]);
    expect(body).toMatchObject({ top: 3, praise: ['ndrc', 'market', 'land'], criticism: ['power'] });
    const top1 = await get('/v1/stats/ranking?from=2023-01-01&to=2023-10-31&top=1');
    expect(top1.body).toMatchObject({ praise: ['ndrc'], criticism: ['power'] });
  });
});

describe('CSV', () => {
  it('the figures as CSV with Accept: text/csv: a row per group, then the total', async () => {
    const answer = await get('/v1/stats?from=2022-03-01&to=2022-03-31&groupBy=channel', office, { accept: 'text/csv' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (answer.body as string).trimEnd().split('\r\n');
    expect(lines[0]).toBe(['key', 'label', ...COUNTS, ...RATES].join(','));
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3))).toEqual([
      ['symposium', '面对面专题座谈会', '6'],
      ['wechat_group', '企业家微信群', '2'],
      ['', '合计', '8'],
    ]);
    // rates with one decimal; none is an empty cell
    expect(lines[3]!.split(',').slice(-4)).toEqual(['25', '83.3', '42.9', '83.3']);
  });

  it('Chinese column labels with lang=zh', async () => {
    const answer = await get('/v1/stats?from=2023-01-01&to=2023-10-31&lang=zh', office, { accept: 'text/csv' });
    const [header, ...rows] = (answer.body as string).trimEnd().split('\r\n');
    expect(header).toBe(['代码', '名称', ...[...COUNTS, ...RATES].map((f) => FIGURE_LABELS[f])].join(','));
    expect(header).toContain('解决率(%)');
    const tax = rows.find((r) => r.startsWith('tax,'))!.split(',');
    expect(tax.at(-2)).toBe(''); // no ratings: no satisfaction rate
    expect(rows.at(-1)!.split(',').slice(0, 3)).toEqual(['', '合计', '1466']);
  });

  it('the scorecard and the ranking as CSV', async () => {
    const scorecard = await get('/v1/stats/departments/ndrc?from=2023-01-01&to=2023-10-31', office, { accept: 'text/csv' });
    expect(
      (scorecard.body as string)
        .split('\r\n')
        .slice(1, 3)
        .map((l) => l.split(',').slice(0, 3)),
    ).toEqual([
      ['financing', '融资', '685'],
      ['', '合计', '685'],
    ]);
    const ranking = await get('/v1/stats/ranking?from=2023-01-01&to=2023-10-31&lang=zh', office, { accept: 'text/csv' });
    const lines = (ranking.body as string).trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('排名,榜单,代码,名称,受理数')).toBe(true);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3))).toEqual([
      ['1', 'praise', 'ndrc'],
      ['2', 'praise', 'market'],
      ['3', 'praise', 'land'],
      ['4', '', 'tax'],
      ['5', 'criticism', 'power'],
    ]);
  });

  it('JSON unless CSV is asked for', async () => {
    const answer = await get('/v1/stats?from=2022-03-01&to=2022-03-31', office, { accept: '*/*' });
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('who may read the figures, and bad queries', () => {
  it('the office and the admin; not a department; 401 without a token', async () => {
    expect((await get('/v1/stats', ADMIN)).status).toBe(200);
    for (const path of ['/v1/stats', '/v1/stats/departments/ndrc', '/v1/stats/ranking', '/v1/reports', '/v1/reports/2023-01']) {
      const denied = await get(path, department);
      expect(denied.status, path).toBe(403);
      expect(denied.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect((await stack.api('GET', path)).status, path).toBe(401);
    }
  });

  it('400 naming the field for a bad date, a reversed period, an unknown grouping or field', async () => {
    const field = async (query: string) => {
      const answer = await get(`/v1/stats?${query}`);
      expect(answer.status, query).toBe(400);
      return answer.body.errors.map((e: { field: string }) => e.field);
    };
    expect(await field('from=2023-02-30')).toEqual(['from']);
    expect(await field('from=2023-10-01&to=2023-09-30')).toEqual(['to']);
    expect(await field('groupBy=enterprise')).toEqual(['groupBy']);
    expect(await field('department=ndrc')).toEqual(['department']);
    expect((await get('/v1/stats/ranking?top=0')).status).toBe(400);
  });
});

describe('the assessment (issue 20)', () => {
  it('scores each department of a quarter by the default model: breakdown, vetoes and rank, counted by hand', async () => {
    // 2022-Q1 holds only the eight March appeals. By the default model (README "Assessment"):
    // tax: on time 100 → 30, solved 100 → 30, satisfaction 50 ≤ 60 → 0, return visits 100 → 10: 70, worth 1.4 of 2
    // ndrc: on time 50 ≤ 60 → 0, solved 33.3 ≤ 50 → 0, satisfaction 100 → 30, return visits 50 → 5: 35, less 2
    //   overdue × 2 and 1 missed visit × 1: 30
    // land: 40 earned, but an appeal referred to the discipline commission: vetoed, 0
    const { status, body } = await get('/v1/assessment?period=2022-Q1');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      period: '2022-Q1',
      from: '2022-01-01',
      to: '2022-03-31',
      worth: 2,
      counting: { unratedCountsAsSolved: false, rounding: 0.1 },
    });
    expect(body.items.map((u: Record<string, unknown>) => [u.rank, u.key, u.label, u.score, u.points])).toEqual([
      [1, 'tax', '税务局', 70, 1.4],
      [2, 'ndrc', '发展和改革委员会', 30, 0.6],
      [3, 'land', '自然资源和规划局', 0, 0],
    ]);
    const [, ndrc, land] = body.items;
    expect(ndrc.rates.map((r: Record<string, unknown>) => [r.figure, r.value, r.points])).toEqual([
      ['onTimeRate', 50, 0],
      ['solveRate', 33.3, 0],
      ['satisfactionRate', 100, 30],
      ['returnVisitRate', 50, 5],
    ]);
    expect(ndrc.deductions.map((d: Record<string, unknown>) => [d.figure, d.count, d.points])).toEqual([
      ['overdue', 2, 4],
      ['followUpsMissed', 1, 1],
      ['rebounds', 0, 0],
    ]);
    expect(ndrc.figures).toMatchObject({ received: 3, enterprises: 3, solved: 1 });
    expect(land.vetoes).toEqual([{ figure: 'referrals', count: 1, reason: '发生转报纪委监委事项' }]);
    // the month holds the same appeals; the year one more, just before Mianyang's period, ndrc's
    expect((await get('/v1/assessment?period=2022-03')).body.items).toEqual(body.items);
    const year = (await get('/v1/assessment?period=2022')).body;
    expect(year).toMatchObject({ from: '2022-01-01', to: '2022-12-31' });
    expect(year.items.map((u: { key: string; figures: { received: number } }) => [u.key, u.figures.received])).toEqual([
      ['tax', 1],
      ['ndrc', 4],
      ['land', 2],
    ]);
  });

  it('reads the same in Chinese CSV', async () => {
    const answer = await get('/v1/assessment?period=2022-Q1&lang=zh', office, { accept: 'text/csv' });
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (answer.body as string).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '排名,代码,名称,得分,折算分,按期办理率(%),按期办理率得分,解决率(%),解决率得分,满意率(%),满意率得分,回访率(%),回访率得分,超期数,超期数扣分,跟踪回访逾期次数,跟踪回访逾期次数扣分,反弹数,反弹数扣分,一票否决',
    );
    expect(lines.slice(1)).toEqual([
      '1,tax,税务局,70,1.4,100,30,100,30,50,0,100,10,0,0,0,0,0,0,',
      '2,ndrc,发展和改革委员会,30,0.6,50,0,33.3,0,100,30,50,5,2,4,1,1,0,0,',
      '3,land,自然资源和规划局,0,0,100,30,0,0,0,0,100,10,0,0,0,0,0,0,发生转报纪委监委事项',
    ]);
  });

  it('a department reads its own scorecard and rank, not another’s; the office reads any', async () => {
    const own = await get('/v1/assessment/units/ndrc?period=2022-Q1', department);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      unit: 'ndrc',
      label: '发展和改革委员会',
      period: '2022-Q1',
      worth: 2,
      of: 3,
      scorecard: { rank: 2, key: 'ndrc', score: 30, points: 0.6 },
    });
    expect((await get('/v1/assessment/units/tax?period=2022-Q1', department)).status).toBe(403);
    expect((await get('/v1/assessment/units/land?period=2022-Q1')).body.scorecard).toMatchObject({ rank: 3, score: 0, vetoes: [{ figure: 'referrals' }] });
    // a unit that led nothing in the period has no scorecard; an unknown one is 404
    expect((await get('/v1/assessment/units/power?period=2022-Q1')).body).toMatchObject({ of: 3, scorecard: null });
    expect((await get('/v1/assessment/units/nowhere?period=2022-Q1')).status).toBe(404);
    const csv = await get('/v1/assessment/units/ndrc?period=2022-Q1&lang=zh', department, { accept: 'text/csv' });
    expect((csv.body as string).trimEnd().split('\r\n')[1]).toBe('2,ndrc,发展和改革委员会,30,0.6,50,0,33.3,0,100,30,50,5,2,4,1,1,0,0,');
  });

  it('scores by the model the admin sets, and refuses one whose weights do not add up to 100', async () => {
    const model = (await get('/v1/assessment/model')).body;
    expect(model).toMatchObject({
      worth: 2,
      department: {
        vetoes: [
          { figure: 'referrals', atLeast: 1 },
          { figure: 'missedMeetings', atLeast: 1 },
        ],
      },
      meetingDuties: [],
    });
    const solveOnly = { worth: 2, department: { rates: [{ figure: 'solveRate', weight: 100 }] } };
    expect((await stack.api('PUT', '/v1/assessment/model', office, solveOnly)).status).toBe(403);
    const bad = await stack.api('PUT', '/v1/assessment/model', ADMIN, { ...solveOnly, department: { rates: [{ figure: 'solveRate', weight: 90 }] } });
    expect(bad.status).toBe(400);
    expect((await stack.api('PUT', '/v1/assessment/model', ADMIN, solveOnly)).status).toBe(200);
    // solved only, no deductions or vetoes: tax 100, ndrc 33.3, land 0 (nothing solved, no longer vetoed)
    const { body } = await get('/v1/assessment?period=2022-Q1');
    expect(body.items.map((u: Record<string, unknown>) => [u.rank, u.key, u.score, u.vetoes])).toEqual([
      [1, 'tax', 100, []],
      [2, 'ndrc', 33.3, []],
      [3, 'land', 0, []],
    ]);
    expect((await stack.api('PUT', '/v1/assessment/model', ADMIN, model)).status).toBe(200);
    expect((await get('/v1/assessment?period=2022-13')).status).toBe(400);
  });
});

describe('meeting duties and their veto (issue 20)', () => {
  /** A meeting on the ledger, held (or not) at `startsAt`. */
  async function meeting(id: string, kind: MeetingKind, sector: string, startsAt: number, held: boolean) {
    const plan = planMeeting(
      { id, seriesId: null, kind, title: `${sector}会商会`, theme: '困难问题', sector, chair: '市领导', location: '市政府', startsAt },
      7,
      TIMEZONE,
    );
    const snapshot = {
      ...newMeeting(plan, startsAt - 10 * 86_400_000),
      ...(held ? { status: 'reported' as const, heldAt: startsAt } : { status: 'cancelled' as const }),
      seq: 1,
    };
    await recordMeetingEntry(stack.db, { snapshot, events: [], notifications: [] });
  }

  it('each sector’s consultation meeting each quarter: met or missed per unit, and a missed one vetoes the unit', async () => {
    // 税务局 held its 税费 consultation meeting in February 2022; 发展和改革委员会's 工业 one was cancelled, and its
    // symposium is another kind of meeting.
    await meeting('duty-tax-2022-02', 'consultation_meeting', '税费', start('2022-02-15') + 9.5 * 3_600_000, true);
    await meeting('duty-ndrc-2022-03', 'consultation_meeting', '工业', start('2022-03-10') + 9.5 * 3_600_000, false);
    await meeting('duty-ndrc-symposium', 'symposium', '工业', start('2022-03-11') + 9.5 * 3_600_000, true);
    const model = (await get('/v1/assessment/model')).body;
    const meetingDuties = [
      { unit: 'tax', kind: 'consultation_meeting', sector: '税费', every: 'quarter' },
      { unit: 'ndrc', kind: 'consultation_meeting', sector: '工业', every: 'quarter' },
    ];
    expect((await stack.api('PUT', '/v1/assessment/model', ADMIN, { ...model, meetingDuties })).status).toBe(200);
    try {
      const { body } = await get('/v1/assessment/duties?period=2022-Q1');
      expect(
        body.duties.map((d: { unit: string; label: string; missed: number; stretches: { period: string; held: number; status: string }[] }) => [
          d.unit,
          d.label,
          d.missed,
          d.stretches.map((s) => [s.period, s.held, s.status]),
        ]),
      ).toEqual([
        ['tax', '税务局', 0, [['2022-Q1', 1, 'met']]],
        ['ndrc', '发展和改革委员会', 1, [['2022-Q1', 0, 'missed']]],
      ]);
      const csv = await get('/v1/assessment/duties?period=2022-Q1&lang=zh', office, { accept: 'text/csv' });
      expect((csv.body as string).trimEnd().split('\r\n')).toEqual([
        '单位代码,单位,会议类型,行业,频次,期间,应召开次数,已召开次数,履行情况',
        'tax,税务局,困难问题会商会,税费,每季度,2022-Q1,1,1,已履行',
        'ndrc,发展和改革委员会,困难问题会商会,工业,每季度,2022-Q1,1,0,未履行',
      ]);
      // the year: 税务局 held none in Q2–Q4 either
      const year = (await get('/v1/assessment/duties?period=2022')).body;
      expect(year.duties.map((d: { unit: string; missed: number }) => [d.unit, d.missed])).toEqual([
        ['tax', 3],
        ['ndrc', 4],
      ]);
      // the quarter's assessment: ndrc's 30 becomes 0 by the veto; tax keeps its 70
      const assessed = (await get('/v1/assessment?period=2022-Q1')).body;
      expect(
        assessed.items.map((u: { rank: number; key: string; score: number; vetoes: { reason: string }[] }) => [
          u.rank,
          u.key,
          u.score,
          u.vetoes.map((v) => v.reason),
        ]),
      ).toEqual([
        [1, 'tax', 70, []],
        [2, 'land', 0, ['发生转报纪委监委事项']],
        [2, 'ndrc', 0, ['困难问题会商会等机制落实未达要求']],
      ]);
    } finally {
      await stack.api('PUT', '/v1/assessment/model', ADMIN, model);
    }
  });
});
