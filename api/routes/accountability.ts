import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  ACCOUNTABILITY_EVENT_KINDS,
  ACCOUNTABILITY_KINDS,
  ACCOUNTABILITY_STATUSES,
  FINDING_RESULTS,
  OUTCOME_RESULTS,
  allowedAccountabilitySteps,
  publishable,
  rectifiedOnTime,
  type AccountabilityEvent,
  type AccountabilityState,
  type AccountabilityStep,
} from '../../domain/accountability.js';
import {
  ACCOUNTABILITY_COUNTS,
  ACCOUNTABILITY_GROUP_BYS,
  accountabilityFigures,
  groupAccountability,
  type AccountabilityFigures,
} from '../../domain/accountability-figures.js';
import { accountabilityKind, createAccountabilitySchema, findingSchema, outcomeSchema, rectificationSchema } from '../../domain/accountability-schemas.js';
import { localDate } from '../../domain/dates.js';
import { codesOf } from '../../domain/codes.js';
import { registrationBounds } from '../../domain/periods.js';
import { departmentCode } from '../../domain/steps.js';
import { accountabilityTimeline, findAccountability, listAccountability, receiptNumbers, type AccountabilityFilter } from '../../db/accountability.js';
import { findDepartment } from '../../db/departments.js';
import { findPerson } from '../../db/people.js';
import type { Database } from '../../db/schema.js';
import { loadLabels } from '../../db/stats.js';
import { accountabilityWorkflowId, type AccountabilityCommands } from '../../workflows/accountability-messages.js';
import { createAccountabilityGateway } from '../../gateway/accountability.js';
import { AUDIENCE, readsAccountability } from '../audience.js';
import type { Caller } from '../auth.js';
import { answer, csvQuery, wantsCsv, type Column } from '../csv.js';
import { periodQuery } from '../period-query.js';
import { badRequest, conflict, notFound, type FieldError } from '../problem.js';
import { PUBLIC_RATE_LIMIT, clientAddress, createRateLimiter } from '../rate-limit.js';
import type { RouteTable } from '../route-table.js';
import type { Views } from '../views.js';
import { WorkflowCompleted } from '../../gateway/errors.js';
import { actorShape, date, instant, list } from '../answer-shapes.js';

const countsShape = z.object(
  Object.fromEntries(Object.keys(ACCOUNTABILITY_COUNTS).map((name) => [name, z.int()])) as Record<keyof typeof ACCOUNTABILITY_COUNTS, z.ZodInt>,
);
const signed = { note: z.string(), at: instant };
/** An accountability record as its reader sees it (issue 18). */
const recordShape = z.object({
  id: z.string(),
  kind: z.enum(codesOf(ACCOUNTABILITY_KINDS)),
  unit: z.string().nullable(),
  persons: z.array(z.string()),
  appeals: z.array(z.string()),
  text: z.string(),
  owner: actorShape,
  status: z.enum(codesOf(ACCOUNTABILITY_STATUSES)),
  createdAt: instant,
  rectifyBy: instant.nullable(),
  rectification: z.object({ text: z.string(), at: instant, by: actorShape }).nullable(),
  rectifiedOnTime: z.boolean().nullable(),
  outcome: z.object({ result: z.enum(codesOf(OUTCOME_RESULTS)), ...signed }).nullable(),
  finding: z
    .object({ result: z.enum(codesOf(FINDING_RESULTS)), ...signed, by: actorShape })
    .nullable()
    .optional(),
  publishable: z.boolean(),
  allowedSteps: z.array(z.string()),
  timeline: z
    .array(
      z.object({
        seq: z.int(),
        kind: z.enum(codesOf(ACCOUNTABILITY_EVENT_KINDS)),
        at: instant,
        actor: actorShape.optional(),
        data: z.record(z.string(), z.unknown()).optional(),
      }),
    )
    .optional(),
});
const publicFindingShape = z.object({
  unit: z.string().nullable(),
  unitName: z.string().nullable(),
  finding: z.enum(codesOf(FINDING_RESULTS)),
  findingLabel: z.string(),
  foundOn: date,
  receiptNumbers: z.array(z.string()),
});

