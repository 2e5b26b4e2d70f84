import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { addDays, endOfDay, localDate } from '../../domain/dates.js';
import { codesOf } from '../../domain/codes.js';
import { DEFAULT_ANNOUNCE_DAYS_BEFORE, MEETING_STATUSES, planMeeting, type MeetingState, type MeetingStep, type Problem } from '../../domain/meeting.js';
import {
  assignProblemsSchema,
  cancelMeetingSchema,
  createMeetingSchema,
  createSeriesSchema,
  heldSchema,
  invitationsSchema,
  linkAppealsSchema,
  meetingKind,
  registrationSchema,
} from '../../domain/meeting-schemas.js';
import { calendarDate } from '../../domain/periods.js';
import { timingOf, upcomingOccurrences } from '../../domain/recurrence.js';
import { isOpen } from '../../domain/appeal.js';
import { isAllowed } from '../../domain/rules.js';
import type { HeldBody, TableDecision } from '../../domain/meeting-schemas.js';
import { checkAssignees, classifiedLimit, type Classified } from '../step-checks.js';
import { findAppealState } from '../../db/appeals.js';
import { categoryExists } from '../../db/categories.js';
import {
  combinedFigures,
  currentFigures,
  specialReports,
  findMeeting,
  findSeries,
  insertSeries,
  listMeetings,
  listSeries,
  meetingProblems,
  meetingTimeline,
  updateSeries,
  type MeetingFilter,
  type SeriesRow,
} from '../../db/meetings.js';
import type { Database } from '../../db/schema.js';
import { meetingWorkflowId, type MeetingCommands } from '../../workflows/meeting-messages.js';
import { AUDIENCE, readsMeeting, readsMeetingItem, readsMeetingTimeline } from '../audience.js';
import type { Caller } from '../auth.js';
import { csvQuery, wantsCsv } from '../csv.js';
import { UPCOMING_WINDOW, createMeetingGateway } from '../../gateway/meetings.js';
import { createAppealGateway } from '../../gateway/appeals.js';
import { WorkflowCompleted } from '../../gateway/errors.js';
import { createMeetingViews, reportColumns, reportRows } from '../meeting-views.js';
import { badRequest, conflict, forbidden, notFound, type FieldError } from '../problem.js';
import type { RouteTable } from '../route-table.js';
import type { Views } from '../views.js';
import { answer } from '../csv.js';
import { date, list } from '../answer-shapes.js';
import { meetingFiguresShape, meetingReportShape, meetingShape, registrationShape, seriesShape } from '../meeting-shapes.js';

/** The figures over the meetings of a period (`GET /v1/meeting-report`). */
const periodReportShape = meetingFiguresShape.extend({
  from: date.nullable(),
  to: date.nullable(),
  kind: meetingShape.shape.kind.nullable(),
  meetings: z.int(),
});
import { periodQuery, rangeOf } from '../period-query.js';

// Meetings and their series (CONTRACT.md §6). Reads come from the ledger; every change is an Update on the meeting's
// workflow, which decides whether its state allows it (409 otherwise) and on whose clock.

interface Deps {
  db: Kysely<Database>;
  client: Client;
  taskQueue: string;
  views: Views;
  timezone: string;
}

const listQuery = z.strictObject({
  status: z.enum(codesOf(MEETING_STATUSES)).optional(),
  kind: meetingKind.optional(),
  seriesId: z.string().max(100).optional(),
  from: calendarDate.optional().describe('meetings starting on or after this date'),
  to: calendarDate.optional().describe('meetings starting on or before this date'),
});
const reportQuery = z.strictObject(csvQuery);
const periodReportQuery = periodQuery({ kind: meetingKind.optional(), ...csvQuery });

