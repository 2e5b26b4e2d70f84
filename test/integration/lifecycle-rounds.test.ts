import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchAttributeKeys } from '../../workflows/search-attributes.js';
import { ExpectedCalendar, iso, lifecycle, ms, rules, tokensFor, type Tokens } from '../support/lifecycle.js';
import { startTestStack, type TestStack } from '../support/stack.js';

// The appeal's steps with no deadline passing: both happy paths, a return, extensions, second rounds and their
// closures, withdrawal, and steps refused for the wrong role or the wrong state. Every expected deadline is
// computed from the test server's clock at the step, with the shipped calendar (CONTRACT.md §4).

let stack: TestStack;
let tokens: Tokens;
let L: ReturnType<typeof lifecycle>;
let office: string;
const expected = new ExpectedCalendar();
const R = rules(expected);
const dept = (code: string) => tokens.dept(code);

beforeAll(async () => {
  stack = await startTestStack();
  tokens = await tokensFor(stack, ['fin', 'tax', 'env']);
  L = lifecycle(stack, tokens);
  office = tokens.office;
});
afterAll(() => stack?.teardown());

const noDeadlines = { assignBy: null, pathBy: null, dueAt: null, ratingBy: null, explanationBy: null, reportBy: null };

/** Classified general with `days`, assigned to `lead`, accepted and resolved: the appeal awaits its rating. */
async function toResolved(id: string, lead: string, log: ReturnType<typeof L.ledger>, classify = true) {
  if (classify) {
    await L.step(id, 'classify', office, { classification: 'general', timeLimitDays: 5 });
    await log.expect(['classified']);
  }
  await L.step(id, 'assign', office, { lead });
  await log.expect(['assigned', `notified assigned → department:${lead}`]);
  await L.step(id, 'accept', await dept(lead));
  await L.step(id, 'path', await dept(lead), { message: '已受理，正在协调' });
  const t = await L.now();
  const resolved = await L.step(id, 'resolve', await dept(lead), { summary: '已协调解决' });
  expect(resolved.deadlines.ratingBy).toBe(iso(R.after(t, 5)));
  await log.expect([
    'accepted',
    'path_reported',
    'notified path_reported → enterprise',
    'resolved',
    'notified resolved → enterprise',
    'notified resolved → office',
  ]);
  return resolved;
}

