import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Response } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { isOpen, type AppealState, type Registration } from '../../domain/appeal.js';
import { APPEAL_KINDS, CHANNELS, CLASSIFICATIONS, CLOSURES, STATUSES, codesOf, type EnterpriseFlag } from '../../domain/codes.js';
import { ratingMethodError } from '../../domain/command-checks.js';
import { STEPS, actorMayTake, allowedSteps, isAllowed, roleMayTake, type Step } from '../../domain/rules.js';
import { registrationBounds } from '../../domain/periods.js';
import { departmentCode, flag, stepBodySchemas, submitAppealSchema, type StepBodies, type SubmitAppeal } from '../../domain/steps.js';
import { PUBLICATION_STATUSES } from '../../domain/publication.js';
import { hasSearchTerms } from '../../domain/search-text.js';
import { enterpriseFlag } from '../../domain/enterprise.js';
import { appealTimeline, findAppealState, listAppealStates, type AppealFilter, type Cursor } from '../../db/appeals.js';
import { loadPublications } from '../../db/publication.js';
import { flagsOf } from '../../db/enterprises.js';
import { findDepartment } from '../../db/departments.js';
import { findPerson } from '../../db/people.js';
import { findMeeting } from '../../db/meetings.js';
import type { MeetingGateway } from '../../gateway/meetings.js';
import { nextReceiptNumber, reserveIdempotencyKey } from '../../db/idempotency.js';
import { noteRegistering, type Registering } from '../../db/registering.js';
import { loadPolicy } from '../../db/policy.js';
import type { Database } from '../../db/schema.js';
import { categoryExists } from '../../db/categories.js';
import { appealWorkflowId, type FollowerCommand, type StepCommand } from '../../workflows/messages.js';
import { missingAttachments } from '../../db/attachments.js';
import type { Admission } from '../admission.js';
import type { AppealGateway } from '../../gateway/appeals.js';
import { appealLocation, sendRegistering } from '../registering.js';
import { WorkflowCompleted } from '../../gateway/errors.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { csvQuery, sendCsv, wantsCsv, type Column } from '../csv.js';
import { periodQuery } from '../period-query.js';
import { readableAppeal } from '../appeal-access.js';
import { AUDIENCE, readsEnterpriseFlags, readsPublication } from '../audience.js';
import { officeScope, subtreeOf, withinScope, type OfficeScope } from '../office-scope.js';
import type { Caller, Role } from '../auth.js';
import { badRequest, conflict, forbidden, notFound } from '../problem.js';
import type { RouteTable } from '../route-table.js';
import type { Views } from '../views.js';
import { publicationRoutes } from './publication.js';
import { appealShape, page, registeringShape } from '../answer-shapes.js';
import { checkAssignees, classifiedLimit } from '../step-checks.js';

interface Deps {
  db: Kysely<Database>;
  gateway: AppealGateway;
  /** Takes an appeal into a meeting (the meeting's own `appeals` step): an escalation's coordination meeting. */
  meetings: Pick<MeetingGateway, 'step'>;
  admission: Admission;
  views: Views;
  timezone: string;
}

export interface SubmitOptions {
  /** The Idempotency-Key header, if any, and the request it guards; a key is the caller's token's. */
  idempotency?: { key: string | undefined; request: object };
  /** Runs once the submission is checked and admitted, before anything is written or started. */
  beforeStart?: () => Promise<void>;
}

/** Intake as both submission routes take it (appealRoutes' `submit`). */
export type Submit = ReturnType<typeof appealRoutes>['submit'];

