import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dueAssessmentReports, endedPeriods, quarterStart } from '../../domain/assessment-reports.js';
import { WorkingCalendar, workingDayOnOrAfter } from '../../domain/calendar.js';
import { atLocalTime, endOfDay, localDate } from '../../domain/dates.js';
import { shippedCalendarYears } from '../../domain/holiday-seed.js';
import { verifySignature } from '../../domain/signature.js';
import type { AssessmentReportsInput, AssessmentReportsOutcome } from '../../workflows/assessment-report.js';
import { ensureAssessmentSchedule } from '../../gateway/worker-schedules.js';
import { seedLedger, type SeededAppeal } from '../support/ledger-seed.js';
import { runWithoutSkipping } from '../support/run-workflow.js';
import { eventually } from '../support/lifecycle.js';
import { startReceiver, type Receiver } from '../support/receiver.js';
import { ADMIN, TIMEZONE, startTestStack, type TestStack } from '../support/stack.js';
import { createCountyTree } from '../support/units.js';

// The stored quarterly and annual assessments (issue 20) under time skipping: the report workflow stores a quarter's
// report of departments and of each level of the unit tree, beside the same quarter a year before, circulates it
// (each unit its scorecard and rank, the office the table) once, and tells the office of each meeting duty missed in
// the period just ended, once. (The Schedule that starts it needs the dev server: report-schedule.test.ts.)

let stack: TestStack;
let office: string;
let ndrc: string;
let receiver: Receiver;
let taxSecret: string;

const start = (d: string) => atLocalTime(d, '00:00', TIMEZONE);
const end = (d: string) => endOfDay(d, TIMEZONE);
const closed = (closure: SeededAppeal['closure'], registeredAt: number, more: Partial<SeededAppeal>): SeededAppeal => ({
  registeredAt,
  status: 'closed',
  closure,
  resolutions: [{ onTime: true }],
  followUps: ['pending', 'pending', 'pending', 'pending'],
  ...more,
});

/** In 2022-Q1: the figures test's March appeals by department (tax 70, ndrc 30, land vetoed), and one per county. */
const q1 = (n: number) => start('2022-03-01') + n * 86_400_000;
const seeded: SeededAppeal[] = [
  closed('satisfied', q1(0), { lead: 'ndrc', ratings: ['satisfied'], followUps: ['stable', 'stable', 'pending', 'pending'] }),
  closed('unrated', q1(1), { lead: 'ndrc', overdues: 1, resolutions: [{ onTime: false }], followUps: ['missed', 'pending', 'pending', 'pending'] }),
  closed('referred', q1(2), {
    lead: 'land',
    round: 2,
    ratings: ['dissatisfied', 'dissatisfied'],
    resolutions: [{ onTime: true }, { onTime: true }],
    referred: true,
  }),
  closed('closed_by_office', q1(3), { lead: 'land', ratings: ['dissatisfied'], followUps: [] }),
  { registeredAt: q1(4), status: 'in_progress', lead: 'ndrc', overdues: 1 },
  { registeredAt: q1(5), status: 'withdrawn', lead: null },
  closed('satisfied', q1(6), { lead: 'tax', round: 2, ratings: ['dissatisfied', 'basically_satisfied'], resolutions: [{ onTime: true }, { onTime: true }] }),
  // 吴家镇 (涪城区): on time, solved, satisfied, visited: 100. 花荄镇 (安州区): on time, closed unrated, nothing
  // rated: 30 of the 70 points its three measurable rates weigh, 42.86
  closed('satisfied', q1(7), { lead: 'fcx-wjz', ratings: ['satisfied'] }),
  closed('unrated', q1(8), { lead: 'axq-hsz' }),
  // a year before: tax alone, all 100
  closed('satisfied', start('2021-02-01'), { lead: 'tax', ratings: ['satisfied'] }),
  // just after the quarter: never in it
  closed('satisfied', end('2022-03-31') + 1, { lead: 'ndrc', ratings: ['satisfied'] }),
];

/** Departments, and each level the tree has: the departments made by the stack are city departments. */
const LEVELS = ['department', 'city_department', 'county', 'town'];

const runReports = (input: AssessmentReportsInput = {}) => runWithoutSkipping<AssessmentReportsOutcome>(stack, 'assessmentReports', input);

const get = (path: string, token = office, headers: Record<string, string> = {}) => stack.api('GET', path, token, undefined, headers);

async function notificationsOf(period: string) {
  return stack.db
    .selectFrom('notifications')
    .select(['id', 'kind', 'recipient', 'department_code', 'status', 'payload'])
    .where('assessment_period', '=', period)
    .orderBy('id')
    .execute();
}

