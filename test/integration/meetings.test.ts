import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSeries, recordMeetingEntry } from '../../db/meetings.js';
import { nthWorkingDayAfter } from '../../domain/calendar.js';
import { addDays, type IsoDate } from '../../domain/dates.js';
import { newMeeting, planMeeting, type MeetingState } from '../../domain/meeting.js';
import { SERIES_FIRING_WORKFLOW, meetingSearchAttributeKeys, meetingWorkflowId } from '../../workflows/meeting-messages.js';
import { appealWorkflowId } from '../../workflows/messages.js';
import { ExpectedCalendar, at, day, endOf, eventually, iso, lifecycle, ms, rules, tokensFor, type Tokens } from '../support/lifecycle.js';
import { keepHistory } from '../replay/fixtures.js';
import { seedLedger, type SeededAppeal } from '../support/ledger-seed.js';
import { firstSaturdayAfter, weekday } from '../support/meetings.js';
import { ADMIN, TIMEZONE, newCreditCode, startTestStack, type TestStack } from '../support/stack.js';

// Meetings (CONTRACT.md §6) under time skipping, with a real worker, Postgres and HTTP: the closed loop of a
// symposium from announcement to its special report and back to follow-up on a rebound, a coordination meeting
// over supervised appeals, cancellation, who may read which registration, a series' firing, and the seeds' figures.

let stack: TestStack;
let tokens: Tokens;
let L: ReturnType<typeof lifecycle>;
let office: string;
const expected = new ExpectedCalendar();
const R = rules(expected);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

beforeAll(async () => {
  stack = await startTestStack();
  tokens = await tokensFor(stack, ['fin', 'land']);
  L = lifecycle(stack, tokens);
  office = tokens.office;
});
afterAll(() => stack?.teardown());

/** The first Saturday at least `days` after the test server's now. */
async function saturdayAfter(days: number): Promise<IsoDate> {
  let d = day((await L.now()) + days * DAY);
  while (weekday(d) !== 6) d = addDays(d, 1);
  return d;
}

const company = (creditCode: string, name = '绵阳测试科技有限公司') => ({ name, creditCode, contact: { name: '李四', phone: '13900000000' } });
const problem = (title: string, category = 'financing') => ({ category, title, description: `${title}：企业反映的具体情况` });