const listQuery = periodQuery({
  status: z.enum(codesOf(STATUSES)).optional(),
  department: z.string().max(64).optional(),
  channel: z.enum(codesOf(CHANNELS)).optional(),
  category: z.string().max(64).optional(),
  kind: z.enum(codesOf(APPEAL_KINDS)).optional(),
  overdue: flag.optional(),
  supervised: flag.optional(),
  meetingId: z.string().max(100).optional(),
  receiptNumber: z.string().max(32).optional(),
  unit: departmentCode.optional().describe('only appeals registered at this unit’s window or led by it or a unit beneath it'),
  owner: z.string().max(100).optional().describe('only appeals this person owns as case owner (专员)'),
  instructed: flag.optional().describe('only appeals a leader has instructed (批示), or only those none has'),
  flag: enterpriseFlag.optional().describe('only appeals of enterprises the register flags so (服务绿卡, 重点项目)'),
  /** Closed appeals by their standing on the public pages (office, admin): `pending` lists the decisions owed. */
  publication: z.enum(PUBLICATION_STATUSES).optional(),
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .refine(hasSearchTerms, 'has no letter or digit to search for')
    .optional()
    .describe('search title, description, answers and notes (README, "Search"): best match first, then newest'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
  ...csvQuery,
});

/** A duplicate as the appeal it is merged into keeps it: whom its answers reach. */
function followerOf(s: AppealState, actor: Caller): FollowerCommand {
  const phones = [s.enterprise.contact.phone, ...(s.submitter && s.submitter.phone !== s.enterprise.contact.phone ? [s.submitter.phone] : [])];
  return { actor, appealId: s.id, receiptNumber: s.receiptNumber, creditCode: s.enterprise.creditCode, phones };
}

/** The meetings an appeal is escalated to: a coordination meeting (协调调度会) or a consultation (会商会诊). */
const TASK_FORCE_MEETINGS: string[] = ['coordination', 'consultation_meeting'];

const pageQuery = z.strictObject({ limit: listQuery.shape.limit, cursor: listQuery.shape.cursor });

/** The ledger (台账) as CSV: one row per appeal, what the caller may see of it. */
const LEDGER_COLUMNS: Column<ReturnType<Views['appeal']>>[] = [
  { name: 'receiptNumber', zh: '受理编号', value: (a) => a.receiptNumber },
  { name: 'registeredAt', zh: '登记时间', value: (a) => a.registeredAt },
  { name: 'enterprise', zh: '企业名称', value: (a) => a.enterprise.name },
  { name: 'creditCode', zh: '统一社会信用代码', value: (a) => a.enterprise.creditCode },
  { name: 'contact', zh: '联系人', value: (a) => a.enterprise.contact?.name ?? '' },
  { name: 'phone', zh: '联系电话', value: (a) => a.enterprise.contact?.phone ?? '' },
  { name: 'channel', zh: '诉求渠道', value: (a) => CHANNELS[a.channel] },
  { name: 'category', zh: '诉求类别', value: (a) => a.category },
  { name: 'kind', zh: '诉求类型', value: (a) => APPEAL_KINDS[a.kind] },
  { name: 'title', zh: '诉求标题', value: (a) => a.title },
  { name: 'status', zh: '办理状态', value: (a) => STATUSES[a.status] },
  { name: 'round', zh: '交办轮次', value: (a) => a.round },
  { name: 'classification', zh: '分类', value: (a) => (a.classification ? CLASSIFICATIONS[a.classification] : '') },
  { name: 'timeLimitDays', zh: '办理时限(工作日)', value: (a) => a.timeLimitDays },
  { name: 'leadDepartment', zh: '主办部门', value: (a) => a.leadDepartment },
  { name: 'coDepartments', zh: '协办部门', value: (a) => a.coDepartments.join(';') },
  { name: 'dueAt', zh: '办理期限', value: (a) => a.deadlines.dueAt },
  { name: 'overdue', zh: '是否超期', value: (a) => (a.overdue ? '是' : '否') },
  { name: 'supervised', zh: '是否督办', value: (a) => (a.supervised ? '是' : '否') },
  { name: 'closure', zh: '办结方式', value: (a) => (a.closure ? CLOSURES[a.closure] : '') },
  { name: 'closedAt', zh: '办结时间', value: (a) => a.closedAt },
  { name: 'answeredOnTheSpot', zh: '当场答复', value: (a) => (a.answeredOnTheSpot ? '是' : '否') },
  { name: 'unit', zh: '登记单位', value: (a) => a.unit },
  { name: 'owner', zh: '企业服务专员', value: (a) => a.owner },
  { name: 'instructed', zh: '领导批示', value: (a) => (a.instructed === undefined ? '' : a.instructed ? '是' : '否') },
];
/** Appeals read per query of a CSV ledger: what the API holds of it at a time, however long the ledger. */
const LEDGER_BATCH = 200;

export function appealRoutes(routes: RouteTable, { db, gateway, meetings, admission, views, timezone }: Deps) {
  async function appealOr404(id: string): Promise<AppealState> {
    const s = await findAppealState(db, id);
    if (!s) throw notFound(`no appeal ${id}`);
    return s;
  }

  /** Each appeal's standing on the public pages, for the office and the admin only. */
  async function publications(states: AppealState[], caller: Caller) {
    return readsPublication(caller) ? loadPublications(db, states) : new Map();
  }

  /** The register's flags of each appeal's enterprise, for those who read them. */
  async function enterpriseFlags(states: AppealState[], caller: Caller) {
    return readsEnterpriseFlags(caller)
      ? flagsOf(
          db,
          states.map((s) => s.enterprise.creditCode),
        )
      : new Map<string, EnterpriseFlag[]>();
  }

  async function present(id: string, caller: Caller) {
    const [s, timeline] = await Promise.all([appealOr404(id), appealTimeline(db, id)]);
    const [standing, flags] = await Promise.all([publications([s], caller), enterpriseFlags([s], caller)]);
    return views.appeal(s, caller, { timeline, publication: standing.get(s.id), enterpriseFlags: flags.get(s.enterprise.creditCode) ?? [] });
  }

  publicationRoutes(routes, { db, present });

  /**
   * Once its workflow runs the client gets its appeal: 201 with it when the registration is on the ledger, else 202
   * (sendRegistering). A ledger that fails at this point still gets the 202: a 5xx would hide an appeal that exists.
   */
  async function answerSubmitted(res: Response, caller: Caller, r: Registering): Promise<void> {
    res.location(appealLocation(r.appealId));
    try {
      const s = await findAppealState(db, r.appealId);
      if (s) return void res.status(201).json(await present(s.id, caller));
      await noteRegistering(db, r);
    } catch {
      // The 202 below: GET answers 404 rather than 202 until the registration lands, which it will.
    }
    sendRegistering(res, r);
  }

  /**
   * Intake, shared by POST /v1/appeals and POST /v1/public/appeals (api/routes/public-submission.ts): the checks that
   * need the ledger, admission, the Registration started on its workflow, and the 201 or 202 (answerSubmitted).
   * `beforeStart` runs once the submission is checked and admitted, before it takes a receipt number: the public
   * route spends its one-time code there, so neither a 400 here nor a 503 of admission costs the caller the code.
   */
  async function submit(res: Response, caller: Caller, body: SubmitAppeal, { idempotency, beforeStart }: SubmitOptions = {}): Promise<void> {
    if (caller.role === 'enterprise' && body.channel !== undefined && body.channel !== 'online_platform') {
      throw badRequest([{ field: 'channel', message: 'an enterprise submits through online_platform' }]);
    }
    const channel = caller.role === 'enterprise' ? 'online_platform' : body.channel;
    if (!channel) throw badRequest([{ field: 'channel', message: 'is required' }]);
    if (!(await categoryExists(db, body.category))) {
      throw badRequest([{ field: 'category', message: `unknown category ${body.category} (see GET /v1/codes)` }]);
    }
    const key = idempotency?.key;
    if (key !== undefined && (key.length === 0 || key.length > 200)) {
      throw badRequest([{ field: 'Idempotency-Key', message: 'must be 1–200 characters' }]);
    }
    await admission.run(async () => {
      await beforeStart?.();
      let id: string = randomUUID();
      let receiptNumber = await nextReceiptNumber(db);
      if (idempotency && key !== undefined) {
        const { request } = idempotency;
        const reservation = await reserveIdempotencyKey(db, { tokenId: caller.tokenId!, key }, { appealId: id, receiptNumber, body: request });
        if (reservation.appealId === null || (!reservation.created && !isDeepStrictEqual(reservation.body, request))) {
          throw conflict('this Idempotency-Key was used with another body', { appealId: reservation.appealId });
        }
        ({ appealId: id, receiptNumber } = reservation);
      }
      const registration: Registration = {
        id,
        receiptNumber,
        enterprise: body.enterprise,
        channel,
        category: body.category,
        title: body.title,
        description: body.description,
        disclose: body.disclose ?? false,
        meetingId: body.meetingId ?? null,
        ...(body.kind && body.kind !== 'problem' ? { kind: body.kind } : {}),
        ...(body.submitter ? { submitter: body.submitter } : {}),
        ...(caller.role === 'enterprise' ? { arrivedOnline: true as const } : {}),
        // A county's or park's office registers at its own window: the appeal stays within its reach.
        ...(caller.unit ? { unit: caller.unit } : {}),
      };
      await gateway.submit(registration);
      await answerSubmitted(res, caller, { appealId: id, receiptNumber, creditCode: body.enterprise.creditCode, unit: caller.unit ?? null });
    });
  }

  routes.add(
    {
      method: 'post',
      path: '/v1/appeals',
      tag: 'appeals',
      summary: 'Submit or register an appeal (optional Idempotency-Key header)',
      roles: ['office', 'enterprise'],
      audience: AUDIENCE.appeal,
      unitScoped: true,
      body: submitAppealSchema,
      responses: {
        201: 'the registered appeal',
        202: 'accepted, its registration not on the ledger yet: {id, receiptNumber, status: "registering"}; GET Location after Retry-After seconds',
        400: 'invalid input',
        403: 'not this enterprise',
        409: 'Idempotency-Key reused with another body',
        503: 'too many submissions in flight (with Retry-After), or Postgres or Temporal unreachable: no appeal was started',
      },
      answers: { 201: appealShape, 202: registeringShape },
      headers: { 201: { Location: true }, 202: { Location: true, 'Retry-After': true }, 503: { 'Retry-After': false } },
    },
    async ({ req, res, caller, body: parseBody }) => {
      const claimed = (req.body as { enterprise?: { creditCode?: unknown } } | undefined)?.enterprise?.creditCode;
      if (caller.role === 'enterprise' && claimed !== undefined && claimed !== caller.creditCode) {
        throw forbidden('an enterprise submits appeals only for its own credit code');
      }
      await submit(res, caller, parseBody(), { idempotency: { key: req.header('idempotency-key'), request: req.body as object } });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/appeals/:id',
      tag: 'appeals',
      summary: 'One appeal with its timeline (the discipline commission: the appeals behind its referral records)',
      roles: ['office', 'department', 'enterprise', 'leader', 'commission'],
      audience: AUDIENCE.appeal,
      unitScoped: true,
      responses: {
        200: 'the appeal',
        202: 'accepted and still registering: {id, receiptNumber, status: "registering"}; ask again after Retry-After seconds',
        403: 'not yours',
        404: 'no such appeal',
      },
      answers: { 200: appealShape, 202: registeringShape },
      headers: { 202: { 'Retry-After': true } },
    },
    async ({ res, caller, params }) => {
      const appeal = await readableAppeal(db, caller, params.id!);
      if ('registering' in appeal) return sendRegistering(res, appeal.registering);
      res.json(await present(appeal.state.id, caller));
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/appeals',
      tag: 'appeals',
      summary:
        'List appeals, newest first (with `q`: best match first), with filters and cursor paging (`publication=pending`: the decisions the office owes); the whole ledger (台账) as CSV',
      roles: ['office', 'department', 'enterprise', 'leader'],
      audience: AUDIENCE.appeal,
      unitScoped: true,
      query: listQuery,
      csv: true,
      responses: {
        200: '{items, nextCursor}, or with Accept: text/csv every matching appeal (all pages)',
        400: 'invalid filter, a `q` with nothing to search for, or a cursor of the list with `q` used without it (or the reverse)',
        403: 'the publication filter is the office’s',
        404: 'no such unit (`unit`), or not one of a county’s office’s own',
      },
      answers: { 200: page(appealShape) },
    },
    async ({ req, res, caller, query }) => {
      const { publication, unit, q, ...filters } = query;
      if (publication !== undefined && !readsPublication(caller)) throw forbidden('only the office filters by publication');
      const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
      if (after && (after.rank === undefined) !== (q === undefined))
        throw badRequest([{ field: 'cursor', message: 'is not a cursor of this list with or without q' }]);
      const within = await subtreeOf(db, unit, await officeScope(db, caller));
      const filter: AppealFilter = {
        ...filters,
        ...(publication ? { publication: { status: publication, policy: (await loadPolicy(db)).publication } } : {}),
        ...registrationBounds(query, timezone),
        ...(caller.role === 'department' ? { visibleToDepartment: caller.department } : {}),
        ...(caller.role === 'enterprise' ? { creditCode: caller.creditCode } : {}),
        ...(caller.role === 'leader' ? { instructedBy: caller.person!.id } : {}),
        ...(within ? { withinUnit: within } : {}),
        ...(q ? { search: { text: q, sharedOnly: caller.role === 'enterprise' } } : {}),
      };
      if (wantsCsv(req)) return sendCsv(res, 'appeals-ledger', LEDGER_COLUMNS, ledger(filter, caller), query);
      const page = await listAppealStates(db, filter, { limit: query.limit, ...(after ? { after } : {}) });
      const [standing, flags] = await Promise.all([publications(page.items, caller), enterpriseFlags(page.items, caller)]);
      const items = page.items.map((s) =>
        views.appeal(s, caller, { publication: standing.get(s.id), enterpriseFlags: flags.get(s.enterprise.creditCode) ?? [] }),
      );
      res.json({ items, nextCursor: page.next ? encodeCursor(page.next) : null });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/people/:id/appeals',
      tag: 'people',
      summary: 'The appeals a person owns as case owner (专员), newest first',
      roles: ['office'],
      audience: AUDIENCE.appeal,
      query: pageQuery,
      responses: { 200: '{items, nextCursor}', 404: 'no such person' },
      answers: { 200: page(appealShape) },
    },
    async ({ res, caller, params, query }) => {
      if (!(await findPerson(db, params.id!))) throw notFound(`no person ${params.id}`);
      const page = await listAppealStates(db, { owner: params.id! }, { limit: query.limit, ...(query.cursor ? { after: decodeCursor(query.cursor) } : {}) });
      res.json({ items: page.items.map((s) => views.appeal(s, caller)), nextCursor: page.next ? encodeCursor(page.next) : null });
    },
  );

  /** Every appeal the filter matches, read a page at a time as the CSV answer takes them. */
  async function* ledger(filter: AppealFilter, caller: Caller) {
    let after: Cursor | undefined;
    do {
      const page = await listAppealStates(db, filter, { limit: LEDGER_BATCH, ...(after ? { after } : {}) });
      for (const s of page.items) yield views.appeal(s, caller);
      after = page.next;
    } while (after);
  }

  /** Checks that need the ledger or the policy, turning a body into the Update's command. */
  async function prepare<S extends Step>(
    step: S,
    body: StepBodies[S],
    caller: Caller,
    scope: OfficeScope | undefined,
    s: AppealState,
  ): Promise<StepCommand<S>> {
    const command = { actor: caller, ...body } as StepCommand<S>;
    if (step === 'classify') {
      const appeal = { kind: s.kind ?? 'problem', creditCode: s.enterprise.creditCode } as const;
      return { ...command, timeLimitDays: await classifiedLimit(db, body as StepBodies['classify'], appeal) } as StepCommand<S>;
    }
    if (step === 'assign' || step === 'reassign') {
      const { lead, co = [] } = body as StepBodies['assign'];
      await checkAssignees(db, { lead, co });
      const outside = scope ? [lead, ...co].filter((code) => !scope.units.has(code)) : [];
      if (outside.length > 0) {
        throw badRequest(
          outside.map((code) => ({ field: code === lead ? 'lead' : `co.${co.indexOf(code)}`, message: `${code} is not a unit of ${scope!.unit}` })),
        );
      }
    }
    if (step === 'delegate') {
      // Down the tree only: to one of the lead's own units (a county's town), which the workflow cannot look up.
      const { to } = body as StepBodies['delegate'];
      const unit = await findDepartment(db, to);
      if (!unit?.active || unit.parent !== s.leadDepartment) {
        throw badRequest([{ field: 'to', message: `${to} is not an active unit beneath ${s.leadDepartment}` }]);
      }
    }
    if (step === 'owner' || step === 'handler') {
      // A case owner is anyone with that duty; a responsible handler is the lead's own.
      const { person: id } = body as StepBodies['owner'];
      const person = await findPerson(db, id);
      const duty = step === 'owner' ? 'case_owner' : 'handler';
      const why = !person?.active
        ? `no active person ${id}`
        : !person.duties.includes(duty)
          ? `${person.name} has no ${duty} duty`
          : step === 'handler' && person.unit !== s.leadDepartment
            ? `${person.name} is not of ${s.leadDepartment}, the lead`
            : undefined;
      if (why) throw badRequest([{ field: 'person', message: why }]);
    }
    if (step === 'resolve' && !s.handler && (await loadPolicy(db)).handlerRequired) {
      throw conflict('the policy asks the lead to name its responsible handler first (POST …/handler)', { currentStatus: s.status, allowedSteps: ['handler'] });
    }
    if (step === 'escalate') {
      const { meetingId } = body as StepBodies['escalate'];
      const meeting = meetingId === undefined ? undefined : await findMeeting(db, meetingId);
      if (meetingId !== undefined && (!meeting || !TASK_FORCE_MEETINGS.includes(meeting.kind) || meeting.status === 'cancelled')) {
        throw badRequest([{ field: 'meetingId', message: `${meetingId} is no coordination or consultation meeting that is still on` }]);
      }
    }
    if (step === 'extension') {
      const { workingDays } = body as StepBodies['extension'];
      const { maxExtensions, maxExtensionDays } = await loadPolicy(db);
      const granted = s.extensions.filter((e) => e.decision === 'approved');
      if (granted.length >= maxExtensions) {
        throw conflict(`the policy allows ${maxExtensions} extensions and ${granted.length} were granted`, { currentStatus: s.status, allowedSteps: [] });
      }
      const days = granted.reduce((sum, e) => sum + e.workingDays, 0);
      if (days + workingDays > maxExtensionDays) {
        throw badRequest([{ field: 'workingDays', message: `the policy allows ${maxExtensionDays} working days of extension in all; ${days} were granted` }]);
      }
    }
    if (step === 'merge') {
      // Refused here, before the main appeal takes the duplicate as a follower, rather than by the duplicate's
      // workflow after it: a duplicate that may not be merged must not hear another appeal's answers.
      if (!isAllowed('merge', s, Date.now())) {
        throw conflict(`merge is not allowed while the appeal is ${s.status}`, { currentStatus: s.status, allowedSteps: allowedSteps(s, Date.now()) });
      }
      const { into } = body as StepBodies['merge'];
      const main = into === s.id ? undefined : await findAppealState(db, into);
      const why =
        into === s.id
          ? 'an appeal is not merged into itself'
          : !main || !withinScope(scope, main)
            ? `no appeal ${into}`
            : !isOpen(main.status) || main.mergedInto
              ? `${main.receiptNumber} is ${main.mergedInto ? 'merged itself' : main.status}`
              : undefined;
      if (why) throw badRequest([{ field: 'into', message: why }]);
    }
    const attachments = (body as { attachments?: string[] }).attachments;
    const missing = attachments?.length ? await missingAttachments(db, s.id, attachments) : [];
    if (missing.length > 0) {
      throw badRequest(
        missing.map((id) => ({
          field: `attachments.${attachments!.indexOf(id)}`,
          message: `${id} is not an attachment of this appeal (POST …/attachments first)`,
        })),
      );
    }
    if (step === 'rating') {
      const error = ratingMethodError(caller.role, (body as StepBodies['rating']).method);
      if (error) throw badRequest([error]);
    }
    return command;
  }

  for (const step of STEPS) {
    const roles = (['office', 'department', 'enterprise', 'leader'] as Role[]).filter((role) => roleMayTake(step, role));
    routes.add(
      {
        method: 'post',
        path: `/v1/appeals/:id/${step}`,
        tag: 'steps',
        summary: `Lifecycle step: ${step}`,
        roles,
        audience: AUDIENCE.appeal,
        body: stepBodySchemas[step] as z.ZodType,
        idempotencyKey: true,
        unitScoped: true,
        responses: {
          200: 'the appeal right after the step',
          400: 'invalid input',
          403: 'not this caller’s appeal',
          404: 'no such appeal',
          409: 'not allowed in the current status (names currentStatus and allowedSteps)',
        },
        answers: { 200: appealShape },
      },
      async ({ caller, params, body: parseBody, once }) => {
        const [s, scope] = await Promise.all([appealOr404(params.id!), officeScope(db, caller)]);
        if (!withinScope(scope, s)) throw notFound(`no appeal ${s.id}`);
        if (!actorMayTake(step, caller, s)) throw forbidden(`the ${caller.role} may not take the ${step} step on this appeal`);
        const command = await prepare(step, parseBody() as StepBodies[typeof step], caller, scope, s);
        await once(appealWorkflowId(s.id), async (updateId) => {
          // Into the meeting first: taking an appeal in twice changes nothing, so a retry after a failed escalation
          // finds it there, and an escalation never names a meeting that does not list the appeal.
          const { meetingId } = command as Partial<StepCommand<'escalate'>>;
          if (step === 'escalate' && meetingId) {
            await meetings.step(meetingId, 'appeals', {
              actor: caller,
              appeals: [{ appealId: s.id, receiptNumber: s.receiptNumber, creditCode: s.enterprise.creditCode }],
            });
          }
          // Into the main appeal first, for the same reason: a duplicate is never closed as merged into one that
          // does not know it.
          if (step === 'merge') await gateway.follow((command as StepCommand<'merge'>).into, followerOf(s, caller));
          try {
            await gateway.step(s.id, step, command, updateId);
          } catch (err) {
            if (!(err instanceof WorkflowCompleted)) throw err;
            const { status } = await appealOr404(s.id);
            throw conflict(`the appeal is ${status}; its workflow has completed`, { currentStatus: status, allowedSteps: [] });
          }
          return { status: 200, body: await present(s.id, caller) };
        });
      },
    );
  }

  return { submit };
}