// Accountability records (issue 18): the office opens them, the unit reports its rectification, the office records
// the outcome, the discipline commission its finding on a referral. Reads come from the ledger; every change is an
// Update on the record's workflow, which decides whether its state allows it (409 otherwise).

interface Deps {
  db: Kysely<Database>;
  client: Client;
  taskQueue: string;
  views: Views;
  timezone: string;
}

// `from` and `to` bound the records' creation dates here.
const listQuery = periodQuery({
  kind: accountabilityKind.optional(),
  unit: departmentCode.optional(),
  status: z.enum(codesOf(ACCOUNTABILITY_STATUSES)).optional(),
});
const figuresQuery = periodQuery({ groupBy: z.enum(ACCOUNTABILITY_GROUP_BYS).default('unit'), ...csvQuery });
const publicQuery = periodQuery({ unit: departmentCode.optional() });

const TOTAL_LABEL = '合计';
const NO_UNIT_LABEL = '未明确单位';

type FigureRow = { key: string | null; label: string } & AccountabilityFigures;
const figureColumns: Column<FigureRow>[] = [
  { name: 'key', zh: '代码', value: (g) => g.key },
  { name: 'label', zh: '名称', value: (g) => g.label },
  ...Object.entries(ACCOUNTABILITY_COUNTS).map(([name, zh]) => ({ name, zh, value: (g: FigureRow) => g[name as keyof AccountabilityFigures] })),
];