describe('happy paths', () => {
  it('simple: registered → classified → assigned → accepted → path → progress → resolved → rated satisfied → closed', async () => {
    await L.toWorkingMorning(expected);
    const { id, registeredAt, appeal, enterprise } = await L.submit();
    const log = L.ledger(id);
    expect(appeal).toMatchObject({
      status: 'registered',
      round: 1,
      classification: null,
      timeLimitDays: null,
      leadDepartment: null,
      overdue: false,
      supervised: false,
      closure: null,
      deadlines: { ...noDeadlines, assignBy: iso(R.counting(registeredAt, 2)), pathBy: iso(R.counting(registeredAt, 3)) },
    });
    expect(L.lastEvent(appeal, 'acknowledged').data).toEqual({ receiptNumber: appeal.receiptNumber });
    await log.expect(['registered', 'acknowledged', 'notified acknowledged → enterprise']);

    let a = await L.step(id, 'classify', office, { classification: 'simple' });
    expect(a).toMatchObject({ status: 'registered', classification: 'simple', timeLimitDays: 1 });
    await log.expect(['classified']);

    let t = await L.now();
    a = await L.step(id, 'assign', office, { lead: 'fin', co: ['tax'] });
    const dueAt = R.after(t, 1);
    expect(a).toMatchObject({
      status: 'assigned',
      leadDepartment: 'fin',
      coDepartments: ['tax'],
      deadlines: { assignBy: appeal.deadlines.assignBy, pathBy: appeal.deadlines.pathBy, dueAt: iso(dueAt), ratingBy: null, reportBy: null },
    });
    expect(L.lastEvent(a, 'assigned')).toMatchObject({ round: 1, actor: { role: 'office' }, data: { lead: 'fin', co: ['tax'], dueAt: iso(dueAt) } });
    await log.expect(['assigned', 'notified assigned → department:fin', 'notified assigned → department:tax']);
    const notice = await stack.db.selectFrom('notifications').select(['deadline']).where('appeal_id', '=', id).where('kind', '=', 'assigned').execute();
    expect(notice.map((n) => n.deadline?.getTime())).toEqual([dueAt, dueAt]);

    a = await L.step(id, 'accept', await dept('fin'));
    expect(a.status).toBe('in_progress');
    expect(L.lastEvent(a, 'accepted').actor).toEqual({ role: 'department', department: 'fin' });
    await log.expect(['accepted']);

    await L.step(id, 'path', await dept('fin'), { message: '三个工作日内协调银行答复' });
    await log.expect(['path_reported', 'notified path_reported → enterprise']);
    a = await L.step(id, 'progress', await dept('tax'), { message: '协办部门已提供材料' });
    expect(L.lastEvent(a, 'progress_reported').actor).toEqual({ role: 'department', department: 'tax' });
    await log.expect(['progress_reported']);

    t = await L.now();
    a = await L.step(id, 'resolve', await dept('fin'), { summary: '银行已放款' });
    expect(a).toMatchObject({ status: 'resolved', deadlines: { dueAt: iso(dueAt), ratingBy: iso(R.after(t, 5)), reportBy: null } });
    // The co-department reported progress but gave no part of its own, which was not due yet.
    expect(L.lastEvent(a, 'resolved').data).toEqual({ summary: '银行已放款', onTime: true, contributions: [{ department: 'tax', missed: false }] });
    await log.expect(['resolved', 'notified resolved → enterprise', 'notified resolved → office']);

    a = await L.step(id, 'rating', enterprise, { result: 'satisfied', method: 'online', comment: '很满意' });
    const closedAt = ms(a.closedAt);
    expect(closedAt).toBeGreaterThanOrEqual(t);
    expect(a).toMatchObject({
      status: 'closed',
      closure: 'satisfied',
      closureReason: null,
      deadlines: { ratingBy: null, explanationBy: null, reportBy: null },
      ratings: [{ round: 1, result: 'satisfied', method: 'online', comment: '很满意', at: a.closedAt }],
    });
    expect(a.followUps).toEqual(R.followUps(closedAt).map(({ announceAt: _, ...f }) => ({ ...f, outcome: 'pending' })));
    await log.expect(['rated', 'closed', 'notified closed → enterprise', 'notified closed → department:fin']);

    const attributes = (await L.describeWorkflow(id)).typedSearchAttributes;
    expect(attributes.get(searchAttributeKeys.status)).toBe('closed');
    expect(attributes.get(searchAttributeKeys.leadDepartment)).toBe('fin');
    expect(attributes.get(searchAttributeKeys.dueAt)?.getTime()).toBe(dueAt);
  });

  it('general: a 5-day limit, reclassified to 15 after assignment (dueAt recounted from the assignment day), rated by phone', async () => {
    await L.toWorkingMorning(expected);
    const { id } = await L.submit();
    const log = L.ledger(id);
    await log.expect(['registered', 'acknowledged', 'notified acknowledged → enterprise']);

    let a = await L.step(id, 'classify', office, { classification: 'general', timeLimitDays: 5 });
    expect(a).toMatchObject({ classification: 'general', timeLimitDays: 5, deadlines: { dueAt: null } });
    const assignedAt = await L.now();
    a = await L.step(id, 'assign', office, { lead: 'env' });
    expect(a.deadlines.dueAt).toBe(iso(R.after(assignedAt, 5)));
    await log.expect(['classified', 'assigned', 'notified assigned → department:env']);

    await L.step(id, 'accept', await dept('env'));
    await L.step(id, 'classify', office, { classification: 'general', timeLimitDays: 15 });
    a = await L.get(id);
    expect(a).toMatchObject({ status: 'in_progress', timeLimitDays: 15, deadlines: { dueAt: iso(R.after(assignedAt, 15)) } });
    expect((await L.describeWorkflow(id)).typedSearchAttributes.get(searchAttributeKeys.dueAt)?.getTime()).toBe(R.after(assignedAt, 15));
    await log.expect(['accepted', 'classified']);

    await L.step(id, 'path', await dept('env'), { message: '正在办理' });
    const t = await L.now();
    a = await L.step(id, 'resolve', await dept('env'), { summary: '已办结' });
    expect(a.deadlines).toMatchObject({ dueAt: iso(R.after(assignedAt, 15)), ratingBy: iso(R.after(t, 5)) });
    a = await L.step(id, 'rating', office, { result: 'basically_satisfied', method: 'phone' });
    expect(a).toMatchObject({ status: 'closed', closure: 'satisfied', ratings: [{ round: 1, result: 'basically_satisfied', method: 'phone' }] });
    expect(a.followUps).toHaveLength(4);
    await log.expect([
      'path_reported',
      'notified path_reported → enterprise',
      'resolved',
      'notified resolved → enterprise',
      'notified resolved → office',
      'rated',
      'closed',
      'notified closed → enterprise',
      'notified closed → department:env',
    ]);
  });
});