async function createMeeting(fields: Record<string, unknown>) {
  const created = await stack.api('POST', '/v1/meetings', office, {
    kind: 'symposium',
    title: '民营企业面对面专题座谈会',
    theme: '破解融资难题',
    chair: '市长',
    location: '市政府第一会议室',
    ...fields,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

const meetingOf = async (id: string, token = office) => (await stack.api('GET', `/v1/meetings/${id}`, token)).body;

/** The meeting once `check` passes (timer firings and reviews reach the ledger just after their moment). */
const whenMeeting = (id: string, check: (m: Awaited<ReturnType<typeof meetingOf>>) => void) =>
  eventually(async () => {
    const m = await meetingOf(id);
    check(m);
    return m;
  }, 15_000);

/** A timeline event as the API writes it; `data` is its kind's own. */
interface TimelineEntry {
  kind: string;
  at: string;
  actor?: unknown;
  data: Record<string, unknown>;
}
/** A listed item (an appeal of the meeting, a problem, an inbox task…), read field by field. */
type Item = Record<string, unknown>;

const events = (m: { timeline: TimelineEntry[] }, kind: string): TimelineEntry[] => m.timeline.filter((e) => e.kind === kind);

async function notificationsOf(meetingId: string) {
  const rows = await stack.db.selectFrom('notifications').select(['kind', 'recipient', 'payload']).where('meeting_id', '=', meetingId).orderBy('seq').execute();
  return rows.map((r) => `${r.kind} → ${r.recipient}`);
}

/** Takes an appeal from registration to a satisfied closure. */
async function closeSatisfied(id: string, lead: string) {
  await L.step(id, 'classify', office, { classification: 'simple' });
  await L.step(id, 'assign', office, { lead });
  await L.step(id, 'accept', await tokens.dept(lead));
  await L.step(id, 'resolve', await tokens.dept(lead), { summary: '已办结' });
  return L.step(id, 'rating', office, { result: 'satisfied', method: 'phone' });
}

describe('a series’ firing (the Schedule itself runs on the dev server: meeting-series.test.ts)', () => {
  it('creating a series answers 503 here, where Temporal runs no Schedules; a bad recurrence is 400 first', async () => {
    const body = {
      kind: 'symposium',
      title: '政企恳谈会',
      theme: '营商环境',
      recurrence: 'first_weekend_monthly',
      startTime: '09:30',
      chair: '市长',
      location: '市政务中心',
    };
    const refused = await stack.api('POST', '/v1/meeting-series', office, body);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await stack.db.selectFrom('meeting_series').selectAll().execute()).toEqual([]);
    const bad = await stack.api('POST', '/v1/meeting-series', office, { ...body, recurrence: 'FREQ=DAILY' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'recurrence', message: 'FREQ must be WEEKLY or MONTHLY' }]);
  });

  it('opens the meeting of the next first Saturday and announces it 7 days before, at its start time', async () => {
    const now = await L.now();
    const seriesId = randomUUID();
    await insertSeries(stack.db, {
      id: seriesId,
      kind: 'symposium',
      title: '政商恳谈会',
      theme: '每月第一个周末',
      sector: null,
      recurrence: 'first_weekend_monthly',
      startTime: '09:30',
      announceDaysBefore: 7,
      chair: '市委书记',
      location: '市政务服务中心',
      anchor: day(now),
      status: 'active',
      upcoming: [],
    });
    const first = firstSaturdayAfter(now, '09:30');
    const startsAt = at(first, '09:30');
    const announceAt = at(addDays(first, -7), '09:30');

    // As the Schedule would start it; a plain client, so waiting for the result does not skip time.
    const client = new Client({ connection: stack.env.connection, dataConverter: stack.dataConverter });
    const meetingId = await client.workflow.execute(SERIES_FIRING_WORKFLOW, {
      workflowId: `meeting-series-${seriesId}-firing`,
      taskQueue: stack.taskQueue,
      args: [{ seriesId }],
    });
    expect(meetingId).toBe(`${seriesId}-${first}`);
    const m = await meetingOf(meetingId as string);
    expect(m).toMatchObject({
      seriesId,
      title: '政商恳谈会',
      startsAt: iso(startsAt),
      announceAt: iso(announceAt),
      registrationClosesAt: iso(endOf(addDays(first, -1))),
    });
    const series = await stack.db.selectFrom('meeting_series').select('upcoming').where('id', '=', seriesId).executeTakeFirstOrThrow();
    expect(series.upcoming.length).toBe(12);
    // The window starts with the next announcement still to come: this meeting's own, if it has not been made yet.
    if (announceAt > now) expect(series.upcoming[0]!.date).toBe(first);
    else expect(series.upcoming[0]!.date > first).toBe(true);

    if (announceAt > now) {
      expect(m.status).toBe('planned');
      await L.sleepUntil(announceAt + HOUR);
      const announced = await whenMeeting(meetingId as string, (x) => expect(x.status).toBe('announced'));
      expect(events(announced, 'announced')[0]!.at).toBe(iso(announceAt));
    } else {
      // Started inside its announcement week: announced at once.
      await whenMeeting(meetingId as string, (x) => expect(x.status).toBe('announced'));
    }
    // A second firing for the same meeting opens nothing new.
    const again = await client.workflow.execute(SERIES_FIRING_WORKFLOW, {
      workflowId: `meeting-series-${seriesId}-firing-2`,
      taskQueue: stack.taskQueue,
      args: [{ seriesId }],
    });
    expect(again).toBe(meetingId);
    expect((await stack.api('GET', `/v1/meetings?seriesId=${seriesId}`, office)).body.items).toHaveLength(1);
  });
});

describe('a symposium’s closed loop', () => {
  const [A, B, C, D, E, X] = [newCreditCode(), newCreditCode(), newCreditCode(), newCreditCode(), newCreditCode(), newCreditCode()];
  let id: string;
  let startsAt: number;
  let meetingDay: IsoDate;
  let appealIds: string[];
  // The appeal each registered problem became at registration (issue 19).
  const registeredAppeal: Record<string, string> = {};

  it('is planned with its announcement 7 days ahead and registration closing at the end of the day before', async () => {
    meetingDay = await saturdayAfter(12);
    startsAt = at(meetingDay, '09:30');
    const m = await createMeeting({ startsAt: iso(startsAt) });
    id = m.id;
    expect(m).toMatchObject({
      status: 'planned',
      kind: 'symposium',
      startsAt: iso(startsAt),
      announceAt: iso(at(addDays(meetingDay, -7), '09:30')),
      registrationClosesAt: `${addDays(meetingDay, -1)}T23:59:59.999+08:00`,
      invitations: [],
      registrations: [],
      appeals: [],
      figures: { invited: 0, registered: 0, attended: 0, problemsRaised: 0, solved: 0, inProgress: 0, solveRate: null, byDepartment: [] },
    });
    expect(events(m, 'planned')).toHaveLength(1);
    const described = await stack.env.client.workflow.getHandle(meetingWorkflowId(id)).describe();
    expect(described.typedSearchAttributes.get(meetingSearchAttributeKeys.status)).toBe('planned');

    const invited = await stack.api('POST', `/v1/meetings/${id}/invitations`, office, { creditCodes: [A, B, C] });
    expect(invited.status).toBe(200);
    expect(invited.body.invitations).toEqual([A, B, C]);
    // Not yet announced: an invited enterprise finds it listed; one that is not invited neither sees nor finds it.
    expect((await stack.api('GET', '/v1/meetings?status=planned', await tokens.enterprise(A))).body.items.map((x: { id: string }) => x.id)).toContain(id);
    const outsider = await tokens.enterprise(X);
    expect((await stack.api('GET', `/v1/meetings/${id}`, outsider)).status).toBe(404);
    expect((await stack.api('GET', '/v1/meetings', outsider)).body.items.map((x: { id: string }) => x.id)).not.toContain(id);
  });

  it('is announced 7 days before, to the office and the invited enterprises', async () => {
    const announceAt = at(addDays(meetingDay, -7), '09:30');
    await L.sleepUntil(announceAt + HOUR);
    const m = await whenMeeting(id, (x) => expect(x.status).toBe('announced'));
    expect(events(m, 'announced')[0]).toMatchObject({ at: iso(announceAt), data: { startsAt: iso(startsAt) } });
    expect(m.announcedAt).toBe(iso(announceAt));
    expect(await notificationsOf(id)).toEqual([
      'announced → office',
      `announced → enterprise:${A}`,
      `announced → enterprise:${B}`,
      `announced → enterprise:${C}`,
    ]);
    const outsider = await tokens.enterprise(X);
    const seen = await stack.api('GET', `/v1/meetings/${id}`, outsider);
    expect(seen.status).toBe(200);
    expect(seen.body.invitations).toEqual([]);
    expect(seen.body.timeline).toBeUndefined();
  });

  it('takes registrations until the day before: each problem is an appeal at once; registering again replaces', async () => {
    const tokenA = await tokens.enterprise(A);
    const tokenB = await tokens.enterprise(B);
    const register = (token: string, cc: string, problems: unknown[]) =>
      stack.api('POST', `/v1/meetings/${id}/registrations`, token, { enterprise: company(cc), problems });
    const first = await register(tokenA, A, [problem('贷款审批慢'), problem('担保费用高')]);
    expect(first.status).toBe(201);
    const [loan, guarantee] = first.body.registrations[0].appealIds as string[];
    // Collected = registered (issue 19): on the ledger now, the meeting's channel, its 1-2-3 clock from registration.
    for (const appealId of [loan!, guarantee!]) {
      const a = await L.get(appealId);
      const registeredAt = ms(a.registeredAt);
      expect(a).toMatchObject({
        meetingId: id,
        channel: 'symposium',
        status: 'registered',
        enterprise: { creditCode: A },
        deadlines: { assignBy: iso(R.counting(registeredAt, 2)), pathBy: iso(R.counting(registeredAt, 3)) },
      });
    }
    const again = await register(tokenA, A, [problem('贷款审批慢')]);
    expect(again.status).toBe(200);
    expect(again.body.registrations).toHaveLength(1);
    expect(again.body.registrations[0].problems).toHaveLength(1);
    // The same problem keeps its appeal; the one left out stays an appeal, which the enterprise withdraws with a reason.
    expect(again.body.registrations[0].appealIds).toEqual([loan]);
    expect(again.body.appeals.map((a: Item) => a.appealId)).toEqual([loan, guarantee]);
    expect((await L.step(guarantee!, 'withdraw', tokenA, { reason: '担保问题已与银行协商解决' })).status).toBe('withdrawn');
    const b = await register(tokenB, B, [problem('用地指标不足', 'land')]);
    expect(b.status).toBe(201);
    const d = await register(office, D, [problem('水电报装慢', 'utilities')]);
    expect(d.status).toBe(201);
    Object.assign(registeredAppeal, { loan, guarantee, land: b.body.registrations.at(-1).appealIds[0], utilities: d.body.registrations.at(-1).appealIds[0] });
    expect((await register(tokenA, B, [])).status).toBe(403);
    expect((await register(tokenA, A, [problem('x', 'no_such_category')])).body.errors).toEqual([
      { field: 'problems.0.category', message: 'unknown category no_such_category (see GET /v1/codes)' },
    ]);

    expect((await stack.api('GET', `/v1/meetings/${id}/registrations/${B}`, tokenA)).status).toBe(403);
    const own = await stack.api('GET', `/v1/meetings/${id}/registrations/${A}`, tokenA);
    expect(own.status).toBe(200);
    expect(own.body.enterprise.contact).toEqual({ name: '李四', phone: '13900000000' });
    expect(
      (await stack.api('GET', `/v1/meetings/${id}/registrations`, tokenA)).body.items.map(
        (r: { enterprise: { creditCode: string } }) => r.enterprise.creditCode,
      ),
    ).toEqual([A]);
    expect((await meetingOf(id, tokenA)).registrations.map((r: { enterprise: { creditCode: string } }) => r.enterprise.creditCode)).toEqual([A]);
    const all = await stack.api('GET', `/v1/meetings/${id}/registrations`, office);
    expect(all.body.items.map((r: { enterprise: { creditCode: string } }) => r.enterprise.creditCode)).toEqual([A, B, D]);
    const forDepartment = await stack.api('GET', `/v1/meetings/${id}/registrations/${A}`, await tokens.dept('fin'));
    expect(forDepartment.body.enterprise.contact).toBeUndefined();
  });

  it('closes registration at 23:59:59.999 of the day before; a later registration is 409', async () => {
    const closesAt = endOf(addDays(meetingDay, -1));
    await L.sleepUntil(closesAt + HOUR);
    const m = await whenMeeting(id, (x) => expect(x.status).toBe('registration_closed'));
    expect(events(m, 'registration_closed')[0]).toMatchObject({ at: iso(closesAt), data: { registered: 3 } });
    const late = await stack.api('POST', `/v1/meetings/${id}/registrations`, await tokens.enterprise(X), { enterprise: company(X) });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ currentStatus: 'registration_closed', allowedSteps: ['invitations', 'held', 'appeals', 'cancel'] });
  });

  it('held: problems raised there become appeals; an absent enterprise’s registered problems go on all the same', async () => {
    await L.sleepUntil(startsAt + 3 * HOUR);
    const heldAt = await L.now();
    const held = await stack.api('POST', `/v1/meetings/${id}/held`, office, {
      attendedCreditCodes: [A, B],
      minutes: '会议听取了企业反映的问题，明确了责任部门和办理时限。',
      problemsRaised: [{ enterprise: company(E, '绵阳新材料有限公司'), ...problem('厂区道路未硬化', 'land') }],
    });
    expect(held.status, JSON.stringify(held.body)).toBe(200);
    expect(held.body).toMatchObject({ status: 'follow_up', attended: [A, B, E] });
    const { loan, guarantee, land, utilities } = registeredAppeal;
    expect(held.body.appeals.map((a: Item) => [a.appealId, a.origin, a.absent])).toEqual([
      [loan, 'registered', false],
      [guarantee, 'registered', false],
      [land, 'registered', false],
      [utilities, 'registered', true],
      [expect.any(String), 'raised', false],
    ]);
    expect(ms(held.body.heldAt)).toBeGreaterThanOrEqual(heldAt);
    const raised = held.body.appeals[4].appealId;
    appealIds = [loan!, land!, utilities!, raised];

    const a = await L.get(raised);
    const registeredAt = ms(a.registeredAt);
    expect(registeredAt).toBeGreaterThanOrEqual(heldAt);
    expect(a).toMatchObject({
      meetingId: id,
      channel: 'symposium',
      status: 'registered',
      enterprise: { creditCode: E },
      deadlines: { assignBy: iso(R.counting(registeredAt, 2)), pathBy: iso(R.counting(registeredAt, 3)) },
    });
    const listed = await stack.api('GET', `/v1/appeals?meetingId=${id}`, office);
    expect(listed.body.items.map((x: Item) => x.id).sort()).toEqual([...appealIds, guarantee].sort());
    // Registered by an enterprise that did not come (D): its appeal goes on, and the meeting's timeline says why.
    expect(events(held.body, 'absent_problems')[0]!.data).toEqual({ creditCodes: [D], appeals: [{ appealId: utilities, receiptNumber: expect.any(String) }] });
    const goesOn = await L.get(utilities!);
    expect(goesOn.status).toBe('registered');
    // …and so does the appeal's own timeline, which its enterprise reads too.
    expect(goesOn.timeline.filter((e: TimelineEntry) => e.kind === 'meeting_noted').map((e: TimelineEntry) => e.data)).toEqual([
      { meetingId: id, what: 'absent' },
    ]);
    expect((await stack.api('POST', `/v1/meetings/${id}/held`, office, { attendedCreditCodes: [], minutes: '重复' })).status).toBe(409);
  });

  it('sends the office a progress digest every 5 working days while it follows up', async () => {
    const heldAt = ms((await meetingOf(id)).heldAt);
    const first = R.after(heldAt, 5);
    const second = endOf(nthWorkingDayAfter(expected.working, day(first), 5));
    await L.sleepUntil(second + HOUR);
    const m = await whenMeeting(id, (x) => expect(events(x, 'digest')).toHaveLength(2));
    expect(events(m, 'digest').map((e) => e.at)).toEqual([iso(first), iso(second)]);
    expect(events(m, 'digest')[0]!.data).toMatchObject({ open: 4, problemsRaised: 5, solved: 0, inProgress: 4 });
    expect(m.nextDigestAt).toBe(iso(endOf(nthWorkingDayAfter(expected.working, day(second), 5))));
    expect((await notificationsOf(id)).filter((n) => n.startsWith('digest'))).toEqual(['digest → office', 'digest → office']);
  });

  it('is reported, with its special report stored, once the last appeal closes', async () => {
    await closeSatisfied(appealIds[0]!, 'fin');
    await closeSatisfied(appealIds[1]!, 'land');
    // The absent enterprise's problem is followed to closure like the others.
    await closeSatisfied(appealIds[2]!, 'fin');
    await L.step(appealIds[3]!, 'withdraw', office, { reason: '企业已自行解决' });
    expect((await meetingOf(id)).status).toBe('follow_up');
    await L.sleepUntil((await L.now()) + DAY + HOUR);
    const m = await whenMeeting(id, (x) => expect(x.status).toBe('reported'));
    const figures = {
      invited: 3,
      registered: 3,
      attended: 3,
      problemsRaised: 5,
      // Issue 19: four registered ahead (one by the absent D), one raised there; nothing decided at this table.
      collected: 4,
      answeredOnTheSpot: 0,
      assignedAtTable: 0,
      absent: 1,
      solved: 3,
      inProgress: 0,
      solveRate: 60,
      byDepartment: [
        {
          department: 'fin',
          name: 'fin 局',
          problemsRaised: 2,
          collected: 2,
          answeredOnTheSpot: 0,
          assignedAtTable: 0,
          absent: 1,
          solved: 2,
          inProgress: 0,
          solveRate: 100,
        },
        {
          department: 'land',
          name: 'land 局',
          problemsRaised: 1,
          collected: 1,
          answeredOnTheSpot: 0,
          assignedAtTable: 0,
          absent: 0,
          solved: 1,
          inProgress: 0,
          solveRate: 100,
        },
        {
          department: null,
          name: null,
          problemsRaised: 2,
          collected: 1,
          answeredOnTheSpot: 0,
          assignedAtTable: 0,
          absent: 0,
          solved: 0,
          inProgress: 0,
          solveRate: 0,
        },
      ],
    };
    expect(m.figures).toEqual(figures);
    expect(events(m, 'reported')[0]!.data).toEqual(figures);
    const report = await stack.api('GET', `/v1/meetings/${id}/report`, office);
    expect(report.body).toEqual({
      meetingId: id,
      title: '民营企业面对面专题座谈会',
      kind: 'symposium',
      status: 'reported',
      startsAt: iso(startsAt),
      reportedAt: m.reportedAt,
      ...figures,
    });
    const csv = await stack.api('GET', `/v1/meetings/${id}/report?lang=zh`, office, undefined, { accept: 'text/csv' });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(String(csv.body).split('\r\n')).toEqual([
      '范围,牵头部门代码,名称,邀请企业数,报名企业数,参会企业数,收集问题数,会前征集问题数,现场答复数,现场交办数,未到会企业问题数,已解决,办理中,解决率(%)',
      'total,,合计,3,3,3,5,4,0,0,1,3,0,60',
      'department,fin,fin 局,,,,2,2,0,0,1,2,0,100',
      'department,land,land 局,,,,1,1,0,0,0,1,0,100',
      'department,,未交办,,,,2,1,0,0,0,0,0,0',
      '',
    ]);
    expect((await notificationsOf(id)).at(-1)).toBe('reported → office');
    expect((await stack.api('GET', `/v1/meetings/${id}/report`, await tokens.dept('fin'))).status).toBe(403);
  });

  it('goes back to follow-up when one of its appeals rebounds at a follow-up visit', async () => {
    const closed = await L.get(appealIds[0]!);
    const visit = closed.followUps[0];
    await L.sleepUntil(at(visit.scheduledFor, '09:00') + HOUR);
    await L.whenTimelineHas(appealIds[0]!, 'follow_up_due');
    await L.step(appealIds[0]!, 'follow-ups', office, { outcome: 'rebound', note: '问题反弹' });
    await L.sleepUntil((await L.now()) + DAY + HOUR);
    const m = await whenMeeting(id, (x) => expect(x.status).toBe('follow_up'));
    expect(events(m, 'follow_up_resumed')).toHaveLength(1);
    expect(m.figures).toMatchObject({ solved: 2, inProgress: 1 });
    // The stored report is the one written when it was reported; the report route now answers today's figures.
    expect((await stack.api('GET', `/v1/meetings/${id}/report`, office)).body).toMatchObject({ status: 'follow_up', solved: 2, inProgress: 1 });
    await keepHistory(stack.env.client.workflow.getHandle(meetingWorkflowId(id)), 'meeting-held-reported-reopened');
  });
});