beforeAll(async () => {
  stack = await startTestStack();
  for (const [code, name] of [
    ['ndrc', '发展和改革委员会'],
    ['land', '自然资源和规划局'],
  ] as const)
    await stack.department(code, name);
  // 税务局 takes its notifications by webhook
  receiver = await startReceiver();
  const tax = await stack.api('POST', '/v1/departments', ADMIN, { code: 'tax', name: '税务局', webhookUrl: receiver.url('/tax') });
  taxSecret = tax.body.secret;
  await createCountyTree(stack);
  [office, ndrc] = await Promise.all([stack.token('office'), stack.token('department', { department: 'ndrc' })]);
  await seedLedger(stack.db, seeded);
}, 120_000);
afterAll(async () => {
  await stack?.teardown();
  await receiver?.close();
});

describe('a quarter’s stored report', () => {
  it('backfills a year before first, counted from the ledger; then the quarter, compared with that stored report', async () => {
    expect(await runReports({ period: '2021-Q1' })).toEqual({ stored: [{ period: '2021-Q1', levels: LEVELS }], missedDuties: 0 });
    expect(await runReports({ period: '2022-Q1' })).toEqual({ stored: [{ period: '2022-Q1', levels: LEVELS }], missedDuties: 0 });

    const { status, body } = await get('/v1/assessment/reports/2022-Q1');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      period: '2022-Q1',
      from: '2022-01-01',
      to: '2022-03-31',
      level: 'department',
      worth: 2,
      yearOnYear: { period: '2021-Q1', source: 'stored' },
    });
    // hand-computed by the default model (README "Assessment"; tax, ndrc and land as in figures.test.ts)
    expect(body.items.map((u: Record<string, unknown>) => [u.rank, u.key, u.score, u.points, u.lastYear, u.change])).toEqual([
      [1, 'fcx-wjz', 100, 2, null, null],
      [2, 'tax', 70, 1.4, { rank: 1, score: 100 }, -30],
      [3, 'axq-hsz', 42.86, 0.86, null, null],
      [4, 'ndrc', 30, 0.6, null, null],
      [5, 'land', 0, 0, null, null],
    ]);
    expect(body.items[4].vetoes).toEqual([{ figure: 'referrals', count: 1, reason: '发生转报纪委监委事项' }]);
    expect(body.duties).toEqual([]);
    expect(body.computedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+08:00$/);

    // the year before was counted from the ledger, having no report of its own year before
    expect((await get('/v1/assessment/reports/2021-Q1')).body).toMatchObject({
      yearOnYear: { period: '2020-Q1', source: 'ledger' },
      items: [{ rank: 1, key: 'tax', score: 100, lastYear: null }],
    });

    // by county: the towns' appeals rolled up
    const county = (await get('/v1/assessment/reports/2022-Q1?level=county')).body;
    expect(county.items.map((u: Record<string, unknown>) => [u.rank, u.key, u.label, u.score])).toEqual([
      [1, 'fcx', '涪城区', 100],
      [2, 'axq', '安州区', 42.86],
    ]);
  });

  it('reads the same in Chinese CSV, with the year-on-year columns', async () => {
    const csv = await get('/v1/assessment/reports/2022-Q1?lang=zh', office, { accept: 'text/csv' });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...rows] = (csv.body as string).trimEnd().split('\r\n');
    expect(header!.split(',').slice(0, 5)).toEqual(['排名', '代码', '名称', '得分', '折算分']);
    expect(header!.split(',').slice(-4)).toEqual(['一票否决', '上年同期排名', '上年同期得分', '得分同比增减']);
    expect(rows).toEqual([
      '1,fcx-wjz,吴家镇,100,2,100,30,100,30,100,30,100,10,0,0,0,0,0,0,,,,',
      '2,tax,税务局,70,1.4,100,30,100,30,50,0,100,10,0,0,0,0,0,0,,1,100,-30',
      '3,axq-hsz,花荄镇,42.86,0.86,100,30,0,0,,,0,0,0,0,0,0,0,0,,,,',
      '4,ndrc,发展和改革委员会,30,0.6,50,0,33.3,0,100,30,50,5,2,4,1,1,0,0,,,,',
      '5,land,自然资源和规划局,0,0,100,30,0,0,0,0,100,10,0,0,0,0,0,0,发生转报纪委监委事项,,,',
    ]);
    const list = await get('/v1/assessment/reports?period=2022-Q1');
    expect(list.body.items.map((r: Record<string, unknown>) => [r.period, r.level, r.units, r.yearOnYear])).toEqual([
      ['2022-Q1', 'department', 5, '2021-Q1'],
      ['2022-Q1', 'city_department', 3, '2021-Q1'],
      ['2022-Q1', 'county', 2, '2021-Q1'],
      ['2022-Q1', 'town', 2, '2021-Q1'],
    ]);
    const listCsv = await get('/v1/assessment/reports?level=department&lang=zh', office, { accept: 'text/csv' });
    expect(
      (listCsv.body as string)
        .trimEnd()
        .split('\r\n')
        .map((l) => l.split(',').slice(0, 2)),
    ).toEqual([
      ['期间', '层级'],
      ['2022-Q1', 'department'],
      ['2021-Q1', 'department'],
    ]);
  });

  it('is circulated once: each unit its scorecard and rank with a link, the office the table', async () => {
    const sent = await notificationsOf('2022-Q1');
    const circulated = sent.filter((n) => n.kind === 'assessment_circulated' && (n.payload as { level: string }).level === 'department');
    expect(
      circulated.map((n) => [
        n.department_code,
        (n.payload as { rank: number }).rank,
        (n.payload as { of: number }).of,
        (n.payload as { score: number }).score,
      ]),
    ).toEqual([
      ['axq-hsz', 3, 5, 42.86],
      ['fcx-wjz', 1, 5, 100],
      ['land', 5, 5, 0],
      ['ndrc', 4, 5, 30],
      ['tax', 2, 5, 70],
    ]);
    // the office has each level's table: departments, city departments, counties and towns
    const tables = sent.filter((n) => n.kind === 'assessment_table');
    expect(tables.map((n) => [n.recipient, (n.payload as { level: string }).level, (n.payload as { link: string }).link])).toEqual([
      ['office', 'city_department', '/v1/assessment/reports/2022-Q1?level=city_department'],
      ['office', 'county', '/v1/assessment/reports/2022-Q1?level=county'],
      ['office', 'department', '/v1/assessment/reports/2022-Q1'],
      ['office', 'town', '/v1/assessment/reports/2022-Q1?level=town'],
    ]);
    expect((tables[2]!.payload as { items: { unit: string }[] }).items.map((u) => u.unit)).toEqual(['fcx-wjz', 'tax', 'axq-hsz', 'ndrc', 'land']);
    // without a webhook each is delivered on the ledger; 税务局's go to its webhook, signed, with the instant in the
    // city's time zone
    expect(new Set(sent.filter((n) => n.department_code !== 'tax').map((n) => n.status))).toEqual(new Set(['delivered']));
    const ofQuarter = () => receiver.received('/tax').filter((p) => JSON.parse(p.body).period === '2022-Q1');
    const posted = await eventually(async () => {
      const got = ofQuarter();
      expect(got).toHaveLength(2);
      return got;
    });
    for (const { headers, body } of posted) expect(verifySignature(taxSecret, headers, body)).toBe(true);
    expect(posted.map((p) => JSON.parse(p.body)).find((b) => b.level === 'department')).toEqual({
      id: 'assessment:2022-Q1:department:tax',
      kind: 'assessment_circulated',
      period: '2022-Q1',
      level: 'department',
      unit: 'tax',
      label: '税务局',
      rank: 2,
      of: 5,
      score: 70,
      points: 1.4,
      change: -30,
      vetoes: [],
      link: '/v1/assessment/units/tax?period=2022-Q1',
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+08:00$/),
    });

    // a department sees its own notifications (ranked among all units, and among the city's departments) and follows
    // a link to its own scorecard, as stored
    const listed = (await get('/v1/notifications', ndrc)).body.items.filter((n: { assessmentPeriod: string | null }) => n.assessmentPeriod === '2022-Q1');
    expect(listed.map((n: Record<string, unknown>) => [n.kind, n.link])).toEqual([
      ['assessment_circulated', '/v1/assessment/units/ndrc?period=2022-Q1'],
      ['assessment_circulated', '/v1/assessment/units/ndrc?period=2022-Q1&level=city_department'],
    ]);
    expect((await get(listed[1].link, ndrc)).body).toMatchObject({ level: 'city_department', of: 3, scorecard: { rank: 2, score: 30 } });
    const own = await get(listed[0].link, ndrc);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      unit: 'ndrc',
      of: 5,
      storedAt: (await get('/v1/assessment/reports/2022-Q1')).body.computedAt,
      scorecard: { rank: 4, score: 30, lastYear: null },
    });
    // and no other unit's detail, nor the table
    expect((await get('/v1/assessment/units/tax?period=2022-Q1', ndrc)).status).toBe(403);
    expect((await get('/v1/assessment/reports/2022-Q1', ndrc)).status).toBe(403);
    expect((await get('/v1/assessment/reports', ndrc)).status).toBe(403);

    // a rerun of the period stores and sends nothing
    expect(await runReports({ period: '2022-Q1' })).toEqual({ stored: [], missedDuties: 0, reason: 'exists' });
    expect((await notificationsOf('2022-Q1')).map((n) => n.id)).toEqual(sent.map((n) => n.id));
    expect(ofQuarter()).toHaveLength(2);
  });

  it('stays as stored when the ledger moves: a late appeal of the quarter changes the live count only', async () => {
    const before = (await get('/v1/assessment/reports/2022-Q1')).body;
    await seedLedger(stack.db, [closed('referred', q1(9), { lead: 'tax', referred: true, ratings: ['dissatisfied'] })]);
    expect((await get('/v1/assessment?period=2022-Q1')).body.items.find((u: { key: string }) => u.key === 'tax').score).toBe(0);
    expect((await get('/v1/assessment/reports/2022-Q1')).body).toEqual(before);
    expect((await get('/v1/assessment/units/tax?period=2022-Q1')).body.scorecard.score).toBe(70);
  });

  it('refuses a period still running or not a quarter or year; 404 for one never stored', async () => {
    const thisYear = localDate(await stack.env.currentTimeMs(), TIMEZONE).slice(0, 4);
    expect(await runReports({ period: thisYear })).toEqual({ stored: [], missedDuties: 0, reason: 'not_over' });
    await expect(runReports({ period: '2022-03' })).rejects.toThrow();
    expect((await get('/v1/assessment/reports/2019-Q1')).status).toBe(404);
    expect((await get('/v1/assessment/reports/whenever')).status).toBe(404);
    expect((await get('/v1/assessment/reports/2022-Q1?level=nowhere')).status).toBe(400);
  });
});