describe('returned and re-assigned', () => {
  it('a return clears the lead and dueAt, counts assignBy afresh and keeps pathBy; re-assignment counts dueAt from its own day', async () => {
    await L.toWorkingMorning(expected);
    const { id, registeredAt } = await L.submit();
    const log = L.ledger(id);
    await log.expect(['registered', 'acknowledged', 'notified acknowledged → enterprise']);
    await L.step(id, 'classify', office, { classification: 'general', timeLimitDays: 10 });
    await L.step(id, 'assign', office, { lead: 'fin', co: ['env'] });
    await log.expect(['classified', 'assigned', 'notified assigned → department:fin', 'notified assigned → department:env']);

    let t = await L.now();
    let a = await L.step(id, 'return', await dept('fin'), { reason: '不属于本部门职责' });
    expect(a).toMatchObject({
      status: 'registered',
      round: 1,
      leadDepartment: null,
      coDepartments: [],
      deadlines: { assignBy: iso(R.after(t, 1)), pathBy: iso(R.counting(registeredAt, 3)), dueAt: null, reportBy: null },
    });
    expect(L.lastEvent(a, 'returned').data).toEqual({ reason: '不属于本部门职责', department: 'fin' });
    await log.expect(['returned', 'notified returned → office']);
    const returned = await stack.db
      .selectFrom('notifications')
      .select('deadline')
      .where('appeal_id', '=', id)
      .where('kind', '=', 'returned')
      .executeTakeFirstOrThrow();
    expect(returned.deadline?.getTime()).toBe(R.after(t, 1));

    // No longer the lead: fin cannot act on it (403 before any state check).
    expect((await L.post(id, 'accept', await dept('fin'))).status).toBe(403);

    t = await L.now();
    a = await L.step(id, 'assign', office, { lead: 'tax' });
    expect(a).toMatchObject({ status: 'assigned', leadDepartment: 'tax', deadlines: { dueAt: iso(R.after(t, 10)) } });
    await log.expect(['assigned', 'notified assigned → department:tax']);
    await L.step(id, 'accept', await dept('tax'));

    t = await L.now();
    a = await L.step(id, 'assign', office, { lead: 'env', co: ['tax'] });
    expect(a).toMatchObject({ status: 'assigned', leadDepartment: 'env', coDepartments: ['tax'], deadlines: { dueAt: iso(R.after(t, 10)) } });
    await log.expect(['accepted', 'assigned', 'notified assigned → department:env', 'notified assigned → department:tax']);
    expect((await L.post(id, 'resolve', await dept('tax'), { summary: '越权' })).status).toBe(403);
    await L.step(id, 'accept', await dept('env'));
    expect((await L.get(id)).status).toBe('in_progress');
    await log.expect(['accepted']);
  });
});