describe('a coordination meeting', () => {
  it('takes in three supervised appeals, each on its timeline, and counts those solved after it', async () => {
    const appeals = [];
    for (let i = 0; i < 3; i++) {
      const { id } = await L.submit({ title: `久拖未决的问题 ${i + 1}` });
      await L.step(id, 'classify', office, { classification: 'general', timeLimitDays: 10 });
      await L.step(id, 'assign', office, { lead: 'fin' });
      await L.step(id, 'accept', await tokens.dept('fin'));
      const supervised = await L.step(id, 'supervision', office, { reason: '办理缓慢，挂牌督办' });
      expect(supervised.supervised).toBe(true);
      appeals.push(id);
    }
    const m = await createMeeting({ kind: 'coordination', title: '挂牌督办事项协调会', startsAt: iso(at(day((await L.now()) + 3 * DAY), '15:00')) });
    // Less than 7 days ahead: announced at once.
    await whenMeeting(m.id, (x) => expect(x.status).toBe('announced'));

    const unknown = await stack.api('POST', `/v1/meetings/${m.id}/appeals`, office, { appealIds: [appeals[0], 'no-such-appeal'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([{ field: 'appealIds.1', message: 'no appeal no-such-appeal' }]);
    const linked = await stack.api('POST', `/v1/meetings/${m.id}/appeals`, office, { appealIds: appeals });
    expect(linked.status).toBe(200);
    expect(linked.body.appeals.map((a: Item) => [a.appealId, a.origin])).toEqual(appeals.map((a) => [a, 'linked']));
    expect(events(linked.body, 'appeal_linked').map((e) => e.data.appealId)).toEqual(appeals);
    // Linking again changes nothing.
    expect((await stack.api('POST', `/v1/meetings/${m.id}/appeals`, office, { appealIds: [appeals[0]] })).body.appeals).toHaveLength(3);

    const held = await stack.api('POST', `/v1/meetings/${m.id}/held`, office, { attendedCreditCodes: [], minutes: '逐件研究，明确牵头部门和时限' });
    expect(held.body).toMatchObject({ status: 'follow_up', figures: { problemsRaised: 3, solved: 0, inProgress: 3 } });
    for (const a of appeals) expect((await L.get(a)).channel).toBe('service_window');

    await L.step(appeals[0]!, 'resolve', await tokens.dept('fin'), { summary: '协调会后办结' });
    await L.step(appeals[0]!, 'rating', office, { result: 'satisfied', method: 'visit' });
    const closedAppeal = await stack.api('POST', `/v1/meetings/${m.id}/appeals`, office, { appealIds: [appeals[0]] });
    expect(closedAppeal.body.errors[0].message).toMatch(/is closed; only open appeals/);
    expect((await stack.api('GET', `/v1/meetings/${m.id}/report`, office)).body).toMatchObject({
      problemsRaised: 3,
      solved: 1,
      inProgress: 2,
      solveRate: 33.3,
    });
  });
});

describe('cancellation', () => {
  it('cancels a meeting not yet held, tells the office and the registered enterprises, and refuses later steps', async () => {
    const cc = newCreditCode();
    const m = await createMeeting({ startsAt: iso(at(await saturdayAfter(10), '09:30')) });
    expect((await stack.api('POST', `/v1/meetings/${m.id}/registrations`, office, { enterprise: company(cc), problems: [problem('融资')] })).status).toBe(201);
    const cancelled = await stack.api('POST', `/v1/meetings/${m.id}/cancel`, office, { reason: '主持领导另有公务，改期举行' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: '主持领导另有公务，改期举行' });
    // The registered problem is an appeal already (issue 19): it goes on without the meeting, which names it.
    const [{ appealId }] = cancelled.body.appeals;
    expect(events(cancelled.body, 'cancelled')[0]!.data).toEqual({
      reason: '主持领导另有公务，改期举行',
      appealsGoOn: [{ appealId, receiptNumber: expect.any(String) }],
    });
    const noted = (await L.get(appealId)).timeline.filter((e: TimelineEntry) => e.kind === 'meeting_noted');
    expect(noted.map((e: TimelineEntry) => e.data)).toEqual([{ meetingId: m.id, what: 'cancelled', reason: '主持领导另有公务，改期举行' }]);
    await L.step(appealId, 'classify', office, { classification: 'simple' });
    expect((await L.step(appealId, 'assign', office, { lead: 'fin' })).status).toBe('assigned');
    await keepHistory(stack.env.client.workflow.getHandle(appealWorkflowId(appealId)), 'meeting-noted-cancelled');
    expect(await notificationsOf(m.id)).toEqual(['cancelled → office', `cancelled → enterprise:${cc}`]);
    await eventually(async () => expect((await stack.env.client.workflow.getHandle(meetingWorkflowId(m.id)).describe()).status.name).toBe('COMPLETED'));
    const late = await stack.api('POST', `/v1/meetings/${m.id}/held`, office, { attendedCreditCodes: [cc], minutes: '已取消' });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ currentStatus: 'cancelled', allowedSteps: [] });
    expect((await stack.api('POST', `/v1/meetings/${m.id}/cancel`, office, { reason: '再次' })).status).toBe(409);
    await keepHistory(stack.env.client.workflow.getHandle(meetingWorkflowId(m.id)), 'meeting-cancelled');
  });
});

describe('sorted before the meeting (issue 19: 事前筹备)', () => {
  it('assigns the meeting’s problems in bulk, lists each with its lead and readiness, and shows departments the meeting’s date', async () => {
    const startsAt = at(await saturdayAfter(10), '09:30');
    const m = await createMeeting({ startsAt: iso(startsAt) });
    const registered = await stack.api('POST', `/v1/meetings/${m.id}/registrations`, office, {
      enterprise: company(newCreditCode()),
      problems: [problem('科技贷款额度不足'), problem('厂房用地指标', 'land')],
    });
    const [loan, plot] = registered.body.registrations[0].appealIds as [string, string];
    expect((await meetingOf(m.id)).problems.map((p: Item) => [p.appealId, p.readiness, p.leadDepartment])).toEqual([
      [loan, 'unsorted', null],
      [plot, 'unsorted', null],
    ]);

    const assign = (body: unknown) => stack.api('POST', `/v1/meetings/${m.id}/problems/assign`, office, body);
    const refused = await assign([
      { appealId: loan, classification: 'general', timeLimitDays: 10, lead: 'fin', co: ['land'] },
      { appealId: plot, lead: 'land' },
      { appealId: 'elsewhere', lead: 'land' },
    ]);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { field: '1.classification', message: `appeal ${plot} is not classified yet: give its classification` },
      { field: '2.appealId', message: 'elsewhere is not an appeal of this meeting' },
    ]);
    expect((await L.get(loan)).status).toBe('registered');
    const sorted = await assign([
      { appealId: loan, classification: 'general', timeLimitDays: 10, lead: 'fin', co: ['land'] },
      { appealId: plot, classification: 'simple', lead: 'land' },
    ]);
    expect(sorted.status, JSON.stringify(sorted.body)).toBe(200);
    expect(sorted.body.problems).toEqual([
      {
        appealId: loan,
        title: '科技贷款额度不足',
        status: 'assigned',
        leadDepartment: 'fin',
        leadDepartmentName: 'fin 局',
        coDepartments: ['land'],
        readiness: 'awaiting_acceptance',
      },
      {
        appealId: plot,
        title: '厂房用地指标',
        status: 'assigned',
        leadDepartment: 'land',
        leadDepartmentName: 'land 局',
        coDepartments: [],
        readiness: 'awaiting_acceptance',
      },
    ]);

    const fin = await tokens.dept('fin');
    const inbox = (await stack.api('GET', '/v1/departments/fin/inbox', fin)).body.items.filter((i: Item) => i.appealId === loan);
    expect(inbox.map((i: Item) => i.task)).toEqual(['path', 'accept']);
    for (const item of inbox) expect(item.meeting).toEqual({ id: m.id, title: '民营企业面对面专题座谈会', status: m.status, startsAt: iso(startsAt) });

    await L.step(loan, 'accept', fin);
    await L.step(loan, 'path', fin, { message: '已对接三家银行，会上答复授信方案' });
    await L.step(plot, 'accept', await tokens.dept('land'));
    // Sent again as it stands: nothing is re-assigned, so the accepted appeal keeps its course.
    expect((await assign([{ appealId: loan, lead: 'fin', co: ['land'] }])).status).toBe(200);
    expect((await meetingOf(m.id)).problems.map((p: Item) => [p.status, p.readiness])).toEqual([
      ['in_progress', 'ready'],
      ['in_progress', 'preparing'],
    ]);
  });
});

