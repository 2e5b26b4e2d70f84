import { z } from 'zod';
import { codesOf } from '../../domain/codes.js';
import type { Kysely } from 'kysely';
import {
  CLUSTER_THRESHOLD,
  COMMON_ISSUE_STATUSES,
  clusterAppeals,
  nameIssueSchema,
  namedFrom,
  updateIssueSchema,
  type Cluster,
} from '../../domain/common-issues.js';
import type { Labels } from '../../domain/figures.js';
import { precedingRange } from '../../domain/periods.js';
import { departmentCode } from '../../domain/steps.js';
import {
  appealsToName,
  insertNamedIssue,
  listNamedIssues,
  loadPeriodAppeals,
  updateNamedIssue,
  type NamedIssue,
  type PeriodAppeal,
} from '../../db/common-issues.js';
import type { Database } from '../../db/schema.js';
import { loadLabels } from '../../db/stats.js';
import { answer, csvQuery, wantsCsv, type Column } from '../csv.js';
import { officeScope, subtreeOf } from '../office-scope.js';
import { periodQuery, rangeOf } from '../period-query.js';
import { badRequest, conflict, notFound } from '../problem.js';
import type { RouteTable } from '../route-table.js';
import type { Views } from '../views.js';
import { actorShape, date, instant, list } from '../answer-shapes.js';

const issueStatus = z.enum(codesOf(COMMON_ISSUE_STATUSES));
const namedIssueShape = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  status: issueStatus,
  statusLabel: z.string(),
  note: z.string().nullable(),
  terms: z.array(z.string()),
  count: z.int(),
  createdBy: actorShape,
  createdAt: instant,
  updatedAt: instant,
});
/** A cluster of the period's appeals; a named one carries its issue's id, name, status and note. */
const clusterShape = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  status: issueStatus.optional(),
  statusLabel: z.string().optional(),
  note: z.string().nullable().optional(),
  category: z.string(),
  categoryLabel: z.string(),
  count: z.int(),
  enterprises: z.int(),
  units: z.array(z.object({ code: z.string(), name: z.string() })),
  examples: z.array(z.object({ id: z.string(), receiptNumber: z.string(), title: z.string() })),
  terms: z.array(z.string()),
  trend: z.object({ previous: z.int(), change: z.number(), new: z.literal(true).optional() }).nullable(),
  appeals: z.array(z.string()),
});
const clustersShape = z.object({
  from: date.nullable(),
  to: date.nullable(),
  unit: z.string().optional(),
  previous: z.object({ from: date, to: date }).nullable(),
  items: z.array(clusterShape),
});

// Common issues (issue 18; README, "Common issues"): the period's appeals grouped by category and similar text, and
// the clusters the office named, which new appeals are matched to at registration (db/common-issues.ts).

interface Deps {
  db: Kysely<Database>;
  views: Views;
  timezone: string;
}

const clustersQuery = periodQuery({
  unit: departmentCode.optional().describe('only the appeals registered at this unit’s window or led by it or a unit beneath it'),
  ...csvQuery,
});

/** Named issues' ids are the table's bigserial: anything else names none. */
const ISSUE_ID = /^\d{1,18}$/;

