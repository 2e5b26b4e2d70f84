import type { Request, Response } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  COUNTS,
  FIGURE_LABELS,
  GROUP_BYS,
  RATES,
  figuresOf,
  groupFigures,
  praiseAndCriticism,
  rankDepartments,
  type Figures,
  type Group,
  type GroupBy,
  type RankedDepartment,
} from '../../domain/figures.js';
import { APPEAL_KINDS, codesOf, type AppealKind } from '../../domain/codes.js';
import { monthRange } from '../../domain/periods.js';
import type { UnitSubtree } from '../../db/appeals.js';
import { findDepartment } from '../../db/departments.js';
import { departmentCode } from '../../domain/steps.js';
import { UNIT_LEVEL_CODES, UNIT_LEVELS, type UnitLevel } from '../../domain/units.js';
import { findReport, listReports, type StoredReport } from '../../db/reports.js';
import { loadAppealRecords, loadCounting, loadLabels, rolledUp, type DateRange } from '../../db/stats.js';
import type { Database } from '../../db/schema.js';
import { answer, csvQuery, wantsCsv, type Column, type CsvFormat } from '../csv.js';
import { periodQuery, rangeOf } from '../period-query.js';
import { officeScope, subtreeOf } from '../office-scope.js';
import { notFound } from '../problem.js';
import type { Context, RouteTable } from '../route-table.js';
import type { Views } from '../views.js';
import { date, figuresRowShape, figuresShape, instant, list } from '../answer-shapes.js';

// Assessment (考核): the period's figures by department, channel or category, a department's scorecard, the
// ranking behind the praise and criticism lists, and the monthly snapshots. Definitions: README "Figures".

interface Deps {
  db: Kysely<Database>;
  views: Views;
  timezone: string;
}

export const statsQuery = periodQuery({ groupBy: z.enum(GROUP_BYS).default('department'), ...csvQuery });
/** Where the office's figures roll up to (`groupBy=unit`, ranking by level), and the subtree they keep to. */
const unitQuery = {
  level: z.enum(UNIT_LEVEL_CODES).optional().describe('with groupBy=unit (default county) or a ranking: each unit of this level with its subtree'),
  unit: departmentCode.optional().describe('only the appeals registered at this unit’s window or led by it or a unit beneath it'),
};
const officeStatsQuery = periodQuery({
  groupBy: z.enum([...GROUP_BYS, 'unit']).default('department'),
  kind: z.enum(codesOf(APPEAL_KINDS)).optional().describe('only appeals of this kind (problem, consultation, suggestion)'),
  ...unitQuery,
  ...csvQuery,
});
const scorecardQuery = periodQuery({ groupBy: z.enum(['category', 'channel']).default('category'), ...csvQuery });
const rankingQuery = periodQuery({ top: z.coerce.number().int().min(1).max(50).default(3), ...unitQuery, ...csvQuery });
const langOnly = z.strictObject(csvQuery);

const figureColumns: Column<Figures>[] = [...COUNTS, ...RATES].map((name) => ({ name, zh: FIGURE_LABELS[name], value: (f) => f[name] }));
const keyColumns: Column<{ key: string | null; label: string }>[] = [
  { name: 'key', zh: '代码', value: (g) => g.key },
  { name: 'label', zh: '名称', value: (g) => g.label },
];
const groupColumns: Column<Group>[] = [...keyColumns, ...figureColumns];
const TOTAL_LABEL = '合计';
/** Groups, then the total as a last row. */
const withTotal = (groups: Group[], total: Figures): Group[] => [...groups, { key: null, label: TOTAL_LABEL, ...total }];

/** Appeals handled by no unit of the level (a city department's, or not assigned): their group's label. */
const outsideLevel = (level: UnitLevel) => `不属于任何${UNIT_LEVELS[level]}`;

/** The period's figures grouped by one key, with the total: what `GET /v1/stats` and its public twin answer. */
export function periodFigures(db: Kysely<Database>, timezone: string) {
  return async (range: DateRange, groupBy: GroupBy | 'unit', within?: UnitSubtree, level: UnitLevel = 'county', kind?: AppealKind) => {
    const [all, labels, counting] = await Promise.all([loadAppealRecords(db, range, timezone, { within }), loadLabels(db), loadCounting(db)]);
    const records = kind ? all.filter((r) => r.kind === kind) : all;
    const groups =
      groupBy === 'unit'
        ? groupFigures(await rolledUp(db, records, level), 'department', labels, counting).map((g) =>
            g.key === null ? { ...g, label: outsideLevel(level) } : g,
          )
        : groupFigures(records, groupBy, labels, counting);
    return {
      ...range,
      groupBy,
      ...(groupBy === 'unit' ? { level } : {}),
      ...(within ? { unit: within.unit } : {}),
      ...(kind ? { kind } : {}),
      groups,
      total: figuresOf(records, counting),
    };
  };
}
export type PeriodFigures = ReturnType<typeof periodFigures>;

