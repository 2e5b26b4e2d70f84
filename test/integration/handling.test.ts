import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nthWorkingDayAfter } from '../../domain/calendar.js';
import { pdf, upload } from '../support/attachment-files.js';
import { ExpectedCalendar, at, day, endOf, eventually, iso, lifecycle, ms, rules, tokensFor, type Tokens } from '../support/lifecycle.js';
import { ADMIN, startTestStack, type TestStack } from '../support/stack.js';

// Issue 17's steps through the API under time skipping: a consultation answered at the window, the clock stopped
// while the enterprise supplies material (over a holiday week, to the exact day), material never supplied, a
// duplicate merged with its enterprise hearing and rating the main appeal, a second assignment after a
// dissatisfied rating, and the policy's cap on extensions. Expected deadlines come from the shipped calendar.

let stack: TestStack;
let tokens: Tokens;
let L: ReturnType<typeof lifecycle>;
let office: string;
const expected = new ExpectedCalendar();
const R = rules(expected);
const dept = (code: string) => tokens.dept(code);

beforeAll(async () => {
  stack = await startTestStack();
  tokens = await tokensFor(stack, ['fin', 'tax']);
  L = lifecycle(stack, tokens);
  office = tokens.office;
});
afterAll(() => stack?.teardown());

/** The text each of the appeal's notifications of `kind` was sent with, by recipient. */
async function messages(appealId: string, kind: string) {
  const rows = await stack.db
    .selectFrom('notifications')
    .select(['recipient', 'message'])
    .where('appeal_id', '=', appealId)
    .where('kind', '=', kind)
    .orderBy('seq')
    .execute();
  return rows.map((r) => [r.recipient, r.message]);
}

/** Classified complex (30 working days), assigned to `lead`, accepted and its path told: the appeal is in progress. */
async function inProgress(id: string, lead: string) {
  await L.step(id, 'classify', office, { classification: 'complex' });
  await L.step(id, 'assign', office, { lead });
  await L.step(id, 'accept', await dept(lead));
  return L.step(id, 'path', await dept(lead), { message: '已受理，正在协调' });
}

describe('kinds and answers on the spot', () => {
  it('a consultation answered at the window is resolved at once, the enterprise told the answer, and rated as any resolution', async () => {
    await L.toWorkingMorning(expected);
    const { id, appeal, enterprise } = await L.submit({ kind: 'consultation', title: '研发费用加计扣除政策咨询' });
    expect(appeal).toMatchObject({ kind: 'consultation', answeredOnTheSpot: false });
    const log = L.ledger(id);
    await log.expect(['registered', 'acknowledged', 'notified acknowledged → enterprise']);

    expect((await L.post(id, 'answer', await dept('fin'), { text: '可以' })).status).toBe(403);
    expect((await L.post(id, 'answer', office, { text: ' ' })).status).toBe(400);
    const t = await L.now();
    const answered = await L.step(id, 'answer', office, { text: '符合条件的研发费用按100%加计扣除', basis: '财政部 税务总局公告2023年第7号' });
    expect(answered).toMatchObject({ status: 'resolved', answeredOnTheSpot: true, leadDepartment: null, deadlines: { ratingBy: iso(R.after(t, 5)) } });
    await log.expect(['answered', 'notified answered → enterprise']);
    expect(L.lastEvent(answered, 'answered').data).toEqual({ text: '符合条件的研发费用按100%加计扣除', basis: '财政部 税务总局公告2023年第7号' });
    const [, text] = (await messages(id, 'answered'))[0]!;
    expect(text).toContain('已当场答复：符合条件的研发费用按100%加计扣除');

    // Answered once, it is not answered again, nor assigned.
    const again = await L.post(id, 'answer', office, { text: '再答' });
    expect(again.status).toBe(409);
    expect(again.body.allowedSteps).toEqual(expect.arrayContaining(['rating']));

    const rated = await L.step(id, 'rating', enterprise, { result: 'satisfied', method: 'online' });
    expect(rated).toMatchObject({ status: 'closed', closure: 'satisfied' });
    await L.history(id, 'answered-on-the-spot');
  });

  it('a consultation’s time limit is its kind’s, whatever its classification', async () => {
    const { id } = await L.submit({ kind: 'consultation' });
    const tooLong = await L.post(id, 'classify', office, { classification: 'general', timeLimitDays: 10 });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual([{ field: 'timeLimitDays', message: "a consultation's limit is at most 5" }]);
    expect(await L.step(id, 'classify', office, { classification: 'general' })).toMatchObject({ timeLimitDays: 5 });
  });

  it('lists filter and figures group by kind, counting answers on the spot', async () => {
    const suggestion = await L.submit({ kind: 'suggestion' });
    const list = await stack.api('GET', '/v1/appeals?kind=suggestion', office);
    expect(list.body.items.map((a: { id: string }) => a.id)).toContain(suggestion.id);
    expect(list.body.items.every((a: { kind: string }) => a.kind === 'suggestion')).toBe(true);
    const stats = await stack.api('GET', '/v1/stats?groupBy=kind', office);
    expect(stats.status).toBe(200);
    const consultation = stats.body.groups.find((g: { key: string }) => g.key === 'consultation');
    expect(consultation).toMatchObject({ label: '政策咨询', received: 2, answeredOnTheSpot: 1 });
    expect(stats.body.total.answeredOnTheSpot).toBe(1);
    const onlyConsultations = await stack.api('GET', '/v1/stats?groupBy=department&kind=consultation', office);
    expect(onlyConsultations.body.total.received).toBe(2);
  });
});