export function commonIssueRoutes(routes: RouteTable, { db, views, timezone }: Deps) {
  const presentNamed = (i: NamedIssue, labels: Labels) => ({
    id: i.id,
    name: i.name,
    category: i.category,
    categoryLabel: labels.category[i.category] ?? i.category,
    status: i.status,
    statusLabel: COMMON_ISSUE_STATUSES[i.status],
    note: i.note,
    terms: i.terms,
    count: i.count,
    createdBy: views.actor(i.createdBy),
    createdAt: views.at(i.createdAt),
    updatedAt: views.at(i.updatedAt),
  });

  const presentCluster = (c: Cluster<PeriodAppeal>, issue: NamedIssue | undefined, labels: Labels) => ({
    ...(issue ? { id: issue.id, name: issue.name, status: issue.status, statusLabel: COMMON_ISSUE_STATUSES[issue.status], note: issue.note } : {}),
    category: c.category,
    categoryLabel: labels.category[c.category] ?? c.category,
    count: c.members.length,
    enterprises: c.enterprises,
    units: c.units.map((code) => ({ code, name: labels.department[code] ?? code })),
    examples: c.examples.map((a) => ({ id: a.id, receiptNumber: a.receiptNumber, title: a.title })),
    terms: c.terms,
    trend: c.trend,
    appeals: c.members.map((a) => a.id),
  });
  type Presented = ReturnType<typeof presentCluster>;

  const columns: Column<Presented>[] = [
    { name: 'id', zh: '编号', value: (c) => c.id },
    { name: 'name', zh: '名称', value: (c) => c.name },
    { name: 'status', zh: '状态', value: (c) => c.statusLabel },
    { name: 'category', zh: '类别', value: (c) => c.categoryLabel },
    { name: 'count', zh: '诉求数', value: (c) => c.count },
    { name: 'enterprises', zh: '企业数', value: (c) => c.enterprises },
    { name: 'units', zh: '涉及单位', value: (c) => c.units.map((u) => u.name).join('、') },
    { name: 'examples', zh: '示例', value: (c) => c.examples.map((e) => `${e.receiptNumber} ${e.title}`).join('；') },
    { name: 'terms', zh: '关键词', value: (c) => c.terms.join('、') },
    { name: 'previous', zh: '上期诉求数', value: (c) => c.trend?.previous },
    { name: 'change', zh: '变化', value: (c) => c.trend?.change },
    { name: 'note', zh: '备注', value: (c) => c.note },
  ];

  async function namedIssue(id: string) {
    const [issue] = ISSUE_ID.test(id) ? await listNamedIssues(db, id) : [];
    if (!issue) throw notFound(`no common issue ${id}`);
    return issue;
  }

  routes.add(
    {
      method: 'get',
      path: '/v1/common-issues',
      tag: 'common-issues',
      summary: `The period’s appeals grouped into common issues by category and similar text (bigram Dice ≥ ${CLUSTER_THRESHOLD} with a cluster’s centroid), biggest first, with the trend against the period of the same length before`,
      roles: ['office'],
      unitScoped: true,
      query: clustersQuery,
      csv: true,
      responses: {
        200: '{from, to, unit?, previous: {from, to} | null, items: [{id?, name?, status?, statusLabel?, note?, category, categoryLabel, count, enterprises, units: [{code, name}], examples: [{id, receiptNumber, title}], terms, trend: {previous, change, new?} | null, appeals: [id]}]} (JSON, or CSV with Accept: text/csv)',
        400: 'invalid query',
        404: 'no such unit, or not one of a county’s office’s own',
      },
      answers: { 200: clustersShape },
    },
    async ({ req, res, caller, query }) => {
      const within = await subtreeOf(db, query.unit, await officeScope(db, caller));
      const range = rangeOf(query);
      const previous = range.from && range.to ? precedingRange({ from: range.from, to: range.to }) : null;
      const [appeals, before, named, labels] = await Promise.all([
        loadPeriodAppeals(db, range, timezone, within),
        previous ? loadPeriodAppeals(db, previous, timezone, within) : null,
        listNamedIssues(db),
        loadLabels(db),
      ]);
      const issues = new Map(named.map((i) => [i.id, i]));
      const items = clusterAppeals(appeals, named, before).map((c) => presentCluster(c, c.issueId === null ? undefined : issues.get(c.issueId), labels));
      await answer(
        res,
        wantsCsv(req),
        { ...range, ...(within ? { unit: within.unit } : {}), previous, items },
        { filename: 'common-issues', columns, rows: items, format: query },
      );
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/common-issues/named',
      tag: 'common-issues',
      summary: 'The common issues the office named, oldest first, each with the count of its appeals (named with it or matched at registration)',
      roles: ['office'],
      responses: { 200: '{items: [{id, name, category, categoryLabel, status, statusLabel, note, terms, count, createdBy, createdAt, updatedAt}]}' },
      answers: { 200: list(namedIssueShape) },
    },
    async ({ res }) => {
      const [named, labels] = await Promise.all([listNamedIssues(db), loadLabels(db)]);
      res.json({ items: named.map((i) => presentNamed(i, labels)) });
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/common-issues',
      tag: 'common-issues',
      summary:
        'Name a cluster (its members as GET /v1/common-issues listed them): new appeals of its category with similar text are linked to it at registration',
      roles: ['office'],
      body: nameIssueSchema,
      responses: {
        201: 'the named issue: {id, name, category, categoryLabel, status, statusLabel, note, terms, count, createdBy, createdAt, updatedAt}',
        400: 'invalid input; an appeal that does not exist or is of another category',
        409: 'an appeal belongs to another named issue already',
      },
      answers: { 201: namedIssueShape },
    },
    async ({ res, caller, body }) => {
      const b = body();
      const ids = [...new Set(b.appeals)];
      const found = new Map((await appealsToName(db, ids)).map((a) => [a.id, a]));
      const wrong = ids.flatMap((id, i) => {
        const a = found.get(id);
        if (!a) return [{ field: `appeals.${i}`, message: `no appeal ${id}` }];
        return a.category === b.category ? [] : [{ field: `appeals.${i}`, message: `is of category ${a.category}, not ${b.category}` }];
      });
      if (wrong.length > 0) throw badRequest(wrong);
      const taken = [...found.values()].filter((a) => a.issue_id !== null);
      if (taken.length > 0) throw conflict('appeals belong to another named issue already', { appeals: taken.map((a) => ({ id: a.id, issue: a.issue_id })) });
      const id = await insertNamedIssue(db, {
        name: b.name,
        category: b.category,
        status: b.status,
        note: b.note ?? null,
        ...namedFrom([...found.values()]),
        actor: caller,
        appeals: ids,
      });
      res.status(201).json(presentNamed(await namedIssue(id), await loadLabels(db)));
    },
  );

  routes.add(
    {
      method: 'patch',
      path: '/v1/common-issues/named/:id',
      tag: 'common-issues',
      summary: 'Rename a named issue, change its status (watching, policy_review) or its note (null removes it)',
      roles: ['office'],
      body: updateIssueSchema,
      responses: { 200: 'the named issue', 400: 'invalid input', 404: 'no such named issue' },
      answers: { 200: namedIssueShape },
    },
    async ({ res, params, body }) => {
      const id = (await namedIssue(params.id!)).id;
      await updateNamedIssue(db, id, body());
      res.json(presentNamed(await namedIssue(id), await loadLabels(db)));
    },
  );
}
