import { z } from 'zod';
import { codesOf } from '../../domain/codes.js';
import type { Kysely } from 'kysely';
import {
  ASSESSMENT_COUNT_LABELS,
  ASSESSMENT_RATE_LABELS,
  DUTY_FREQUENCIES,
  DUTY_STATUSES,
  meetingDutySchema,
  assessmentModelSchema,
  type AssessedUnit,
  type AssessmentCount,
  type AssessmentRate,
} from '../../domain/assessment.js';
import type { ComparedUnit, ReportLevel } from '../../domain/assessment-reports.js';
import { formatInstant, localDate } from '../../domain/dates.js';
import { MEETING_KINDS } from '../../domain/meeting.js';
import { assessmentPeriod, assessmentRange, type AssessmentPeriod } from '../../domain/periods.js';
import { UNIT_LEVEL_CODES, type UnitLevel } from '../../domain/units.js';
import {
  assessPeriod,
  dutiesIn,
  findAssessmentReport,
  listAssessmentReports,
  loadAssessmentModel,
  replaceAssessmentModel,
  type AssessmentClock,
  type Duty,
  type StoredAssessmentReport,
} from '../../db/assessment.js';
import { loadLabels } from '../../db/stats.js';
import type { Database } from '../../db/schema.js';
import { answer, csvQuery, wantsCsv, type Column } from '../csv.js';
import { officeScope, subtreeOf } from '../office-scope.js';
import { forbidden, notFound } from '../problem.js';
import type { RouteTable } from '../route-table.js';
import { date, figuresShape, instant } from '../answer-shapes.js';
import { policySchema } from '../../domain/policy.js';

const period = z.object({ period: z.string(), from: date, to: date });
const assessedShape = z.object({
  rank: z.int(),
  key: z.string(),
  label: z.string(),
  score: z.number(),
  points: z.number(),
  rates: z.array(z.object({ figure: z.string(), label: z.string(), value: z.number().nullable(), weight: z.number(), points: z.number().nullable() })),
  deductions: z.array(z.object({ figure: z.string(), label: z.string(), count: z.int(), points: z.number() })),
  vetoes: z.array(z.object({ figure: z.string(), count: z.int(), reason: z.string() })),
  figures: figuresShape,
});
const dutyShape = meetingDutySchema.extend({
  label: z.string(),
  missed: z.int(),
  stretches: z.array(z.object({ period: z.string(), from: date, to: date, held: z.int(), status: z.enum(codesOf(DUTY_STATUSES)) })),
});
const yearOnYearShape = z.object({ period: z.string(), source: z.enum(['stored', 'ledger']) });
const comparedShape = assessedShape.extend({ lastYear: z.object({ rank: z.int(), score: z.number() }).nullable(), change: z.number().nullable() });

// The assessment (考核, issue 20): the scoring model a city sets, and each unit's score, breakdown and rank for a
// month, a quarter or a year, counted from the ledger as the figures are (README "Assessment").

interface Deps {
  db: Kysely<Database>;
  timezone: string;
  /** The API's clock: a duty's stretch is missed only once it has ended. */
  clock: () => number | Promise<number>;
}

const assessmentQuery = z.strictObject({
  period: assessmentPeriod.describe('a month YYYY-MM, a quarter YYYY-Qn or a year YYYY: the appeals registered in it'),
  level: z.enum(UNIT_LEVEL_CODES).optional().describe('assess the units of this level, each with its subtree’s appeals; departments when omitted'),
  ...csvQuery,
});

/** The indicators a table's columns follow: the scale's, or a stored report's own (its model may have changed since). */
interface Layout {
  rates: readonly { figure: AssessmentRate }[];
  deductions: readonly { figure: AssessmentCount }[];
}