describe('the clock stops while the enterprise supplies material', () => {
  it('stopped over a holiday week, dueAt moves later by exactly the working days it stood still', async () => {
    // Thursday T; the week off is T+4 … T+10, Sunday T+3 an adjusted working day.
    const T = await L.holidayWeekAhead(expected);
    await L.sleepUntil(at(T(0), '09:00'));
    const { id, enterprise } = await L.submit();
    const started = await inProgress(id, 'fin');
    const dueBefore = ms(started.deadlines.dueAt);
    expect(started.deadlineChanges).toEqual([{ from: null, to: started.deadlines.dueAt, because: 'assigned', at: expect.any(String) }]);

    await L.sleepUntil(at(T(0), '10:00'));
    expect((await L.post(id, 'request-material', enterprise, { what: '近三年财务报表', timeLimitDays: 10 })).status).toBe(403);
    const requested = await L.step(id, 'request-material', await dept('fin'), { what: '近三年财务报表', timeLimitDays: 10 });
    const materialBy = R.after(at(T(0), '10:00'), 10);
    expect(requested).toMatchObject({
      status: 'awaiting_material',
      material: { what: '近三年财务报表', timeLimitDays: 10, materialBy: iso(materialBy), missed: false },
    });
    const log = L.ledger(id);
    await log.expect([
      'registered',
      'acknowledged',
      'notified acknowledged → enterprise',
      'classified',
      'assigned',
      'notified assigned → department:fin',
      'accepted',
      'path_reported',
      'notified path_reported → enterprise',
      'material_requested',
      'notified material_requested → enterprise',
    ]);
    const [, text] = (await messages(id, 'material_requested'))[0]!;
    expect(text).toContain('需补充材料：近三年财务报表');
    const [, month, date] = day(materialBy).split('-').map(Number);
    expect(text).toContain(`${month}月${date}日前`);
    expect((await L.post(id, 'resolve', await dept('fin'), { summary: '办结' })).status).toBe(409);

    // Supplied on Monday T+11, after the week off, at 11:00: Thursday T, Friday T+1 and the adjusted Sunday T+3
    // stood still; the day of supply does not count.
    const supplyDay = T(11);
    await L.sleepUntil(at(supplyDay, '11:00'));
    const other = await tokens.enterprise((await L.submit()).cc);
    expect((await L.post(id, 'material', other, { text: '已补' })).status).toBe(403);
    const statements = await upload(stack, id, enterprise, pdf('statements'), '财务报表.pdf');
    expect(statements.status).toBe(201);
    const unknown = await L.post(id, 'material', enterprise, { text: '已上传财务报表', attachments: ['no-such-file'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('attachments.0');
    const resumed = await L.step(id, 'material', enterprise, { text: '已上传财务报表', attachments: [statements.body.id] });
    const stopped = 3;
    const dueAfter = endOf(nthWorkingDayAfter(expected.working, day(dueBefore), stopped));
    expect(resumed).toMatchObject({ status: 'in_progress', deadlines: { dueAt: iso(dueAfter) } });
    expect(resumed.deadlineChanges.at(-1)).toEqual({
      from: iso(dueBefore),
      to: iso(dueAfter),
      because: 'material',
      workingDays: stopped,
      at: expect.stringMatching(new RegExp(`^${supplyDay}T11:00`)),
    });
    await log.expect(['material_supplied', 'notified material_supplied → department:fin']);
    expect(L.lastEvent(resumed, 'material_supplied').data).toMatchObject({
      workingDaysStopped: stopped,
      dueAt: iso(dueAfter),
      attachments: [statements.body.id],
    });
    // The lead reads what the enterprise supplied.
    expect((await stack.api('GET', `/v1/appeals/${id}/attachments/${statements.body.id}`, await dept('fin'))).status).toBe(200);

    // The warning re-arms for the new dueAt: the working day before it, at the policy's time.
    await L.sleepUntil(R.warningFor(dueAfter) + 60_000);
    const warned = await L.whenTimelineHas(id, 'warning');
    expect(L.lastEvent(warned, 'warning').data).toEqual({ dueAt: iso(dueAfter) });
    await L.history(id, 'material-paused');
  });

  it('material not supplied in time: material_missed to lead and office, and the lead closes it as no_material', async () => {
    await L.toWorkingMorning(expected);
    const { id, enterprise } = await L.submit();
    await inProgress(id, 'fin');
    const t = await L.now();
    await L.step(id, 'request-material', await dept('fin'), { what: '营业执照副本', timeLimitDays: 1 });
    expect((await L.post(id, 'close', await dept('fin'), { reason: '未补正' })).status).toBe(409);
    await L.sleepUntil(R.after(t, 1) + 60_000);
    const missed = await L.whenTimelineHas(id, 'material_missed');
    expect(missed).toMatchObject({ status: 'awaiting_material', material: { missed: true } });
    const lines = missed.timeline
      .filter((e: { kind: string }) => e.kind === 'notified')
      .map((e: { data: { notification: string; recipient: { kind: string } } }) => `${e.data.notification} → ${e.data.recipient.kind}`);
    expect(lines).toEqual(expect.arrayContaining(['material_missed → department', 'material_missed → office']));
    expect((await L.post(id, 'close', await dept('tax'), { reason: '未补正' })).status).toBe(403);
    const closed = await L.step(id, 'close', await dept('fin'), { reason: '企业逾期未补正材料' });
    expect(closed).toMatchObject({ status: 'closed', closure: 'no_material', closureReason: '企业逾期未补正材料' });
    expect((await L.get(id, enterprise)).closure).toBe('no_material');
    await L.history(id, 'material-missed');
  });

  it('after material_missed the office may resume it instead', async () => {
    await L.toWorkingMorning(expected);
    const { id } = await L.submit();
    await inProgress(id, 'fin');
    const t = await L.now();
    await L.step(id, 'request-material', await dept('fin'), { what: '营业执照副本', timeLimitDays: 1 });
    await L.sleepUntil(R.after(t, 1) + 60_000);
    await L.whenTimelineHas(id, 'material_missed');
    expect(await L.step(id, 'material', office, { text: '企业已现场补交' })).toMatchObject({ status: 'in_progress' });
  });
});

describe('duplicates merged (并单)', () => {
  it('the duplicate closes merged; its enterprise and submitter hear the main appeal’s answers and rate it; figures count the main once', async () => {
    await L.toWorkingMorning(expected);
    const main = await L.submit();
    const duplicate = await L.submit({ submitter: { kind: 'deputy', name: '李代表', phone: '13955556666' } });
    expect((await L.post(duplicate.id, 'merge', office, { into: duplicate.id, reason: '同一问题' })).status).toBe(400);
    expect((await L.post(duplicate.id, 'merge', office, { into: 'no-such-appeal', reason: '同一问题' })).status).toBe(400);
    expect((await L.post(duplicate.id, 'merge', await dept('fin'), { into: main.id, reason: '同一问题' })).status).toBe(403);

    const merged = await L.step(duplicate.id, 'merge', office, { into: main.id, reason: '同一企业群体反映同一贷款问题' });
    expect(merged).toMatchObject({ status: 'closed', closure: 'merged', mergedInto: main.id, followUps: [] });
    const dupLog = L.ledger(duplicate.id);
    await dupLog.expect([
      'registered',
      'acknowledged',
      'notified acknowledged → enterprise',
      'notified acknowledged → submitter',
      'merged',
      'closed',
      'notified merged → enterprise',
      'notified merged → submitter',
    ]);
    const mainAppeal = await L.get(main.id);
    expect(mainAppeal.followers).toEqual([
      {
        appealId: duplicate.id,
        receiptNumber: duplicate.appeal.receiptNumber,
        creditCode: duplicate.cc,
        phones: ['13800000000', '13955556666'],
        at: expect.any(String),
      },
    ]);
    expect((await L.get(main.id, main.enterprise)).followers).toBeUndefined();
    // Merged once, its workflow is done: nothing follows up on a duplicate.
    await eventually(async () => expect((await L.describeWorkflow(duplicate.id)).status.name).toBe('COMPLETED'));
    // Nor is a duplicate's duplicate taken.
    const third = await L.submit();
    expect((await L.post(third.id, 'merge', office, { into: duplicate.id, reason: '同一问题' })).status).toBe(400);
    // An appeal already resolved is not merged, and the main appeal never takes it as a follower.
    const answered = await L.submit();
    await L.step(answered.id, 'answer', office, { text: '已当场答复' });
    const late = await L.post(answered.id, 'merge', office, { into: main.id, reason: '同一问题' });
    expect(late.status).toBe(409);
    expect(late.body.currentStatus).toBe('resolved');
    expect((await L.get(main.id)).followers).toHaveLength(1);

    await inProgress(main.id, 'fin');
    await L.step(main.id, 'resolve', await dept('fin'), { summary: '银行已放款' });
    const resolvedTo = (await messages(main.id, 'resolved')).map(([recipient]) => recipient);
    expect(resolvedTo).toEqual(['enterprise', 'office', `follower:${duplicate.id}:13800000000`, `follower:${duplicate.id}:13955556666`]);

    // The duplicate's enterprise rates the main appeal: recorded, deciding nothing.
    const followerRating = await L.step(main.id, 'rating', duplicate.enterprise, { result: 'dissatisfied', method: 'online', comment: '还没到账' });
    expect(followerRating).toMatchObject({ status: 'resolved' });
    expect((await L.post(main.id, 'rating', duplicate.enterprise, { result: 'satisfied', method: 'online' })).status).toBe(409);
    expect((await L.get(main.id)).followers[0].rating).toMatchObject({ result: 'dissatisfied', comment: '还没到账' });
    // Each enterprise reads only its own appeal's ratings.
    expect((await L.get(main.id, main.enterprise)).timeline.filter((e: { kind: string }) => e.kind === 'rated')).toEqual([]);
    const closed = await L.step(main.id, 'rating', main.enterprise, { result: 'satisfied', method: 'online' });
    expect(closed).toMatchObject({ status: 'closed', closure: 'satisfied' });

    const stats = await stack.api('GET', '/v1/stats?groupBy=department', office);
    expect(stats.body.total.merged).toBeGreaterThanOrEqual(1);
    await L.history(main.id, 'merged-main');
    await L.history(duplicate.id, 'merged-duplicate');
  });
});

describe('a second assignment without waiting forever', () => {
  it('in awaiting_explanation the office reassigns to another department: a new round, assigned', async () => {
    await L.toWorkingMorning(expected);
    const { id, enterprise } = await L.submit();
    await inProgress(id, 'fin');
    await L.step(id, 'resolve', await dept('fin'), { summary: '已答复' });
    await L.step(id, 'rating', enterprise, { result: 'dissatisfied', method: 'online' });
    expect((await L.post(id, 'reassign', await dept('fin'), { lead: 'tax', reason: '职能不符' })).status).toBe(403);
    expect((await L.post(id, 'reassign', office, { lead: 'nobody', reason: '职能不符' })).status).toBe(400);
    const t = await L.now();
    const reassigned = await L.step(id, 'reassign', office, { lead: 'tax', reason: '税费问题应由税务部门办理' });
    expect(reassigned).toMatchObject({ status: 'assigned', round: 2, leadDepartment: 'tax', deadlines: { dueAt: iso(R.after(t, 30)), explanationBy: null } });
    const events = reassigned.timeline.map((e: { kind: string }) => e.kind);
    expect(events.slice(events.lastIndexOf('reassigned'))).toEqual(['reassigned', 'assigned', 'notified']);
    expect(L.lastEvent(reassigned, 'reassigned').data).toEqual({ from: 'fin', lead: 'tax', co: [], reason: '税费问题应由税务部门办理' });
    expect((await L.post(id, 'explanation', await dept('fin'), { text: '迟到的说明' })).status).toBe(403);
    await L.history(id, 'reassigned');
  });
});

describe('extensions capped by policy', () => {
  it('at most maxExtensions granted, and maxExtensionDays working days in all', async () => {
    await L.toWorkingMorning(expected);
    const { id } = await L.submit();
    await inProgress(id, 'fin');
    const fin = await dept('fin');
    for (const days of [10, 10]) {
      await L.step(id, 'extension', fin, { workingDays: days, reason: '需第三方评估' });
      await L.step(id, 'extension/decision', office, { approve: true });
    }
    const third = await L.post(id, 'extension', fin, { workingDays: 1, reason: '再延' });
    expect(third.status).toBe(409);
    expect(third.body.detail).toMatch(/allows 2 extensions/);
    const { body: policy } = await stack.api('GET', '/v1/policy', ADMIN);
    await stack.api('PUT', '/v1/policy', ADMIN, { ...policy, maxExtensions: 3 });
    try {
      const tooMany = await L.post(id, 'extension', fin, { workingDays: 11, reason: '再延' });
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.errors[0].field).toBe('workingDays');
      await L.step(id, 'extension', fin, { workingDays: 10, reason: '最后一次' });
    } finally {
      await stack.api('PUT', '/v1/policy', ADMIN, policy);
    }
    const appeal = await L.get(id);
    expect(appeal.deadlineChanges.filter((c: { because: string }) => c.because === 'extension').map((c: { workingDays: number }) => c.workingDays)).toEqual([
      10, 10,
    ]);
  });
});