export function meetingRoutes(routes: RouteTable, { db, client, taskQueue, views, timezone }: Deps) {
  const gateway = createMeetingGateway(client, taskQueue);
  const appeals = createAppealGateway(client, taskQueue);
  const show = createMeetingViews(views);
  const startOf = (d: string) => new Date(endOfDay(addDays(d, -1), timezone) + 1);

  async function meetingOr404(id: string, caller: Caller): Promise<MeetingState> {
    const s = await findMeeting(db, id);
    if (!s || !readsMeeting(caller, s)) throw notFound(`no meeting ${id}`);
    return s;
  }

  async function present(id: string, caller: Caller) {
    const s = (await findMeeting(db, id))!;
    const [[figures], timeline, problems] = await Promise.all([
      currentFigures(db, [s]),
      readsMeetingTimeline(caller) ? meetingTimeline(db, id) : undefined,
      meetingProblems(
        db,
        s.appeals.map((a) => a.appealId),
      ),
    ]);
    return show.meeting(s, caller, figures!, timeline, problems);
  }

  /** A step as the route table's `once` takes it: the Update, then the meeting as the caller sees it after. */
  const taking =
    <S extends MeetingStep>(s: MeetingState, caller: Caller, step: S, command: MeetingCommands[S], status = 200) =>
    async (updateId?: string) => {
      try {
        await gateway.step(s.id, step, command, updateId);
      } catch (err) {
        if (!(err instanceof WorkflowCompleted)) throw err;
        const { status: current } = (await findMeeting(db, s.id))!;
        throw conflict(`the meeting is ${current}; its workflow has completed`, { currentStatus: current, allowedSteps: [] });
      }
      return { status, body: await present(s.id, caller) };
    };

  async function unknownCategories(problems: (Problem & { field: string })[]): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    for (const p of problems) {
      if (!(await categoryExists(db, p.category))) errors.push({ field: p.field, message: `unknown category ${p.category} (see GET /v1/codes)` });
    }
    return errors;
  }

  async function seriesOr404(id: string): Promise<SeriesRow> {
    const series = await findSeries(db, id);
    if (!series) throw notFound(`no meeting series ${id}`);
    return series;
  }

  const stepResponses = (ok: string) => ({
    200: ok,
    400: 'invalid input',
    403: 'not this caller’s',
    404: 'no such meeting',
    409: 'not allowed in the meeting’s current status (names currentStatus and allowedSteps)',
  });

  // ---- series ----

  routes.add(
    {
      method: 'post',
      path: '/v1/meeting-series',
      tag: 'meetings',
      summary: 'Start a recurring meeting series: a Temporal Schedule that opens each meeting when it is to be announced',
      roles: ['office'],
      body: createSeriesSchema,
      responses: { 201: 'the series with its next meetings', 400: 'invalid input or an unsupported recurrence', 503: 'this Temporal server runs no Schedules' },
      answers: { 201: seriesShape },
    },
    async ({ res, body: parseBody }) => {
      const body = parseBody();
      // A Schedule runs on the cluster's real clock, so a series counts from the real today, not a workflow's.
      const now = Date.now();
      const series: SeriesRow = {
        id: randomUUID(),
        kind: body.kind,
        title: body.title,
        theme: body.theme,
        sector: body.sector ?? null,
        recurrence: body.recurrence,
        startTime: body.startTime,
        announceDaysBefore: body.announceDaysBefore ?? DEFAULT_ANNOUNCE_DAYS_BEFORE,
        chair: body.chair,
        location: body.location,
        anchor: localDate(now, timezone),
        status: 'active',
        upcoming: [],
      };
      series.upcoming = upcomingOccurrences(timingOf(series), timezone, now, UPCOMING_WINDOW);
      if (series.upcoming.length === 0)
        throw badRequest([{ field: 'recurrence', message: 'no meeting of this series is still to be announced (UNTIL has passed)' }]);
      await db.transaction().execute(async (tx) => {
        await insertSeries(tx, series);
        await gateway.createSchedule(series.id, series.upcoming);
      });
      res.status(201).location(`/v1/meeting-series/${series.id}`).json(show.series(series));
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/meeting-series',
      tag: 'meetings',
      summary: 'The meeting series that are not deleted',
      roles: ['office'],
      responses: { 200: '{items}' },
      answers: { 200: list(seriesShape) },
    },
    async ({ res }) => {
      res.json({ items: (await listSeries(db)).map(show.series) });
    },
  );

  for (const [action, status] of [
    ['pause', 'paused'],
    ['resume', 'active'],
  ] as const) {
    routes.add(
      {
        method: 'post',
        path: `/v1/meeting-series/:id/${action}`,
        tag: 'meetings',
        summary: action === 'pause' ? 'Pause a series: its Schedule opens no meeting until resumed' : 'Resume a paused series',
        roles: ['office'],
        responses: { 200: 'the series', 404: 'no such series', 503: 'Temporal unreachable or without Schedules' },
        answers: { 200: seriesShape },
      },
      async ({ res, params }) => {
        const series = await seriesOr404(params.id!);
        const note = `${action}d through the API`;
        await (action === 'pause' ? gateway.pauseSchedule(series.id, note) : gateway.resumeSchedule(series.id, note));
        await updateSeries(db, series.id, { status });
        res.json(show.series({ ...series, status }));
      },
    );
  }

  routes.add(
    {
      method: 'delete',
      path: '/v1/meeting-series/:id',
      tag: 'meetings',
      summary: 'Delete a series and its Schedule (meetings it opened go on)',
      roles: ['office'],
      responses: { 204: 'deleted', 404: 'no such series', 503: 'Temporal unreachable or without Schedules' },
    },
    async ({ res, params }) => {
      const series = await seriesOr404(params.id!);
      await gateway.deleteSchedule(series.id);
      await updateSeries(db, series.id, { status: 'deleted' });
      res.status(204).end();
    },
  );

  // ---- meetings ----

  routes.add(
    {
      method: 'post',
      path: '/v1/meetings',
      tag: 'meetings',
      summary: 'Plan a meeting: its workflow announces it, closes registration the day before and follows its appeals up',
      roles: ['office'],
      body: createMeetingSchema,
      responses: { 201: 'the meeting', 400: 'invalid input' },
      answers: { 201: meetingShape },
    },
    async ({ res, caller, body: parseBody }) => {
      const body = parseBody();
      const plan = planMeeting(
        {
          id: randomUUID(),
          seriesId: null,
          kind: body.kind,
          title: body.title,
          theme: body.theme,
          sector: body.sector ?? null,
          chair: body.chair,
          location: body.location,
          startsAt: Date.parse(body.startsAt),
        },
        body.announceDaysBefore ?? DEFAULT_ANNOUNCE_DAYS_BEFORE,
        timezone,
      );
      await gateway.start(plan);
      res
        .status(201)
        .location(`/v1/meetings/${plan.id}`)
        .json(await present(plan.id, caller));
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/meetings',
      tag: 'meetings',
      summary: 'Meetings, latest start first; an enterprise sees announced ones and those it is invited to or registered for',
      roles: ['office', 'department', 'enterprise'],
      audience: AUDIENCE.meeting,
      query: listQuery,
      responses: { 200: '{items}', 400: 'invalid filter' },
      answers: { 200: list(meetingShape) },
    },
    async ({ res, caller, query }) => {
      const filter: MeetingFilter = {
        ...query,
        ...(query.from ? { startsFrom: startOf(query.from) } : {}),
        ...(query.to ? { startsBefore: startOf(addDays(query.to, 1)) } : {}),
        ...(caller.role === 'enterprise' ? { visibleToEnterprise: caller.creditCode ?? '' } : {}),
      };
      const meetings = await listMeetings(db, filter);
      const figures = await currentFigures(db, meetings);
      res.json({ items: meetings.map((s, i) => show.meeting(s, caller, figures[i]!)) });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/meetings/:id',
      tag: 'meetings',
      summary: 'One meeting with its figures and (except for enterprises) its timeline',
      roles: ['office', 'department', 'enterprise'],
      audience: AUDIENCE.meeting,
      responses: { 200: 'the meeting', 404: 'no such meeting (or not yet announced, for an enterprise)' },
      answers: { 200: meetingShape },
    },
    async ({ res, caller, params }) => {
      const s = await meetingOr404(params.id!, caller);
      res.json(await present(s.id, caller));
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/meetings/:id/invitations',
      tag: 'meetings',
      summary: 'Invite enterprises (counted in the report; told of the announcement)',
      roles: ['office'],
      body: invitationsSchema,
      idempotencyKey: true,
      responses: stepResponses('the meeting'),
      answers: { 200: meetingShape },
    },
    async ({ caller, params, body, once }) => {
      const s = await meetingOr404(params.id!, caller);
      await once(meetingWorkflowId(s.id), taking(s, caller, 'invitations', { actor: caller, ...body() }));
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/meetings/:id/registrations',
      tag: 'meetings',
      summary: 'Register an enterprise with the problems it will raise, each an appeal at once; registering again replaces the registration',
      roles: ['office', 'enterprise'],
      audience: AUDIENCE.meeting,
      body: registrationSchema,
      idempotencyKey: true,
      responses: { ...stepResponses('the meeting (200 when a registration was replaced)'), 201: 'the meeting, with the new registration' },
      answers: { 200: meetingShape, 201: meetingShape },
    },
    async ({ req, caller, params, body: parseBody, once }) => {
      const s = await meetingOr404(params.id!, caller);
      const claimed = (req.body as { enterprise?: { creditCode?: unknown } } | undefined)?.enterprise?.creditCode;
      if (caller.role === 'enterprise' && claimed !== undefined && claimed !== caller.creditCode) {
        throw forbidden('an enterprise registers only itself');
      }
      const body = parseBody();
      const problems = body.problems ?? [];
      const errors = await unknownCategories(problems.map((p, i) => ({ ...p, field: `problems.${i}.category` })));
      if (errors.length > 0) throw badRequest(errors);
      const replaced = s.registrations.some((r) => r.enterprise.creditCode === body.enterprise.creditCode);
      await once(meetingWorkflowId(s.id), taking(s, caller, 'registrations', { actor: caller, enterprise: body.enterprise, problems }, replaced ? 200 : 201));
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/meetings/:id/registrations',
      tag: 'meetings',
      summary: 'The registrations (an enterprise sees only its own)',
      roles: ['office', 'department', 'enterprise'],
      audience: AUDIENCE.meeting,
      responses: { 200: '{items}', 404: 'no such meeting' },
      answers: { 200: list(registrationShape) },
    },
    async ({ res, caller, params }) => {
      const s = await meetingOr404(params.id!, caller);
      const visible = s.registrations.filter((r) => readsMeetingItem(caller, r.enterprise.creditCode));
      res.json({ items: visible.map((r) => show.registration(r, caller)) });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/meetings/:id/registrations/:creditCode',
      tag: 'meetings',
      summary: 'One enterprise’s registration (an enterprise reads only its own)',
      roles: ['office', 'department', 'enterprise'],
      audience: AUDIENCE.registration,
      responses: {
        200: 'the registration',
        403: 'another enterprise’s registration, whether it exists or not',
        404: 'no such meeting, or (for the office, a department or the enterprise itself) no such registration',
      },
      answers: { 200: registrationShape },
    },
    async ({ res, caller, params }) => {
      const s = await meetingOr404(params.id!, caller);
      // Before the lookup: answering 404 for some codes would tell an enterprise which others registered.
      if (!readsMeetingItem(caller, params.creditCode!)) throw forbidden('an enterprise reads only its own registration');
      const found = s.registrations.find((r) => r.enterprise.creditCode === params.creditCode);
      if (!found) throw notFound(`${params.creditCode} has not registered for meeting ${s.id}`);
      res.json(show.registration(found, caller));
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/meetings/:id/held',
      tag: 'meetings',
      summary: 'Record that the meeting was held: attendance, minutes, problems raised there (which become appeals) and what was decided at the table for each',
      roles: ['office'],
      body: heldSchema,
      idempotencyKey: true,
      responses: stepResponses('the meeting, following its new appeals up'),
      answers: { 200: meetingShape },
    },
    async ({ caller, params, body: parseBody, once }) => {
      const s = await meetingOr404(params.id!, caller);
      const body = parseBody();
      const problemsRaised = body.problemsRaised ?? [];
      const errors = await unknownCategories(problemsRaised.map((p, i) => ({ ...p, field: `problemsRaised.${i}.category` })));
      if (errors.length > 0) throw badRequest(errors);
      const decisions = body.decisions ?? [];
      await checkDecisions(s, decisions);
      const settled = {
        actor: caller,
        attendedCreditCodes: body.attendedCreditCodes,
        minutes: body.minutes,
        problemsRaised: await Promise.all(
          problemsRaised.map((p, i) => settleDecision(p, { kind: 'problem', creditCode: p.enterprise.creditCode }, `problemsRaised.${i}.`)),
        ),
        decisions: await Promise.all(
          decisions.map(async (d, i) => {
            const appeal = (await findAppealState(db, d.appealId))!;
            return settleDecision(d, { kind: appeal.kind ?? 'problem', creditCode: appeal.enterprise.creditCode }, `decisions.${i}.`);
          }),
        ),
      };
      await once(meetingWorkflowId(s.id), taking(s, caller, 'held', settled));
    },
  );

  /** A decision for one of the meeting's appeals names one of them, once, in a state whose steps allow it. */
  async function checkDecisions(s: MeetingState, decisions: NonNullable<HeldBody['decisions']>) {
    const errors: FieldError[] = [];
    for (const [i, d] of decisions.entries()) {
      const field = `decisions.${i}.appealId`;
      const appeal = s.appeals.some((a) => a.appealId === d.appealId) ? await findAppealState(db, d.appealId) : undefined;
      if (!appeal) errors.push({ field, message: `${d.appealId} is not an appeal of this meeting` });
      else if (decisions.findIndex((x) => x.appealId === d.appealId) !== i) errors.push({ field, message: `${d.appealId} is decided twice` });
      else if (d.decision === 'answered' && !isAllowed('answer', appeal, Date.now()))
        errors.push({ field, message: `appeal ${d.appealId} is ${appeal.status}; only a registered one is answered on the spot` });
      else if (d.decision === 'assigned' && !isAllowed('classify', appeal, Date.now()))
        errors.push({ field, message: `appeal ${d.appealId} is ${appeal.status}; it can no longer be assigned` });
    }
    if (errors.length > 0) throw badRequest(errors);
  }

  /** An `assigned` decision with its time limit settled from the policy and its departments checked (400 else). */
  async function settleDecision<D extends TableDecision>(d: D, appeal: Classified, at: string): Promise<D> {
    if (d.decision !== 'assigned') return d;
    await checkAssignees(db, d, at);
    return { ...d, timeLimitDays: await classifiedLimit(db, d, appeal, at) };
  }

  routes.add(
    {
      method: 'post',
      path: '/v1/meetings/:id/problems/assign',
      tag: 'meetings',
      summary: 'Sort the meeting’s problems before it (事前筹备): classify where asked and assign each to its lead, as the appeals’ own steps',
      roles: ['office'],
      body: assignProblemsSchema,
      responses: {
        200: 'the meeting, its problems with their leads and readiness',
        400: 'invalid input: not an appeal of this meeting, no classification where it has none, an unknown department, a limit the policy does not allow',
        404: 'no such meeting',
        409: 'an appeal’s state no longer allows the assignment',
      },
      answers: { 200: meetingShape },
    },
    async ({ res, caller, params, body: parseBody }) => {
      const s = await meetingOr404(params.id!, caller);
      const items = parseBody();
      const errors: FieldError[] = [];
      const plans = [];
      for (const [i, item] of items.entries()) {
        const at = `${i}.`;
        const appeal = s.appeals.some((a) => a.appealId === item.appealId) ? await findAppealState(db, item.appealId) : undefined;
        if (!appeal) errors.push({ field: `${at}appealId`, message: `${item.appealId} is not an appeal of this meeting` });
        else if (item.classification === undefined && item.timeLimitDays !== undefined)
          errors.push({ field: `${at}timeLimitDays`, message: 'comes with a classification' });
        else if (item.classification === undefined && appeal.classification === null)
          errors.push({ field: `${at}classification`, message: `appeal ${item.appealId} is not classified yet: give its classification` });
        else if (!isAllowed('classify', appeal, Date.now()))
          errors.push({ field: `${at}appealId`, message: `appeal ${item.appealId} is ${appeal.status}; it can no longer be assigned` });
        else {
          await checkAssignees(db, item, at);
          const { classification, timeLimitDays } = item;
          const classify =
            classification === undefined
              ? null
              : {
                  classification,
                  timeLimitDays: await classifiedLimit(
                    db,
                    { classification, timeLimitDays },
                    { kind: appeal.kind ?? 'problem', creditCode: appeal.enterprise.creditCode },
                    at,
                  ),
                };
          // Already led as asked (a repeated call): left as it is, since a re-assignment would count dueAt afresh.
          const same = appeal.leadDepartment === item.lead && [...appeal.coDepartments].sort().join() === [...(item.co ?? [])].sort().join();
          plans.push({ appealId: item.appealId, classify, assign: same ? null : { lead: item.lead, ...(item.co ? { co: item.co } : {}) } });
        }
      }
      if (errors.length > 0) throw badRequest(errors);
      for (const p of plans) {
        if (p.classify) await appeals.step(p.appealId, 'classify', { actor: caller, ...p.classify });
        if (p.assign) await appeals.step(p.appealId, 'assign', { actor: caller, ...p.assign });
      }
      res.json(await present(s.id, caller));
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/meetings/:id/appeals',
      tag: 'meetings',
      summary: 'Take existing open appeals into the meeting (a coordination meeting takes slow, supervised ones)',
      roles: ['office'],
      body: linkAppealsSchema,
      idempotencyKey: true,
      responses: stepResponses('the meeting'),
      answers: { 200: meetingShape },
    },
    async ({ caller, params, body: parseBody, once }) => {
      const s = await meetingOr404(params.id!, caller);
      const { appealIds } = parseBody();
      const errors: FieldError[] = [];
      const appeals: MeetingCommands['appeals']['appeals'] = [];
      for (const [i, id] of appealIds.entries()) {
        const appeal = await findAppealState(db, id);
        if (!appeal) errors.push({ field: `appealIds.${i}`, message: `no appeal ${id}` });
        else if (!isOpen(appeal.status)) errors.push({ field: `appealIds.${i}`, message: `appeal ${id} is ${appeal.status}; only open appeals are taken in` });
        else appeals.push({ appealId: id, receiptNumber: appeal.receiptNumber, creditCode: appeal.enterprise.creditCode });
      }
      if (errors.length > 0) throw badRequest(errors);
      await once(meetingWorkflowId(s.id), taking(s, caller, 'appeals', { actor: caller, appeals }));
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/meetings/:id/cancel',
      tag: 'meetings',
      summary: 'Cancel a meeting that has not been held',
      roles: ['office'],
      body: cancelMeetingSchema,
      idempotencyKey: true,
      responses: stepResponses('the cancelled meeting'),
      answers: { 200: meetingShape },
    },
    async ({ caller, params, body, once }) => {
      const s = await meetingOr404(params.id!, caller);
      await once(meetingWorkflowId(s.id), taking(s, caller, 'cancel', { actor: caller, ...body() }));
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/meetings/:id/report',
      tag: 'meetings',
      summary: 'The special report: the stored one once reported, else the figures as they stand',
      roles: ['office'],
      query: reportQuery,
      csv: true,
      responses: {
        200: '{invited, registered, attended, problemsRaised, collected, answeredOnTheSpot, assignedAtTable, absent, solved, inProgress, solveRate, byDepartment} (JSON, or CSV with Accept: text/csv)',
        404: 'no such meeting',
      },
      answers: { 200: meetingReportShape },
    },
    async ({ req, res, caller, params, query }) => {
      const s = await meetingOr404(params.id!, caller);
      const figures = (await specialReports(db, [s]))[0]!;
      await answer(res, wantsCsv(req), show.report(s, figures), {
        filename: `meeting-${s.id}`,
        columns: reportColumns(false),
        rows: reportRows(figures),
        format: query,
      });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/meeting-report',
      tag: 'meetings',
      summary: 'Figures over the meetings starting in a period (e.g. 130 meetings, 1466 problems, 1238 solved, 84.4%)',
      roles: ['office'],
      query: periodReportQuery,
      csv: true,
      responses: { 200: '{from, to, kind, meetings, invited, …, solveRate, byDepartment} (JSON, or CSV with Accept: text/csv)', 400: 'invalid query' },
      answers: { 200: periodReportShape },
    },
    async ({ req, res, query }) => {
      const range = rangeOf(query);
      const meetings = (
        await listMeetings(db, {
          ...(query.kind ? { kind: query.kind } : {}),
          ...(range.from ? { startsFrom: startOf(range.from) } : {}),
          ...(range.to ? { startsBefore: startOf(addDays(range.to, 1)) } : {}),
        })
      ).filter((m) => m.status !== 'cancelled');
      const figures = await combinedFigures(db, meetings);
      await answer(
        res,
        wantsCsv(req),
        { ...range, kind: query.kind ?? null, ...figures },
        { filename: 'meeting-report', columns: reportColumns(true), rows: reportRows(figures), format: query },
      );
    },
  );
}