async function sendFigures(req: Request, res: Response<z.output<typeof periodFiguresShape>>, period: Awaited<ReturnType<PeriodFigures>>, format: CsvFormat) {
  await answer(res, wantsCsv(req), period, {
    filename: `stats-${period.groupBy}`,
    columns: groupColumns,
    rows: withTotal(period.groups, period.total),
    format,
  });
}

/** `GET /v1/public/stats`, which reads its figures through a cache. */
export function statsHandler(figures: PeriodFigures) {
  return async ({ req, res, query }: Context<undefined, z.infer<typeof statsQuery>, { 200: typeof periodFiguresShape }>) => {
    await sendFigures(req, res, await figures(rangeOf(query), query.groupBy), query);
  };
}

const period = z.object({ from: date.nullable(), to: date.nullable() });
/** What `GET /v1/stats` and `GET /v1/public/stats` answer. */
export const periodFiguresShape = period.extend({
  groupBy: z.string(),
  level: z.string().optional(),
  unit: z.string().optional(),
  kind: z.string().optional(),
  groups: z.array(figuresRowShape),
  total: figuresShape,
});
const rankedShape = figuresRowShape.extend({ rank: z.int(), key: z.string() });
const snapshotSummary = z.object({ period: z.string(), from: date, to: date, computedAt: instant, total: figuresShape });

const rankingColumns: Column<RankedDepartment & { list: string }>[] = [
  { name: 'rank', zh: '排名', value: (d) => d.rank },
  { name: 'list', zh: '榜单', value: (d) => d.list },
  ...groupColumns,
];

const reportColumns: Column<Group & { dimension: string; rank?: number }>[] = [
  { name: 'dimension', zh: '维度', value: (r) => r.dimension },
  ...keyColumns,
  { name: 'rank', zh: '排名', value: (r) => r.rank },
  ...figureColumns,
];

const reportListColumns: Column<{ period: string; computedAt: string | null; total: Figures }>[] = [
  { name: 'period', zh: '期间', value: (r) => r.period },
  { name: 'computedAt', zh: '生成时间', value: (r) => r.computedAt },
  ...figureColumns.map((c) => ({ ...c, value: (r: { total: Figures }) => c.value(r.total) })),
];