describe('extensions', () => {
  it('an approved extension moves dueAt by its working days; a denied one leaves it; a pending one lapses at resolve', async () => {
    await L.toWorkingMorning(expected);
    const { id } = await L.submit();
    const log = L.ledger(id);
    await L.step(id, 'classify', office, { classification: 'general', timeLimitDays: 5 });
    const t = await L.now();
    await L.step(id, 'assign', office, { lead: 'fin' });
    const dueAt = R.after(t, 5);
    await L.step(id, 'accept', await dept('fin'));
    await log.expect([
      'registered',
      'acknowledged',
      'notified acknowledged → enterprise',
      'classified',
      'assigned',
      'notified assigned → department:fin',
      'accepted',
    ]);

    let a = await L.step(id, 'extension', await dept('fin'), { workingDays: 3, reason: '需省级部门会签' });
    expect(a.extensions).toEqual([{ workingDays: 3, reason: '需省级部门会签', requestedAt: expect.any(String), decision: 'pending' }]);
    expect(a.deadlines.dueAt).toBe(iso(dueAt));
    await log.expect(['extension_requested', 'notified extension_requested → office']);

    const second = await L.post(id, 'extension', await dept('fin'), { workingDays: 1, reason: '再延' });
    expect(second.status).toBe(409);
    expect(second.body.allowedSteps).not.toContain('extension');
    expect(second.body.allowedSteps).toContain('extension/decision');
    await log.expectNothing();

    a = await L.step(id, 'extension/decision', office, { approve: true, note: '同意' });
    const extended = R.after(dueAt, 3);
    expect(a.deadlines.dueAt).toBe(iso(extended));
    expect(a.extensions[0]).toMatchObject({ workingDays: 3, decision: 'approved', note: '同意', decidedAt: expect.any(String) });
    expect(L.lastEvent(a, 'extension_approved').data).toMatchObject({ workingDays: 3, dueAt: iso(extended) });
    await log.expect(['extension_approved', 'notified extension_approved → department:fin']);
    expect((await L.describeWorkflow(id)).typedSearchAttributes.get(searchAttributeKeys.dueAt)?.getTime()).toBe(extended);

    await L.step(id, 'extension', await dept('fin'), { workingDays: 2, reason: '材料未齐' });
    a = await L.step(id, 'extension/decision', office, { approve: false, note: '不予延期' });
    expect(a.deadlines.dueAt).toBe(iso(extended));
    expect(a.extensions[1]).toMatchObject({ workingDays: 2, decision: 'denied', note: '不予延期' });
    await log.expect(['extension_requested', 'notified extension_requested → office', 'extension_denied', 'notified extension_denied → department:fin']);
    expect((await L.post(id, 'extension/decision', office, { approve: true })).status).toBe(409);

    await L.step(id, 'extension', await dept('fin'), { workingDays: 4, reason: '再申请' });
    a = await L.step(id, 'resolve', await dept('fin'), { summary: '提前办结' });
    expect(a.extensions[2]).toMatchObject({ decision: 'denied', note: 'lapsed at resolution' });
    expect(a.deadlines.dueAt).toBe(iso(extended));
    await log.expect([
      'extension_requested',
      'notified extension_requested → office',
      'resolved',
      'notified resolved → enterprise',
      'notified resolved → office',
    ]);
  });
});