describe('decided at the table (issue 19: 现场答疑、现场交办)', () => {
  it('answers one problem on the spot, assigns another with its limit, leaves a third to follow up, and assigns one raised there', async () => {
    const [P, Q] = [newCreditCode(), newCreditCode()];
    const startsAt = at(await saturdayAfter(10), '09:30');
    const m = await createMeeting({ startsAt: iso(startsAt) });
    const registered = await stack.api('POST', `/v1/meetings/${m.id}/registrations`, office, {
      enterprise: company(P),
      problems: [problem('贴息政策怎么申请', 'policy'), problem('贷款审批慢'), problem('用工招聘难', 'labour')],
    });
    const [asked, slow, hiring] = registered.body.registrations[0].appealIds as [string, string, string];
    const other = await stack.api('POST', `/v1/meetings/${m.id}/registrations`, office, {
      enterprise: company(Q),
      problems: [problem('电力增容', 'utilities')],
    });
    const [absent] = other.body.registrations[1].appealIds as [string];
    await L.sleepUntil(startsAt + 2 * HOUR);

    const held = (body: Record<string, unknown>) =>
      stack.api('POST', `/v1/meetings/${m.id}/held`, office, { attendedCreditCodes: [P], minutes: '现场答疑，现场交办', ...body });
    // Checked before anything is recorded: an appeal of another meeting, and a general limit the policy does not know.
    const wrong = await held({
      decisions: [
        { appealId: 'not-this-meetings', decision: 'follow_up' },
        { appealId: slow, decision: 'assigned', classification: 'general', timeLimitDays: 7, lead: 'fin' },
      ],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([{ field: 'decisions.0.appealId', message: 'not-this-meetings is not an appeal of this meeting' }]);
    const limit = await held({ decisions: [{ appealId: slow, decision: 'assigned', classification: 'general', timeLimitDays: 7, lead: 'fin' }] });
    expect(limit.body.errors).toEqual([{ field: 'decisions.0.timeLimitDays', message: 'must be one of 5, 10, 15' }]);

    const decided = await held({
      decisions: [
        { appealId: asked, decision: 'answered', text: '贴息政策可在绵企通申请，三个工作日内审核', basis: '市财政贴息办法第五条' },
        { appealId: slow, decision: 'assigned', classification: 'general', timeLimitDays: 10, lead: 'fin', co: ['land'] },
        { appealId: hiring, decision: 'follow_up' },
      ],
      problemsRaised: [{ enterprise: company(P), ...problem('厂区道路破损', 'land'), decision: 'assigned', classification: 'simple', lead: 'land' }],
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    const raised = decided.body.appeals.at(-1).appealId;
    expect(decided.body.appeals.map((a: Item) => [a.appealId, a.decision, a.absent])).toEqual([
      [asked, 'answered', false],
      [slow, 'assigned', false],
      [hiring, 'follow_up', false],
      [absent, null, true],
      [raised, 'assigned', false],
    ]);
    expect(events(decided.body, 'decided')[0]!.data).toEqual({ answered: [asked], assigned: [slow, raised], followUp: [hiring] });

    expect(await L.get(asked)).toMatchObject({ status: 'resolved', answeredOnTheSpot: true });
    const assigned = await L.get(slow);
    expect(assigned).toMatchObject({ status: 'assigned', classification: 'general', timeLimitDays: 10, leadDepartment: 'fin', coDepartments: ['land'] });
    expect(assigned.timeline.find((e: TimelineEntry) => e.kind === 'assigned')?.actor).toMatchObject({ role: 'office' });
    expect(await L.get(raised)).toMatchObject({ status: 'assigned', classification: 'simple', leadDepartment: 'land', channel: 'symposium' });
    expect(await L.get(hiring)).toMatchObject({ status: 'registered', leadDepartment: null });
    expect(await L.get(absent)).toMatchObject({ status: 'registered' });
    // The special report counts what was collected, decided at the table and left by the absent, per department.
    const report = (await stack.api('GET', `/v1/meetings/${m.id}/report`, office)).body;
    expect(report).toMatchObject({ problemsRaised: 5, collected: 4, answeredOnTheSpot: 1, assignedAtTable: 2, absent: 1, solved: 0, inProgress: 5 });
    expect(report.byDepartment.map((d: Item) => [d.department, d.problemsRaised, d.answeredOnTheSpot, d.assignedAtTable, d.absent])).toEqual([
      ['fin', 1, 0, 1, 0],
      ['land', 1, 0, 1, 0],
      [null, 3, 1, 0, 1],
    ]);
    await keepHistory(stack.env.client.workflow.getHandle(meetingWorkflowId(m.id)), 'meeting-decided-at-table');
  });
});

describe('a meeting’s problems waiting for it (policy meetingProblemsWaitForMeeting)', () => {
  it('counts the 1-2-3 clock of a problem registered ahead from the meeting’s start, not from its registration', async () => {
    const policy = (await stack.api('GET', '/v1/policy', office)).body;
    expect(policy.meetingProblemsWaitForMeeting).toBe(false);
    expect((await stack.api('PUT', '/v1/policy', ADMIN, { ...policy, meetingProblemsWaitForMeeting: true })).status).toBe(200);
    try {
      const startsAt = at(await saturdayAfter(10), '09:30');
      const m = await createMeeting({ startsAt: iso(startsAt) });
      const registered = await stack.api('POST', `/v1/meetings/${m.id}/registrations`, office, {
        enterprise: company(newCreditCode()),
        problems: [problem('贷款贴息未兑现')],
      });
      const a = await L.get(registered.body.registrations[0].appealIds[0]);
      expect(ms(a.registeredAt)).toBeLessThan(startsAt);
      expect(a.deadlines).toMatchObject({ assignBy: iso(R.counting(startsAt, 2)), pathBy: iso(R.counting(startsAt, 3)) });
      expect(a.timeline[0]).toMatchObject({ kind: 'registered', data: { clockFrom: iso(startsAt) } });
      // Withdrawn by the office with a reason, like any appeal.
      expect((await L.step(a.id, 'withdraw', office, { reason: '企业重复报名，已在其他渠道办理' })).status).toBe('withdrawn');
      await keepHistory(stack.env.client.workflow.getHandle(appealWorkflowId(a.id)), 'meeting-problem-waiting');
    } finally {
      await stack.api('PUT', '/v1/policy', ADMIN, policy);
    }
  });
});

describe('the seeds’ figures (004: 130 meetings, 2290 enterprises invited, 1466 problems, 1238 solved, 84.4%)', () => {
  it('are reproduced from a ledger seeded with those meetings and appeals', async () => {
    // 1238 solved (1200 satisfied, 38 unrated), 100 in progress, 80 closed by the office, 48 withdrawn: the bulletin
    // counted its unrated closures as solved, so the policy says so here (issue 20; by default they are not).
    const policy = (await stack.api('GET', '/v1/policy', ADMIN)).body;
    await stack.api('PUT', '/v1/policy', ADMIN, { ...policy, figures: { unratedCountsAsSolved: true, rounding: 0.1 } });
    const outcome = (i: number): Pick<SeededAppeal, 'status' | 'closure'> =>
      i < 1200
        ? { status: 'closed', closure: 'satisfied' }
        : i < 1238
          ? { status: 'closed', closure: 'unrated' }
          : i < 1338
            ? { status: 'in_progress' }
            : i < 1418
              ? { status: 'closed', closure: 'closed_by_office' }
              : { status: 'withdrawn' };
    const problemsOf = (m: number) => (m < 36 ? 12 : 11); // 36 × 12 + 94 × 11 = 1466
    const invitedOf = (m: number) => (m < 80 ? 18 : 17); // 80 × 18 + 50 × 17 = 2290
    const enterprise = company(newCreditCode());
    let next = 0;
    for (let m = 0; m < 130; m++) {
      const startsAt = Date.parse('2023-01-07T09:30:00+08:00') + m * 2 * DAY;
      const heldAt = startsAt + 3 * HOUR;
      const seeded = Array.from({ length: problemsOf(m) }, () => next++).map((i): SeededAppeal => ({
        ...outcome(i),
        registeredAt: heldAt,
        lead: i % 2 === 0 ? 'fin' : 'land',
        enterprise,
      }));
      const ids = await seedLedger(stack.db, seeded);
      const plan = planMeeting(
        {
          id: `seed-2023-${m}`,
          seriesId: null,
          kind: 'symposium',
          title: `专题座谈会 ${m + 1}`,
          theme: '企业诉求',
          sector: null,
          chair: '市领导',
          location: '绵阳',
          startsAt,
        },
        7,
        TIMEZONE,
      );
      const snapshot: MeetingState = {
        ...newMeeting(plan, startsAt - 10 * DAY),
        status: 'reported',
        announcedAt: plan.announceAt,
        heldAt,
        invitations: Array.from({ length: invitedOf(m) }, (_, k) => `seed-invitee-${m}-${k}`),
        appeals: ids.map((appealId) => ({ appealId, receiptNumber: appealId, creditCode: enterprise.creditCode, origin: 'registered' as const, at: heldAt })),
        seq: 1,
      };
      await recordMeetingEntry(stack.db, { snapshot, events: [], notifications: [] });
    }
    // Outside the period, or cancelled: not counted.
    const outside = { id: 'seed-2023-november', startsAt: Date.parse('2023-11-04T09:30:00+08:00') };
    const cancelled = { id: 'seed-2023-cancelled', startsAt: Date.parse('2023-06-03T09:30:00+08:00') };
    for (const [extra, status] of [
      [outside, 'planned'],
      [cancelled, 'cancelled'],
    ] as const) {
      const plan = planMeeting(
        { ...extra, seriesId: null, kind: 'symposium', title: '不计入', theme: '-', sector: null, chair: '-', location: '-' },
        7,
        TIMEZONE,
      );
      const state = {
        ...(await stack.db.selectFrom('meetings').select('state').where('id', '=', 'seed-2023-0').executeTakeFirstOrThrow()).state,
        ...plan,
        status,
        appeals: [],
      };
      await recordMeetingEntry(stack.db, { snapshot: state, events: [], notifications: [] });
    }

    const report = await stack.api('GET', '/v1/meeting-report?from=2023-01-01&to=2023-10-31', office);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({
      from: '2023-01-01',
      to: '2023-10-31',
      kind: null,
      meetings: 130,
      invited: 2290,
      problemsRaised: 1466,
      solved: 1238,
      inProgress: 100,
      solveRate: 84.4,
    });
    const byDepartment = report.body.byDepartment as { department: string; problemsRaised: number; solved: number }[];
    expect(byDepartment.map((d) => [d.department, d.problemsRaised, d.solved])).toEqual([
      ['fin', 733, 619],
      ['land', 733, 619],
    ]);
    const csv = await stack.api('GET', '/v1/meeting-report?from=2023-01-01&to=2023-10-31', office, undefined, { accept: 'text/csv' });
    expect(String(csv.body).split('\r\n')[1]).toBe('total,,合计,130,2290,0,0,1466,1466,0,0,0,1238,100,84.4');
    const one = await stack.api('GET', '/v1/meetings/seed-2023-0/report', office);
    expect(one.body).toMatchObject({ invited: 18, problemsRaised: 12, solved: 12, solveRate: 100 });
    expect((await stack.api('GET', '/v1/meeting-report?from=2023-10-31&to=2023-01-01', office)).status).toBe(400);
    // By default the 38 unrated closures are not solved: 1200 / 1466
    await stack.api('PUT', '/v1/policy', ADMIN, policy);
    expect((await stack.api('GET', '/v1/meeting-report?from=2023-01-01&to=2023-10-31', office)).body).toMatchObject({
      problemsRaised: 1466,
      solved: 1200,
      solveRate: 81.9,
    });

    // Published (结果公开) without a token: the reported meetings with their figures, and nothing of the enterprises.
    const published = await stack.api('GET', '/v1/public/meetings?from=2023-01-01&to=2023-12-31&limit=100');
    expect(published.status).toBe(200);
    expect(published.body.items).toHaveLength(100);
    expect(published.body.items[0]).toMatchObject({ id: 'seed-2023-129', kind: 'symposium', report: { problemsRaised: 11 } });
    expect(published.body.items.map((m: { id: string }) => m.id)).not.toContain('seed-2023-cancelled');
    const text = JSON.stringify(published.body);
    for (const secret of [enterprise.creditCode, enterprise.name, enterprise.contact.name, enterprise.contact.phone]) {
      expect(text).not.toContain(secret);
    }
  });
});
