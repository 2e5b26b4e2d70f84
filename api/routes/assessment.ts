import type { Kysely } from 'kysely';
import { z } from 'zod';
import { assessUnits, assessmentModelSchema, scaleOf, type AssessedUnit, type Scale } from '../../domain/assessment.js';
import { FIGURE_LABELS, groupFigures } from '../../domain/figures.js';
import { assessmentPeriod, assessmentRange } from '../../domain/periods.js';
import { UNIT_LEVEL_CODES } from '../../domain/units.js';
import { loadAssessmentModel, replaceAssessmentModel } from '../../db/assessment.js';
import { loadAppealRecords, loadCounting, loadLabels, rolledUp } from '../../db/stats.js';
import type { Database } from '../../db/schema.js';
import { answer, langQuery, wantsCsv, type Column } from '../csv.js';
import type { RouteTable } from '../route-table.js';

// The assessment (考核, issue 20): the scoring model a city sets, and each unit's score, breakdown and rank for a
// month, a quarter or a year, counted from the ledger as the figures are (README "Assessment").

interface Deps {
  db: Kysely<Database>;
  timezone: string;
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
      { name: d.figure, zh: FIGURE_LABELS[d.figure], value: (u) => u.deductions[i]!.count },
      { name: `${d.figure}Deduction`, zh: `${FIGURE_LABELS[d.figure]}扣分`, value: (u) => u.deductions[i]!.points },
    ]),
    { name: 'vetoes', zh: '一票否决', value: (u) => u.vetoes.map((v) => v.reason).join('；') },
  ];
}

export function assessmentRoutes(routes: RouteTable, { db, timezone }: Deps) {
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
      path: '/v1/assessment',
      tag: 'assessment',
      summary: 'Each department’s (or each unit’s of a level) score, breakdown and rank for a month, quarter or year, by the scoring model',
      roles: ['office'],
      query: assessmentQuery,
      csv: true,
      responses: { 200: '{period, from, to, level?, worth, counting, items: [{rank, key, label, score, points, rates, deductions, vetoes, figures}]} (JSON, or CSV with Accept: text/csv)', 400: 'invalid query' },
    },
    async ({ req, res, query }) => {
      const range = assessmentRange(query.period);
      const [records, labels, counting, model] = await Promise.all([loadAppealRecords(db, range, timezone), loadLabels(db), loadCounting(db), loadAssessmentModel(db)]);
      const scale = scaleOf(model, query.level);
      // The units that led appeals of the period; those no unit holds (not yet assigned, or above the level) are no one's.
      const units = groupFigures(query.level ? await rolledUp(db, records, query.level) : records, 'department', labels, counting).flatMap(({ key, label, ...figures }) =>
        key === null ? [] : [{ key, label, figures }],
      );
      const items = assessUnits(units, scale, model.worth);
      answer(res, wantsCsv(req), { period: query.period, ...range, ...(query.level ? { level: query.level } : {}), worth: model.worth, counting, items }, {
        filename: `assessment-${query.period}${query.level ? `-${query.level}` : ''}`,
        columns: assessmentColumns(scale),
        rows: items,
        lang: query.lang,
      });
    },
  );
}