export function accountabilityRoutes(routes: RouteTable, { db, client, taskQueue, views, timezone }: Deps) {
  const gateway = createAccountabilityGateway(client, taskQueue);
  const limiter = createRateLimiter(PUBLIC_RATE_LIMIT, 'address');
  // Created dates bound a period the way registration dates bound the appeals'.
  const period = (q: { from?: string | undefined; to?: string | undefined }): Pick<AccountabilityFilter, 'createdFrom' | 'createdUntil'> => {
    const { registeredFrom, registeredUntil } = registrationBounds(q, timezone);
    return { ...(registeredFrom ? { createdFrom: registeredFrom } : {}), ...(registeredUntil ? { createdUntil: registeredUntil } : {}) };
  };

  async function recordOr404(id: string, caller: Caller): Promise<AccountabilityState> {
    const s = await findAccountability(db, id);
    if (!s || !readsAccountability(caller, s)) throw notFound(`no accountability record ${id}`);
    return s;
  }

  function event(e: AccountabilityEvent) {
    const data = e.data && Object.fromEntries(Object.entries(e.data).map(([k, v]) => [k, k === 'rectifyBy' && typeof v === 'number' ? views.at(v) : v]));
    return { seq: e.seq, kind: e.kind, at: views.at(e.at), ...(e.actor ? { actor: views.actor(e.actor) } : {}), ...(data ? { data } : {}) };
  }

  function show(s: AccountabilityState, timeline?: AccountabilityEvent[]): z.output<typeof recordShape> {
    return {
      id: s.id,
      kind: s.kind,
      unit: s.unit,
      persons: s.persons,
      appeals: s.appeals,
      text: s.text,
      owner: views.actor(s.owner),
      status: s.status,
      createdAt: views.at(s.createdAt),
      rectifyBy: views.at(s.rectifyBy),
      rectification: s.rectification && { text: s.rectification.text, at: views.at(s.rectification.at), by: views.actor(s.rectification.by) },
      rectifiedOnTime: rectifiedOnTime(s),
      outcome: s.outcome && { result: s.outcome.result, note: s.outcome.note, at: views.at(s.outcome.at) },
      ...(s.kind === 'referral'
        ? { finding: s.finding && { result: s.finding.result, note: s.finding.note, at: views.at(s.finding.at), by: views.actor(s.finding.by) } }
        : {}),
      publishable: publishable(s),
      allowedSteps: allowedAccountabilitySteps(s),
      ...(timeline ? { timeline: timeline.map(event) } : {}),
    };
  }

  async function present(id: string) {
    const [s, timeline] = await Promise.all([findAccountability(db, id), accountabilityTimeline(db, id)]);
    return show(s!, timeline);
  }

  async function unknownReferences(body: z.infer<typeof createAccountabilitySchema>): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    if (!(await findDepartment(db, body.unit))) errors.push({ field: 'unit', message: `no department ${body.unit}` });
    const found = await receiptNumbers(db, body.appeals);
    body.appeals.forEach((id, i) => found.has(id) || errors.push({ field: `appeals.${i}`, message: `no appeal ${id}` }));
    const persons = await Promise.all((body.persons ?? []).map((id) => findPerson(db, id)));
    persons.forEach((p, i) => p || errors.push({ field: `persons.${i}`, message: `no person ${body.persons![i]}` }));
    return errors;
  }

  routes.add(
    {
      method: 'post',
      path: '/v1/accountability',
      tag: 'accountability',
      summary:
        'Open an accountability record against a unit: its workflow waits for the unit’s rectification by rectifyBy (working days), telling the office if it is missed',
      roles: ['office'],
      body: createAccountabilitySchema,
      audience: AUDIENCE.accountability,
      responses: { 201: 'the record', 400: 'invalid input, or a unit, appeal or person that does not exist' },
      answers: { 201: recordShape },
      headers: { 201: { Location: true } },
    },
    async ({ res, caller, body: parseBody }) => {
      const body = parseBody();
      const errors = await unknownReferences(body);
      if (errors.length > 0) throw badRequest(errors);
      const id = randomUUID();
      await gateway.start({
        id,
        kind: body.kind,
        unit: body.unit,
        persons: body.persons ?? [],
        appeals: [...new Set(body.appeals)],
        text: body.text,
        owner: caller,
        ...(body.rectifyWorkingDays ? { rectifyWorkingDays: body.rectifyWorkingDays } : {}),
      });
      res
        .status(201)
        .location(`/v1/accountability/${id}`)
        .json(await present(id));
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/accountability',
      tag: 'accountability',
      summary: 'Accountability records, newest first (a department: its own unit’s; the commission: referrals)',
      roles: ['office', 'department', 'commission'],
      audience: AUDIENCE.accountability,
      query: listQuery,
      responses: { 200: '{items}', 400: 'invalid filter' },
      answers: { 200: list(recordShape) },
    },
    async ({ res, caller, query }) => {
      const { from: _from, to: _to, ...filters } = query;
      const records = await listAccountability(db, { ...filters, ...period(query) });
      res.json({ items: records.filter((s) => readsAccountability(caller, s)).map((s) => show(s)) });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/accountability/figures',
      tag: 'accountability',
      summary: 'The period’s accountability figures by unit or kind: records of each kind, findings by result, rectifications on time and missed',
      roles: ['office'],
      query: figuresQuery,
      csv: true,
      responses: { 200: '{from, to, groupBy, groups: [{key, label, ...figures}], total}, or CSV with a 合计 row', 400: 'invalid query' },
      answers: {
        200: z.object({
          from: date.nullable(),
          to: date.nullable(),
          groupBy: z.enum(ACCOUNTABILITY_GROUP_BYS),
          groups: z.array(countsShape.extend({ key: z.string().nullable(), label: z.string() })),
          total: countsShape,
        }),
      },
    },
    async ({ req, res, query }) => {
      const records = await listAccountability(db, period(query));
      const labels = await loadLabels(db);
      const labelOf = (key: string | null) =>
        key === null
          ? NO_UNIT_LABEL
          : query.groupBy === 'kind'
            ? ACCOUNTABILITY_KINDS[key as keyof typeof ACCOUNTABILITY_KINDS]
            : (labels.department[key] ?? key);
      const groups: FigureRow[] = groupAccountability(records, query.groupBy).map(({ key, figures }) => ({ key, label: labelOf(key), ...figures }));
      const total = accountabilityFigures(records);
      await answer(
        res,
        wantsCsv(req),
        { from: query.from ?? null, to: query.to ?? null, groupBy: query.groupBy, groups, total },
        { filename: `accountability-${query.groupBy}`, columns: figureColumns, rows: [...groups, { key: null, label: TOTAL_LABEL, ...total }], format: query },
      );
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/accountability/:id',
      tag: 'accountability',
      summary: 'One accountability record with its timeline',
      roles: ['office', 'department', 'commission'],
      audience: AUDIENCE.accountability,
      responses: { 200: 'the record', 404: 'no such record, or not one this caller reads' },
      answers: { 200: recordShape },
    },
    async ({ res, caller, params }) => {
      const s = await recordOr404(params.id!, caller);
      res.json(await present(s.id));
    },
  );

  /** A step as the route table's `once` takes it: the Update, then the record as it stands after. */
  const taking =
    <S extends AccountabilityStep>(s: AccountabilityState, step: S, command: AccountabilityCommands[S]) =>
    async (updateId?: string) => {
      try {
        await gateway.step(s.id, step, command, updateId);
      } catch (err) {
        if (!(err instanceof WorkflowCompleted)) throw err;
        const current = (await findAccountability(db, s.id))!;
        throw conflict(`the record is ${current.status}; its workflow has completed`, { currentStatus: current.status, allowedSteps: [] });
      }
      return { status: 200, body: await present(s.id) };
    };

  const stepResponses = {
    200: 'the record',
    400: 'invalid input',
    403: 'not this caller’s step on this record',
    404: 'no such record, or not one this caller reads',
    409: 'not allowed in the record’s current status (names currentStatus and allowedSteps)',
  };

  const steps = [
    {
      step: 'rectification',
      roles: ['department'],
      body: rectificationSchema,
      summary: 'The unit reports its rectification (late reports are taken and kept as late)',
    },
    {
      step: 'outcome',
      roles: ['office'],
      body: outcomeSchema,
      summary: 'The office records the outcome: rectified, not rectified or escalated; closes the record',
    },
    {
      step: 'finding',
      roles: ['commission'],
      body: findingSchema,
      summary: 'The discipline commission records its finding on a referral: upheld, not upheld or clarified (错告澄清)',
    },
  ] as const;

  for (const { step, roles, body, summary } of steps) {
    routes.add(
      {
        method: 'post',
        path: `/v1/accountability/:id/${step}`,
        tag: 'accountability',
        summary,
        roles: [...roles],
        body,
        idempotencyKey: true,
        responses: stepResponses,
        answers: { 200: recordShape },
      },
      async ({ caller, params, body: parseBody, once }) => {
        const s = await recordOr404(params.id!, caller);
        const command = { actor: caller, ...parseBody() } as AccountabilityCommands[typeof step];
        await once(accountabilityWorkflowId(s.id), taking(s, step, command));
      },
    );
  }

  routes.add(
    {
      method: 'get',
      path: '/v1/public/accountability',
      tag: 'public',
      summary:
        'Referrals the discipline commission found not upheld or clarified (错告澄清), newest first: the unit, the finding, its date and the appeals’ receipt numbers; never a referral without such a finding',
      roles: 'public',
      query: publicQuery,
      responses: {
        200: '{items}',
        400: 'invalid query',
        429: 'too many requests from this address (Retry-After says when to retry)',
        503: 'Postgres unreachable; try again shortly',
      },
      answers: { 200: list(publicFindingShape) },
      headers: { 429: { 'Retry-After': true } },
    },
    async ({ req, res, query }) => {
      limiter.take(clientAddress(req));
      const records = await listAccountability(db, { publishable: true, ...(query.unit ? { unit: query.unit } : {}), ...period(query) });
      const [receipts, labels] = await Promise.all([
        receiptNumbers(
          db,
          records.flatMap((s) => s.appeals),
        ),
        loadLabels(db),
      ]);
      res.json({
        items: records.map((s) => ({
          unit: s.unit,
          unitName: s.unit ? (labels.department[s.unit] ?? s.unit) : null,
          finding: s.finding!.result,
          findingLabel: FINDING_RESULTS[s.finding!.result],
          foundOn: localDate(s.finding!.at, timezone),
          receiptNumbers: s.appeals.flatMap((id) => receipts.get(id) ?? []),
        })),
      });
    },
  );
}