describe('the daily run', () => {
  it('on the time-skipping server the worker’s Schedule is skipped, and the skip is logged', async () => {
    const warnings: string[] = [];
    const log = { info() {}, warn: (_: unknown, message: string) => void warnings.push(message) };
    expect(await ensureAssessmentSchedule(stack.env.client, { taskQueue: stack.taskQueue, timezone: TIMEZONE, log: log as never })).toBe('unsupported');
    expect(warnings).toEqual(['this Temporal server has no Schedules: skipped the quarterly and annual assessment schedule']);
  });

  it('stores the quarter just ended once due, and tells the office of each duty missed in it, once', async () => {
    const model = (await get('/v1/assessment/model')).body;
    const meetingDuties = [{ unit: 'ndrc', kind: 'consultation_meeting', sector: '工业', every: 'quarter' }];
    expect((await stack.api('PUT', '/v1/assessment/model', ADMIN, { ...model, meetingDuties })).status).toBe(200);
    try {
      const today = localDate(await stack.env.currentTimeMs(), TIMEZONE);
      const { quarter } = endedPeriods(today);
      const firstWorkingDayOfQuarter = workingDayOnOrAfter(new WorkingCalendar(shippedCalendarYears()), quarterStart(today));
      const due = dueAssessmentReports({ today, firstWorkingDayOfQuarter, stored: new Set(['2021-Q1', '2022-Q1']) });

      const first = await runReports();
      expect(first).toEqual({ stored: due.map((period) => ({ period, levels: LEVELS })), missedDuties: 1 });
      const [missed] = (await notificationsOf(quarter)).filter((n) => n.kind === 'duty_missed');
      expect(missed).toMatchObject({
        recipient: 'office',
        status: 'delivered',
        payload: {
          period: quarter,
          unit: 'ndrc',
          label: '发展和改革委员会',
          meetingKind: 'consultation_meeting',
          sector: '工业',
          every: 'quarter',
          atLeast: 1,
          held: 0,
          link: `/v1/assessment/duties?period=${quarter}`,
        },
      });

      // the report stored now keeps the duties as they stood: ndrc's quarter missed
      for (const period of due.filter((p) => p === quarter)) {
        const { duties } = (await get(`/v1/assessment/reports/${period}`)).body;
        expect(
          duties.map((d: { unit: string; label: string; missed: number; stretches: { status: string }[] }) => [
            d.unit,
            d.label,
            d.missed,
            d.stretches.map((x) => x.status),
          ]),
        ).toEqual([['ndrc', '发展和改革委员会', 1, ['missed']]]);
      }
      expect(await runReports()).toEqual({ stored: [], missedDuties: 0 });
      expect((await notificationsOf(quarter)).filter((n) => n.kind === 'duty_missed')).toHaveLength(1);
    } finally {
      await stack.api('PUT', '/v1/assessment/model', ADMIN, model);
    }
  });
});