/** The CSV's columns follow the scale: each rate's value and points, each deduction's count and points. */
function assessmentColumns(scale: Layout): Column<AssessedUnit>[] {
  return [
    { name: 'rank', zh: '排名', value: (u) => u.rank },
    { name: 'key', zh: '代码', value: (u) => u.key },
    { name: 'label', zh: '名称', value: (u) => u.label },
    { name: 'score', zh: '得分', value: (u) => u.score },
    { name: 'points', zh: '折算分', value: (u) => u.points },
    ...scale.rates.flatMap((r, i): Column<AssessedUnit>[] => [
      { name: r.figure, zh: ASSESSMENT_RATE_LABELS[r.figure], value: (u) => u.rates[i]!.value },
      { name: `${r.figure}Points`, zh: `${ASSESSMENT_RATE_LABELS[r.figure].replace('(%)', '')}得分`, value: (u) => u.rates[i]!.points },
    ]),
    ...scale.deductions.flatMap((d, i): Column<AssessedUnit>[] => [
      { name: d.figure, zh: ASSESSMENT_COUNT_LABELS[d.figure], value: (u) => u.deductions[i]!.count },
      { name: `${d.figure}Deduction`, zh: `${ASSESSMENT_COUNT_LABELS[d.figure]}扣分`, value: (u) => u.deductions[i]!.points },
    ]),
    { name: 'vetoes', zh: '一票否决', value: (u) => u.vetoes.map((v) => v.reason).join('；') },
  ];
}

/** A stored report's table: the assessment's columns, then the same period a year before. */
function reportColumns(items: readonly ComparedUnit[]): Column<ComparedUnit>[] {
  return [
    ...(assessmentColumns(items[0] ?? { rates: [], deductions: [] }) as Column<ComparedUnit>[]),
    { name: 'lastYearRank', zh: '上年同期排名', value: (u) => u.lastYear?.rank ?? null },
    { name: 'lastYearScore', zh: '上年同期得分', value: (u) => u.lastYear?.score ?? null },
    { name: 'change', zh: '得分同比增减', value: (u) => u.change },
  ];
}

const reportLevel = z.enum(['department', ...UNIT_LEVEL_CODES]);

type ListedReport = { period: string; level: string; from: string; to: string; computedAt: string; units: number; yearOnYear: string };
const listedColumns: Column<ListedReport>[] = [
  { name: 'period', zh: '期间', value: (r) => r.period },
  { name: 'level', zh: '层级', value: (r) => r.level },
  { name: 'from', zh: '起始日期', value: (r) => r.from },
  { name: 'to', zh: '截止日期', value: (r) => r.to },
  { name: 'computedAt', zh: '生成时间', value: (r) => r.computedAt },
  { name: 'units', zh: '参评单位数', value: (r) => r.units },
  { name: 'yearOnYear', zh: '同比期间', value: (r) => r.yearOnYear },
];

type DutyRow = Duty & Duty['stretches'][number] & { unitLabel: string };

const dutyColumns: Column<DutyRow>[] = [
  { name: 'unit', zh: '单位代码', value: (d) => d.unit },
  { name: 'unitLabel', zh: '单位', value: (d) => d.unitLabel },
  { name: 'kind', zh: '会议类型', value: (d) => MEETING_KINDS[d.kind] },
  { name: 'sector', zh: '行业', value: (d) => d.sector },
  { name: 'every', zh: '频次', value: (d) => DUTY_FREQUENCIES[d.every] },
  { name: 'period', zh: '期间', value: (d) => d.period },
  { name: 'atLeast', zh: '应召开次数', value: (d) => d.atLeast },
  { name: 'held', zh: '已召开次数', value: (d) => d.held },
  { name: 'status', zh: '履行情况', value: (d) => DUTY_STATUSES[d.status] },
];

