import { z } from 'zod';
import type { Kysely } from 'kysely';
import { ASSESSMENT_COUNT_LABELS, DUTY_FREQUENCIES, DUTY_STATUSES, assessmentModelSchema, type AssessedUnit, type Scale } from '../../domain/assessment.js';
import { localDate } from '../../domain/calendar.js';
import { MEETING_KINDS } from '../../domain/meeting.js';
import { FIGURE_LABELS } from '../../domain/figures.js';
import { assessmentPeriod, assessmentRange, type AssessmentPeriod } from '../../domain/periods.js';
import { UNIT_LEVEL_CODES, type UnitLevel } from '../../domain/units.js';
import { assessPeriod, dutiesIn, loadAssessmentModel, replaceAssessmentModel, type AssessmentClock, type Duty } from '../../db/assessment.js';
import { loadLabels } from '../../db/stats.js';
import type { Database } from '../../db/schema.js';
import { answer, langQuery, wantsCsv, type Column } from '../csv.js';
import { officeScope, subtreeOf } from '../office-scope.js';
import { forbidden } from '../problem.js';
import type { RouteTable } from '../route-table.js';

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
  lang: langQuery,
});

/** The CSV's columns follow the scale: each rate's value and points, each deduction's count and points. */
function assessmentColumns(scale: Scale): Column<AssessedUnit>[] {
  return [
    { name: 'rank', zh: '排名', value: (u) => u.rank },
    { name: 'key', zh: '代码', value: (u) => u.key },
    { name: 'label', zh: '名称', value: (u) => u.label },
    { name: 'score', zh: '得分', value: (u) => u.score },
    { name: 'points', zh: '折算分', value: (u) => u.points },
    ...scale.rates.flatMap((r, i): Column<AssessedUnit>[] => [
      { name: r.figure, zh: FIGURE_LABELS[r.figure], value: (u) => u.rates[i]!.value },
      { name: `${r.figure}Points`, zh: `${FIGURE_LABELS[r.figure].replace('(%)', '')}得分`, value: (u) => u.rates[i]!.points },
    ]),
    ...scale.deductions.flatMap((d, i): Column<AssessedUnit>[] => [
      { name: d.figure, zh: ASSESSMENT_COUNT_LABELS[d.figure], value: (u) => u.deductions[i]!.count },
      { name: `${d.figure}Deduction`, zh: `${ASSESSMENT_COUNT_LABELS[d.figure]}扣分`, value: (u) => u.deductions[i]!.points },
    ]),
    { name: 'vetoes', zh: '一票否决', value: (u) => u.vetoes.map((v) => v.reason).join('；') },
  ];
}

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

  routes.add(
    { method: 'get', path: '/v1/assessment/model', tag: 'assessment', summary: 'The scoring model: weighted rates with thresholds, capped deductions and vetoes, per unit level', roles: ['office'], responses: { 200: 'the model' } },
    async ({ res }) => {
      res.json(await loadAssessmentModel(db));
    },
  );

  routes.add(
    { method: 'put', path: '/v1/assessment/model', tag: 'assessment', summary: 'Replace the scoring model (applies to every assessment read afterwards)', roles: ['admin'], body: assessmentModelSchema, responses: { 200: 'the model', 400: 'invalid model' } },
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
      query: z.strictObject({ period: assessmentQuery.shape.period, lang: langQuery }),
      csv: true,
      responses: { 200: '{period, from, to, duties: [{unit, label, kind, sector, every, atLeast, missed, stretches: [{period, from, to, held, status}]}]} (JSON, or CSV: a row per duty and stretch)', 400: 'invalid query' },
    },
    async ({ req, res, query }) => {
      const [model, labels] = await Promise.all([loadAssessmentModel(db), loadLabels(db)]);
      const duties = (await dutiesIn(db, model, query.period, await now())).map((d) => ({ ...d, label: labels.department[d.unit] ?? d.unit }));
      answer(res, wantsCsv(req), { period: query.period, ...assessmentRange(query.period), duties }, {
        filename: `duties-${query.period}`,
        columns: dutyColumns,
        rows: duties.flatMap((d) => d.stretches.map((s) => ({ ...d, ...s, unitLabel: d.label }))),
        lang: query.lang,
      });
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
      responses: { 200: '{period, from, to, level?, worth, counting, items: [{rank, key, label, score, points, rates, deductions, vetoes, figures}]} (JSON, or CSV with Accept: text/csv)', 400: 'invalid query' },
    },
    async ({ req, res, query }) => {
      const { range, counting, model, scale, items } = await assess(query.period, query.level);
      answer(res, wantsCsv(req), { period: query.period, ...range, ...(query.level ? { level: query.level } : {}), worth: model.worth, counting, items }, {
        filename: `assessment-${query.period}${query.level ? `-${query.level}` : ''}`,
        columns: assessmentColumns(scale),
        rows: items,
        lang: query.lang,
      });
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
        200: '{unit, label, period, from, to, level?, worth, of, scorecard: {rank, key, label, score, points, rates, deductions, vetoes, figures} | null} (null: it led no appeal of the period)',
        400: 'invalid query',
        403: 'another department’s scorecard',
        404: 'no such unit, or not one of a county’s office’s own',
      },
    },
    async ({ req, res, caller, params, query }) => {
      const code = params.code!;
      if (caller.role === 'department' && caller.department !== code) throw forbidden('a department reads only its own scorecard');
      await subtreeOf(db, code, await officeScope(db, caller));
      const { range, model, scale, items, labels } = await assess(query.period, query.level);
      const scorecard = items.find((u) => u.key === code) ?? null;
      answer(
        res,
        wantsCsv(req),
        { unit: code, label: labels.department[code] ?? code, period: query.period, ...range, ...(query.level ? { level: query.level } : {}), worth: model.worth, of: items.length, scorecard },
        { filename: `assessment-${query.period}-${code}`, columns: assessmentColumns(scale), rows: scorecard ? [scorecard] : [], lang: query.lang },
      );
    },
  );
}