describe('dissatisfied ratings', () => {
  it('dissatisfied → explanation → round 2 (same classification, assigned afresh) → satisfied', async () => {
    await L.toWorkingMorning(expected);
    const { id, enterprise } = await L.submit();
    const log = L.ledger(id);
    await log.expect(['registered', 'acknowledged', 'notified acknowledged → enterprise']);
    await toResolved(id, 'fin', log);

    let t = await L.now();
    let a = await L.step(id, 'rating', office, { result: 'dissatisfied', method: 'visit', comment: '问题未解决' });
    expect(a).toMatchObject({ status: 'awaiting_explanation', closure: null, deadlines: { ratingBy: null, explanationBy: iso(R.after(t, 2)) } });
    await log.expect(['rated', 'notified rated → department:fin', 'notified rated → office']);
    expect((await L.post(id, 'rating', enterprise, { result: 'satisfied', method: 'online' })).status).toBe(409);

    t = await L.now();
    a = await L.step(id, 'explanation', await dept('fin'), { text: '银行授信政策所限' });
    expect(a).toMatchObject({
      status: 'registered',
      round: 2,
      classification: 'general',
      timeLimitDays: 5,
      leadDepartment: null,
      overdue: false,
      supervised: false,
      closure: null,
      deadlines: { ...noDeadlines, assignBy: iso(R.after(t, 1)), pathBy: iso(R.after(t, 2)) },
    });
    await log.expect(['explanation_given', 'notified explanation_given → office']);

    t = await L.now();
    a = await L.step(id, 'assign', office, { lead: 'tax' });
    expect(a).toMatchObject({ status: 'assigned', round: 2, deadlines: { dueAt: iso(R.after(t, 5)) } });
    expect(L.lastEvent(a, 'assigned').round).toBe(2);
    await log.expect(['assigned', 'notified assigned → department:tax']);
    await toResolved(id, 'tax', log, false);
    a = await L.step(id, 'rating', enterprise, { result: 'satisfied', method: 'online' });
    expect(a).toMatchObject({
      status: 'closed',
      round: 2,
      closure: 'satisfied',
      ratings: [
        { round: 1, result: 'dissatisfied', method: 'visit' },
        { round: 2, result: 'satisfied', method: 'online' },
      ],
    });
    await log.expect(['rated', 'closed', 'notified closed → enterprise', 'notified closed → department:tax']);
    expect((await L.describeWorkflow(id)).typedSearchAttributes.get(searchAttributeKeys.round)).toBe(2);
  });

  async function dissatisfiedTwice() {
    await L.toWorkingMorning(expected);
    const { id } = await L.submit();
    const log = L.ledger(id);
    await log.expect(['registered', 'acknowledged', 'notified acknowledged → enterprise']);
    await toResolved(id, 'fin', log);
    await L.step(id, 'rating', office, { result: 'dissatisfied', method: 'phone' });
    await L.step(id, 'explanation', await dept('fin'), { text: '第一次说明' });
    await log.expect(['rated', 'notified rated → department:fin', 'notified rated → office', 'explanation_given', 'notified explanation_given → office']);
    await toResolved(id, 'tax', log, false);

    const t = await L.now();
    let a = await L.step(id, 'rating', office, { result: 'dissatisfied', method: 'phone' });
    expect(a).toMatchObject({ status: 'awaiting_explanation', round: 2, deadlines: { explanationBy: iso(R.after(t, 2)) } });
    await log.expect(['rated', 'notified rated → department:tax', 'notified rated → office']);
    a = await L.step(id, 'explanation', await dept('tax'), { text: '第二次说明' });
    expect(a).toMatchObject({ status: 'awaiting_decision', round: 2, deadlines: { explanationBy: null } });
    await log.expect(['explanation_given', 'notified explanation_given → office']);
    expect((await L.post(id, 'referral', await dept('tax'), { cause: 'delay', note: '自己转报' })).status).toBe(403);
    const refused = await L.post(id, 'explanation', await dept('tax'), { text: '再说明' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      currentStatus: 'awaiting_decision',
      allowedSteps: ['owner', 'instruction', 'escalate', 'contacts', 'referral', 'close', 'withdraw'],
    });
    return { id, log };
  }

  it('dissatisfied twice → awaiting_decision → referred', async () => {
    const { id, log } = await dissatisfiedTwice();
    const a = await L.step(id, 'referral', office, { cause: 'perfunctory', note: '敷衍塞责，转纪委监委' });
    expect(a).toMatchObject({ status: 'closed', closure: 'referred', closureReason: '敷衍塞责，转纪委监委' });
    expect(L.lastEvent(a, 'referred').data).toEqual({ cause: 'perfunctory', note: '敷衍塞责，转纪委监委' });
    expect(a.followUps).toEqual(R.followUps(ms(a.closedAt)).map(({ announceAt: _, ...f }) => ({ ...f, outcome: 'pending' })));
    await log.expect(['referred', 'closed', 'notified closed → enterprise', 'notified closed → department:tax']);
  });

  it('dissatisfied twice → awaiting_decision → closed by the office', async () => {
    const { id, log } = await dissatisfiedTwice();
    const a = await L.step(id, 'close', office, { reason: '诉求超出政策范围，已解释到位' });
    expect(a).toMatchObject({ status: 'closed', closure: 'closed_by_office', closureReason: '诉求超出政策范围，已解释到位' });
    expect(a.followUps).toHaveLength(4);
    await log.expect(['closed', 'notified closed → enterprise', 'notified closed → department:tax']);
  });
});

describe('withdrawal', () => {
  it('by the enterprise while in progress: withdrawn, no follow-ups, the workflow completes, later steps answer 409 from the ledger', async () => {
    await L.toWorkingMorning(expected);
    const { id, enterprise } = await L.submit();
    const log = L.ledger(id);
    await L.step(id, 'classify', office, { classification: 'general', timeLimitDays: 10 });
    await L.step(id, 'assign', office, { lead: 'fin' });
    await L.step(id, 'accept', await dept('fin'));
    await L.step(id, 'extension', await dept('fin'), { workingDays: 2, reason: '待补材料' });
    await log.expect([
      'registered',
      'acknowledged',
      'notified acknowledged → enterprise',
      'classified',
      'assigned',
      'notified assigned → department:fin',
      'accepted',
      'extension_requested',
      'notified extension_requested → office',
    ]);

    const a = await L.step(id, 'withdraw', enterprise, { reason: '问题已自行解决' });
    expect(a).toMatchObject({ status: 'withdrawn', closure: null, closedAt: null, followUps: [] });
    expect(L.lastEvent(a, 'withdrawn')).toMatchObject({ actor: { role: 'enterprise' }, data: { reason: '问题已自行解决' } });
    await log.expect(['withdrawn', 'notified withdrawn → department:fin', 'notified withdrawn → office']);

    await expect.poll(async () => (await L.describeWorkflow(id)).status.name, { timeout: 5000 }).toBe('COMPLETED');
    expect(await L.result(id)).toMatchObject({ status: 'withdrawn' });
    for (const [step, token, body] of [
      ['withdraw', office, { reason: '再撤' }],
      ['path', await dept('fin'), { message: '仍在办理' }],
      ['extension/decision', office, { approve: true }],
    ] as const) {
      const refused = await L.post(id, step, token, body);
      expect(refused.status, step).toBe(409);
      expect(refused.body).toMatchObject({ status: 409, currentStatus: 'withdrawn', allowedSteps: [] });
    }
    await log.expectNothing();
    await L.history(id, 'withdrawal');
  });

  it('by the office before assignment: only the office is told', async () => {
    await L.toWorkingMorning(expected);
    const { id } = await L.submit();
    const log = L.ledger(id);
    await log.expect(['registered', 'acknowledged', 'notified acknowledged → enterprise']);
    const a = await L.step(id, 'withdraw', office, { reason: '企业电话撤回' });
    expect(a).toMatchObject({ status: 'withdrawn', deadlines: { dueAt: null } });
    await log.expect(['withdrawn', 'notified withdrawn → office']);
    await expect.poll(async () => (await L.describeWorkflow(id)).status.name, { timeout: 5000 }).toBe('COMPLETED');
  });
});