export function assessmentRoutes(routes: RouteTable, { db, timezone, clock }: Deps) {
  const now = async (): Promise<AssessmentClock> => ({ timezone, today: localDate(await clock(), timezone) });
  const assess = async (period: AssessmentPeriod, level: UnitLevel | undefined) => assessPeriod(db, period, level, await now());
  const live = async (period: AssessmentPeriod, level: UnitLevel | undefined) => {
    const { range, model, scale, items } = await assess(period, level);
    return { range, worth: model.worth, items, layout: scale };
  };
  const computedAt = (r: StoredAssessmentReport) => formatInstant(r.computedAt.getTime(), timezone);

  routes.add(
    {
      method: 'get',
      path: '/v1/assessment/model',
      tag: 'assessment',
      summary: 'The scoring model: weighted rates with thresholds, capped deductions and vetoes, per unit level',
      roles: ['office'],
      responses: { 200: 'the model' },
      answers: { 200: assessmentModelSchema },
    },
    async ({ res }) => {
      res.json(await loadAssessmentModel(db));
    },
  );

  routes.add(
    {
      method: 'put',
      path: '/v1/assessment/model',
      tag: 'assessment',
      summary: 'Replace the scoring model (applies to every assessment read afterwards)',
      roles: ['admin'],
      body: assessmentModelSchema,
      responses: { 200: 'the model', 400: 'invalid model' },
      answers: { 200: assessmentModelSchema },
    },
    async ({ res, body }) => {
      const model = body();
      await replaceAssessmentModel(db, model);
      res.json(model);
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/assessment/duties',
      tag: 'assessment',
      summary: 'The meetings units must hold (the model’s meetingDuties), met, missed or pending in each stretch of a period',
      roles: ['office'],
      query: z.strictObject({ period: assessmentQuery.shape.period, ...csvQuery }),
      csv: true,
      responses: {
        200: '{period, from, to, duties: [{unit, label, kind, sector, every, atLeast, missed, stretches: [{period, from, to, held, status}]}]} (JSON, or CSV: a row per duty and stretch)',
        400: 'invalid query',
      },
      answers: { 200: period.extend({ duties: z.array(dutyShape) }) },
    },
    async ({ req, res, query }) => {
      const [model, labels] = await Promise.all([loadAssessmentModel(db), loadLabels(db)]);
      const duties = (await dutiesIn(db, model, query.period, await now())).map((d) => ({ ...d, label: labels.department[d.unit] ?? d.unit }));
      await answer(
        res,
        wantsCsv(req),
        { period: query.period, ...assessmentRange(query.period), duties },
        {
          filename: `duties-${query.period}`,
          columns: dutyColumns,
          rows: duties.flatMap((d) => d.stretches.map((s) => ({ ...d, ...s, unitLabel: d.label }))),
          format: query,
        },
      );
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/assessment',
      tag: 'assessment',
      summary: 'Each department’s (or each unit’s of a level) score, breakdown and rank for a month, quarter or year, by the scoring model',
      roles: ['office'],
      query: assessmentQuery,
      csv: true,
      responses: {
        200: '{period, from, to, level?, worth, counting, items: [{rank, key, label, score, points, rates, deductions, vetoes, figures}]} (JSON, or CSV with Accept: text/csv)',
        400: 'invalid query',
      },
      answers: { 200: period.extend({ level: z.string().optional(), worth: z.number(), counting: policySchema.shape.figures, items: z.array(assessedShape) }) },
    },
    async ({ req, res, query }) => {
      const { range, counting, model, scale, items } = await assess(query.period, query.level);
      await answer(
        res,
        wantsCsv(req),
        { period: query.period, ...range, ...(query.level ? { level: query.level } : {}), worth: model.worth, counting, items },
        {
          filename: `assessment-${query.period}${query.level ? `-${query.level}` : ''}`,
          columns: assessmentColumns(scale),
          rows: items,
          format: query,
        },
      );
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/assessment/units/:code',
      tag: 'assessment',
      summary: 'One unit’s scorecard and rank for a period: a department reads its own, the office any (a county’s office those of its subtree)',
      roles: ['office', 'department'],
      unitScoped: true,
      query: assessmentQuery,
      csv: true,
      responses: {
        200: '{unit, label, period, from, to, level?, worth, of, storedAt, scorecard: {rank, key, label, score, points, rates, deductions, vetoes, figures} | null} (null: it led no appeal of the period); read from the stored report when the period has one (storedAt its instant, else null and counted now)',
        400: 'invalid query',
        403: 'another department’s scorecard',
        404: 'no such unit, or not one of a county’s office’s own',
      },
      answers: {
        200: period.extend({
          unit: z.string(),
          label: z.string(),
          level: z.string().optional(),
          worth: z.number(),
          of: z.int(),
          storedAt: instant.nullable(),
          scorecard: assessedShape.nullable(),
        }),
      },
    },
    async ({ req, res, caller, params, query }) => {
      const code = params.code!;
      if (caller.role === 'department' && caller.department !== code) throw forbidden('a department reads only its own scorecard');
      await subtreeOf(db, code, await officeScope(db, caller));
      // A stored report is what was circulated: the unit reads that, not a count that has moved since.
      const stored = await findAssessmentReport(db, query.period, query.level ?? 'department');
      const { range, worth, items, layout } = stored
        ? { range: stored.document, worth: stored.document.worth, items: stored.document.items as AssessedUnit[], layout: stored.document.items[0] }
        : await live(query.period, query.level);
      const scorecard = items.find((u) => u.key === code) ?? null;
      const labels = await loadLabels(db);
      await answer(
        res,
        wantsCsv(req),
        {
          unit: code,
          label: labels.department[code] ?? code,
          period: query.period,
          from: range.from,
          to: range.to,
          ...(query.level ? { level: query.level } : {}),
          worth,
          of: items.length,
          storedAt: stored ? computedAt(stored) : null,
          scorecard,
        },
        {
          filename: `assessment-${query.period}-${code}`,
          columns: assessmentColumns(layout ?? { rates: [], deductions: [] }),
          rows: scorecard ? [scorecard] : [],
          format: query,
        },
      );
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/assessment/reports',
      tag: 'assessment',
      summary: 'The stored quarterly and annual assessment reports, newest first (of one period or one level when asked)',
      roles: ['office'],
      query: z.strictObject({
        period: assessmentPeriod.optional().describe('only this quarter YYYY-Qn or year YYYY'),
        level: reportLevel.optional().describe('only this level (department: the departments’ report)'),
        ...csvQuery,
      }),
      csv: true,
      answers: {
        200: z.object({
          items: z.array(
            z.object({ period: z.string(), level: z.string(), from: date, to: date, computedAt: instant, units: z.int(), yearOnYear: z.string() }),
          ),
        }),
      },
      responses: { 200: '{items: [{period, level, from, to, computedAt, units, yearOnYear}]} (JSON, or CSV)', 400: 'invalid query' },
    },
    async ({ req, res, query }) => {
      const items = (
        await listAssessmentReports(db, { ...(query.period ? { period: query.period } : {}), ...(query.level ? { level: query.level } : {}) })
      ).map((r): ListedReport => ({
        period: r.document.period,
        level: r.document.level,
        from: r.document.from,
        to: r.document.to,
        computedAt: computedAt(r),
        units: r.document.items.length,
        yearOnYear: r.document.yearOnYear.period,
      }));
      await answer(res, wantsCsv(req), { items }, { filename: 'assessment-reports', columns: listedColumns, rows: items, format: query });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/assessment/reports/:period',
      tag: 'assessment',
      summary: 'A stored quarterly or annual assessment report: each unit’s score, breakdown and rank as stored, beside the same period a year before',
      roles: ['office'],
      query: z.strictObject({ level: reportLevel.default('department').describe('the departments’ report, or that of the units of a level'), ...csvQuery }),
      csv: true,
      answers: {
        200: period.extend({
          level: z.string(),
          worth: z.number(),
          counting: policySchema.shape.figures,
          computedAt: instant,
          yearOnYear: yearOnYearShape,
          items: z.array(comparedShape),
          duties: z.array(dutyShape),
        }),
      },
      responses: {
        200: '{period, from, to, level, worth, counting, computedAt, yearOnYear: {period, source}, items: [{rank, key, label, score, points, rates, deductions, vetoes, figures, lastYear: {rank, score} | null, change}], duties} (JSON, or CSV: a row per unit)',
        400: 'invalid query',
        404: 'no report stored for this period and level',
      },
    },
    async ({ req, res, params, query }) => {
      const period = assessmentPeriod.safeParse(params.period);
      const stored = period.success ? await findAssessmentReport(db, period.data, query.level as ReportLevel) : undefined;
      if (!stored) throw notFound(`no ${query.level} assessment report stored for ${params.period}`);
      const { document } = stored;
      await answer(
        res,
        wantsCsv(req),
        { ...document, computedAt: computedAt(stored) },
        {
          filename: `assessment-report-${document.period}-${document.level}`,
          columns: reportColumns(document.items),
          rows: document.items,
          format: query,
        },
      );
    },
  );
}