export function statsRoutes(routes: RouteTable, { db, views, timezone }: Deps) {
  const figures = periodFigures(db, timezone);
  const csvResponses = (ok: string) => ({ 200: `${ok} (JSON, or CSV with Accept: text/csv)`, 400: 'invalid query' });

  routes.add(
    {
      method: 'get',
      path: '/v1/stats',
      tag: 'assessment',
      summary:
        'Figures of the appeals registered in a period, grouped by lead department, channel, category or unit of a level (rolled up), within a unit’s subtree if asked',
      roles: ['office'],
      unitScoped: true,
      query: officeStatsQuery,
      csv: true,
      responses: {
        ...csvResponses('{from, to, groupBy, level?, unit?, groups: [{key, label, ...figures}], total}'),
        404: 'no such unit, or not one of a county’s office’s own',
      },
      answers: { 200: periodFiguresShape },
    },
    async ({ req, res, caller, query }) => {
      const within = await subtreeOf(db, query.unit, await officeScope(db, caller));
      await sendFigures(req, res, await figures(rangeOf(query), query.groupBy, within, query.level, query.kind), query);
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/stats/departments/:code',
      tag: 'assessment',
      summary: 'A department’s scorecard: the figures of the appeals it leads, by category or channel, and its rank',
      roles: ['office'],
      query: scorecardQuery,
      csv: true,
      responses: { ...csvResponses('{department, name, from, to, groupBy, rank, groups, total}'), 404: 'no such department' },
      answers: {
        200: period.extend({
          department: z.string(),
          name: z.string(),
          groupBy: z.string(),
          rank: z.object({ position: z.int(), of: z.int() }).nullable(),
          groups: z.array(figuresRowShape),
          total: figuresShape,
        }),
      },
    },
    async ({ req, res, params, query }) => {
      const department = await findDepartment(db, params.code!);
      if (!department) throw notFound(`no department ${params.code}`);
      const range = rangeOf(query);
      const [records, labels, counting] = await Promise.all([loadAppealRecords(db, range, timezone), loadLabels(db), loadCounting(db)]);
      const own = records.filter((r) => r.department === department.code);
      const ranking = rankDepartments(records, labels, counting);
      const ranked = ranking.find((d) => d.key === department.code);
      const groups = groupFigures(own, query.groupBy, labels, counting);
      const total = figuresOf(own, counting);
      await answer(
        res,
        wantsCsv(req),
        {
          department: department.code,
          name: department.name,
          ...range,
          groupBy: query.groupBy,
          rank: ranked ? { position: ranked.rank, of: ranking.length } : null,
          groups,
          total,
        },
        { filename: `scorecard-${department.code}`, columns: groupColumns, rows: withTotal(groups, total), format: query },
      );
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/stats/ranking',
      tag: 'assessment',
      summary:
        'Departments, or the units of one level with their subtrees, ranked for the praise and criticism lists (好差评): on-time rate, satisfaction rate, overdue count',
      roles: ['office'],
      unitScoped: true,
      query: rankingQuery,
      csv: true,
      responses: {
        ...csvResponses('{from, to, top, level?, items: [{rank, key, label, ...figures}], praise: [code], criticism: [code]}'),
        404: 'no such unit, or not one of a county’s office’s own',
      },
      answers: {
        200: period.extend({
          top: z.int(),
          level: z.string().optional(),
          items: z.array(rankedShape),
          praise: z.array(z.string()),
          criticism: z.array(z.string()),
        }),
      },
    },
    async ({ req, res, caller, query }) => {
      const range = rangeOf(query);
      const within = await subtreeOf(db, query.unit, await officeScope(db, caller));
      const [records, labels, counting] = await Promise.all([loadAppealRecords(db, range, timezone, { within }), loadLabels(db), loadCounting(db)]);
      const items = rankDepartments(query.level ? await rolledUp(db, records, query.level) : records, labels, counting);
      const lists = praiseAndCriticism(items, query.top);
      const listOf = (code: string) => (lists.praise.includes(code) ? 'praise' : lists.criticism.includes(code) ? 'criticism' : '');
      await answer(
        res,
        wantsCsv(req),
        { ...range, top: query.top, ...(query.level ? { level: query.level } : {}), items, ...lists },
        {
          filename: 'ranking',
          columns: rankingColumns,
          rows: items.map((d) => ({ ...d, list: listOf(d.key) })),
          format: query,
        },
      );
    },
  );

  const summary = (r: StoredReport) => ({ period: r.period, ...monthRange(r.period), computedAt: views.at(r.computedAt), total: r.document.total });

  routes.add(
    {
      method: 'get',
      path: '/v1/reports',
      tag: 'assessment',
      summary: 'The monthly assessment snapshots, newest first, each with its total',
      roles: ['office'],
      query: langOnly,
      csv: true,
      responses: csvResponses('{items: [{period, from, to, computedAt, total}]}'),
      answers: { 200: list(snapshotSummary) },
    },
    async ({ req, res, query }) => {
      const items = (await listReports(db)).map(summary);
      await answer(res, wantsCsv(req), { items }, { filename: 'reports', columns: reportListColumns, rows: items, format: query });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/reports/:period',
      tag: 'assessment',
      summary: 'One monthly snapshot (period YYYY-MM): totals, breakdowns and ranking as computed that day',
      roles: ['office'],
      query: langOnly,
      csv: true,
      responses: {
        ...csvResponses('{period, from, to, computedAt, timezone, total, byDepartment, byChannel, byCategory, ranking}'),
        404: 'no snapshot of that period',
      },
      answers: {
        200: snapshotSummary.extend({
          timezone: z.string(),
          counting: z.record(z.string(), z.unknown()).optional(),
          byDepartment: z.array(figuresRowShape),
          byChannel: z.array(figuresRowShape),
          byCategory: z.array(figuresRowShape),
          ranking: z.array(rankedShape),
        }),
      },
    },
    async ({ req, res, params, query }) => {
      const period = params.period!;
      const report = await findReport(db, period);
      if (!report) throw notFound(`no snapshot of ${period}`);
      const doc = report.document;
      const rankOf = new Map(doc.ranking.map((d) => [d.key, d.rank]));
      const rows = [
        { dimension: 'total', key: null, label: TOTAL_LABEL, ...doc.total },
        ...doc.byDepartment.map((g) => ({ dimension: 'department', ...g, ...(g.key !== null && rankOf.has(g.key) ? { rank: rankOf.get(g.key)! } : {}) })),
        ...doc.byChannel.map((g) => ({ dimension: 'channel', ...g })),
        ...doc.byCategory.map((g) => ({ dimension: 'category', ...g })),
      ];
      await answer(
        res,
        wantsCsv(req),
        { ...summary(report), timezone: report.timezone, ...doc },
        { filename: `report-${period}`, columns: reportColumns, rows, format: query },
      );
    },
  );
}