describe('refused steps', () => {
  it('wrong role or not the caller’s appeal: 403; wrong state: 409 with currentStatus and allowedSteps; nothing written', async () => {
    await L.toWorkingMorning(expected);
    const { id, enterprise } = await L.submit();
    const stranger = await tokens.enterprise((await L.submit()).cc);
    const log = L.ledger(id);
    await log.expect(['registered', 'acknowledged', 'notified acknowledged → enterprise']);
    const expectProblem = (answer: { status: number; headers: Headers; body: { status?: unknown } }, status: number) => {
      expect(answer.status, JSON.stringify(answer.body)).toBe(status);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(answer.body.status).toBe(status);
    };

    expectProblem(await L.post(id, 'classify', enterprise, { classification: 'simple' }), 403);
    expectProblem(await L.post(id, 'assign', await dept('fin'), { lead: 'fin' }), 403);
    expectProblem(await L.post(id, 'accept', office), 403);
    expectProblem(await L.post(id, 'withdraw', stranger, { reason: '不是我的' }), 403);

    let refused = await L.post(id, 'assign', office, { lead: 'fin' });
    expectProblem(refused, 409);
    expect(refused.body).toMatchObject({
      currentStatus: 'registered',
      allowedSteps: ['classify', 'owner', 'instruction', 'escalate', 'contacts', 'supervision', 'answer', 'merge', 'withdraw'],
    });
    await log.expectNothing();

    await L.step(id, 'classify', office, { classification: 'general', timeLimitDays: 5 });
    await L.step(id, 'assign', office, { lead: 'fin', co: ['tax'] });
    await log.expect(['classified', 'assigned', 'notified assigned → department:fin', 'notified assigned → department:tax']);

    expectProblem(await L.post(id, 'accept', await dept('tax')), 403); // a co-department only reports progress
    expectProblem(await L.post(id, 'accept', await dept('env')), 403);
    const assignedSteps = [
      'classify',
      'assign',
      'accept',
      'return',
      'path',
      'progress',
      'contribution',
      'delegate',
      'owner',
      'handler',
      'instruction',
      'escalate',
      'contacts',
      'supervision',
      'merge',
      'withdraw',
    ];
    for (const [step, token, body] of [
      ['resolve', await dept('fin'), { summary: '未签收就办结' }],
      ['extension', await dept('fin'), { workingDays: 2, reason: '未签收' }],
      ['explanation', await dept('fin'), { text: '无从说明' }],
      ['rating', office, { result: 'satisfied', method: 'phone' }],
      ['close', office, { reason: '直接办结' }],
      ['follow-ups', office, { outcome: 'stable' }],
    ] as const) {
      refused = await L.post(id, step, token, body);
      expectProblem(refused, 409);
      expect(refused.body, step).toMatchObject({ currentStatus: 'assigned', allowedSteps: assignedSteps });
    }
    await log.expectNothing();

    // Invalid input is a 400 before any state check.
    expectProblem(await L.post(id, 'rating', enterprise, { result: 'satisfied', method: 'phone' }), 400);
    expectProblem(await L.post(id, 'classify', office, { classification: 'simple', timeLimitDays: 3 }), 400);
    expectProblem(await L.post(id, 'accept', await dept('fin'), { extra: true }), 400);
    await log.expectNothing();

    await L.step(id, 'accept', await dept('fin'));
    await log.expect(['accepted']);
    expect((await L.get(id)).status).toBe('in_progress');
  });
});
