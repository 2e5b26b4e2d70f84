import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountabilityWorkflowId, referralRecordId } from '../../workflows/accountability-messages.js';
import { keepHistory } from '../replay/fixtures.js';
import { ExpectedCalendar, eventually, iso, lifecycle, rules, tokensFor, type Tokens } from '../support/lifecycle.js';
import { startTestStack, type TestStack } from '../support/stack.js';

// Accountability records (issue 18) under time skipping: the unit's rectification by its working-day deadline, a
// missed one told to the office, the record a referral closure opens, the discipline commission's reading and
// finding, the public list of cleared units, who reads which record, and the figures.

let stack: TestStack;
let tokens: Tokens;
let L: ReturnType<typeof lifecycle>;
let office: string;
let commission: string;
const expected = new ExpectedCalendar();
const R = rules(expected);
const dept = (code: string) => tokens.dept(code);
const ids = { exposure: '', interview: '', referral: '', referredAppeal: '', otherAppeal: '', receipt: '' };

beforeAll(async () => {
  stack = await startTestStack();
  tokens = await tokensFor(stack, ['env', 'tax']);
  L = lifecycle(stack, tokens);
  office = tokens.office;
  commission = await stack.token('commission');
});
afterAll(() => stack?.teardown());

const open = (body: object) => stack.api('POST', '/v1/accountability', office, body);
const record = (id: string, token = office) => stack.api('GET', `/v1/accountability/${id}`, token);
const step = (id: string, name: string, token: string, body: object) => stack.api('POST', `/v1/accountability/${id}/${name}`, token, body);

const notificationsOf = (recordId: string) =>
  stack.db.selectFrom('notifications').select(['kind', 'recipient', 'status', 'deadline']).where('accountability_id', '=', recordId).orderBy('seq').execute();

describe('an exposure and an interview: rectification by the deadline', () => {
  it('the unit reports within 5 working days, the office records the outcome, and the record is closed', async () => {
    const t = await L.toWorkingMorning(expected);
    const { id: appealId } = await L.submit();
    ids.otherAppeal = appealId;
    const created = await open({ kind: 'exposure', unit: 'env', appeals: [appealId], text: '办理敷衍，公开曝光', rectifyWorkingDays: 5 });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    ids.exposure = created.body.id;
    expect(created.headers.get('location')).toBe(`/v1/accountability/${ids.exposure}`);
    expect(created.body).toMatchObject({
      kind: 'exposure',
      unit: 'env',
      appeals: [appealId],
      status: 'open',
      owner: { role: 'office' },
      rectifyBy: iso(R.after(t, 5)),
      rectification: null,
      rectifiedOnTime: null,
      outcome: null,
      publishable: false,
      allowedSteps: ['rectification', 'outcome'],
    });
    expect(created.body).not.toHaveProperty('finding');
    expect(created.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['created', 'notified']);
    expect(await notificationsOf(ids.exposure)).toEqual([
      { kind: 'created', recipient: 'department:env', status: 'delivered', deadline: new Date(R.after(t, 5)) },
    ]);

    // Another unit neither reads it nor reports on it; the commission never sees an exposure.
    expect((await step(ids.exposure, 'rectification', await dept('tax'), { text: '已整改' })).status).toBe(404);
    expect((await record(ids.exposure, commission)).status).toBe(404);
    expect((await step(ids.exposure, 'finding', commission, { result: 'upheld', note: '属实' })).status).toBe(404);

    await L.sleepUntil(R.after(t, 3));
    const reported = await step(ids.exposure, 'rectification', await dept('env'), { text: '已完成整改，追责到人' });
    expect(reported.status, JSON.stringify(reported.body)).toBe(200);
    expect(reported.body).toMatchObject({
      status: 'reported',
      rectification: { text: '已完成整改，追责到人', by: { role: 'department', department: 'env' } },
      rectifiedOnTime: true,
      allowedSteps: ['outcome'],
    });
    const again = await step(ids.exposure, 'rectification', await dept('env'), { text: '再次报告' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ currentStatus: 'reported', allowedSteps: ['outcome'] });

    const closed = await step(ids.exposure, 'outcome', office, { result: 'rectified', note: '整改到位' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', outcome: { result: 'rectified', note: '整改到位' }, allowedSteps: [] });
    expect(closed.body.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'created',
      'notified',
      'rectification_reported',
      'notified',
      'outcome_recorded',
      'notified',
    ]);
    // Settled: the workflow has nothing left to wait for, and a later step answers 409 from the ledger.
    const workflow = stack.env.client.workflow.getHandle(accountabilityWorkflowId(ids.exposure));
    await eventually(async () => expect((await workflow.describe()).status.name).toBe('COMPLETED'));
    expect((await step(ids.exposure, 'outcome', office, { result: 'escalated', note: '再议' })).status).toBe(409);
  });

  it('a missed deadline is an event on the record and a notification to the office', async () => {
    const t = await L.toWorkingMorning(expected);
    const created = await open({ kind: 'interview', unit: 'env', appeals: [ids.otherAppeal], text: '约谈主要负责人', rectifyWorkingDays: 5 });
    expect(created.status).toBe(201);
    ids.interview = created.body.id;
    const rectifyBy = R.after(t, 5);
    expect(created.body.rectifyBy).toBe(iso(rectifyBy));

    await L.sleepUntil(rectifyBy + 1000);
    const missed = await eventually(async () => {
      const r = (await record(ids.interview)).body;
      expect(r.timeline.map((e: { kind: string }) => e.kind)).toContain('rectification_missed');
      return r;
    });
    expect(missed).toMatchObject({ status: 'open', rectifiedOnTime: false });
    expect(missed.timeline.find((e: { kind: string }) => e.kind === 'rectification_missed')).toMatchObject({
      at: iso(rectifyBy),
      data: { rectifyBy: iso(rectifyBy) },
    });
    expect((await notificationsOf(ids.interview)).map((n) => `${n.kind} → ${n.recipient}`)).toEqual([
      'created → department:env',
      'rectification_missed → office',
    ]);

    // A late report is still taken, and stays late.
    const late = await step(ids.interview, 'rectification', await dept('env'), { text: '迟报整改情况' });
    expect(late.body).toMatchObject({ status: 'reported', rectifiedOnTime: false });
  });

  it('refuses a unit, appeal or person that does not exist, and an empty text', async () => {
    const bad = await open({ kind: 'exposure', unit: 'nowhere', appeals: ['no-such-appeal'], persons: ['nobody'], text: '' });
    expect(bad.status).toBe(400);
    const fields = (bad.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toContain('text');
    const unknown = await open({ kind: 'exposure', unit: 'nowhere', appeals: ['no-such-appeal'], persons: ['nobody'], text: '曝光' });
    expect((unknown.body.errors as { field: string }[]).map((e) => e.field)).toEqual(['unit', 'appeals.0', 'persons.0']);
  });
});

describe('a referral: the record the closure opens, the commission and the public list', () => {
  it('referring an appeal after two dissatisfied rounds opens a referral record against the lead department', async () => {
    await L.toWorkingMorning(expected);
    const { id, appeal } = await L.submit();
    ids.referredAppeal = id;
    ids.receipt = appeal.receiptNumber;
    const handle = async (lead: string, round: number) => {
      if (round === 1) await L.step(id, 'classify', office, { classification: 'general', timeLimitDays: 5 });
      await L.step(id, 'assign', office, { lead });
      await L.step(id, 'accept', await dept(lead));
      await L.step(id, 'path', await dept(lead), { message: '已受理' });
      await L.step(id, 'resolve', await dept(lead), { summary: '已办理' });
      await L.step(id, 'rating', office, { result: 'dissatisfied', method: 'phone' });
      await L.step(id, 'explanation', await dept(lead), { text: `第${round}次说明` });
    };
    await handle('env', 1);
    await handle('tax', 2);
    expect(await L.get(id)).toMatchObject({ status: 'awaiting_decision', round: 2, leadDepartment: 'tax' });
    const referred = await L.step(id, 'referral', office, { cause: 'delay', note: '久拖不决' });
    expect(referred).toMatchObject({ status: 'closed', closure: 'referred' });

    ids.referral = referralRecordId(id, 2);
    const r = await eventually(async () => {
      const answer = await record(ids.referral, commission);
      expect(answer.status).toBe(200);
      return answer.body;
    });
    expect(r).toMatchObject({
      kind: 'referral',
      unit: 'tax',
      appeals: [id],
      text: '拖延：久拖不决',
      owner: { role: 'office' },
      status: 'open',
      finding: null,
      publishable: false,
    });
    expect(r.allowedSteps).toEqual(['rectification', 'outcome', 'finding']);
    await L.history(id, 'referral-accountability');
  });

  it('the commission reads the referral and its appeal, nothing else, and its finding clears the unit in public', async () => {
    const appeal = await stack.api('GET', `/v1/appeals/${ids.referredAppeal}`, commission);
    expect(appeal.status).toBe(200);
    expect(appeal.body.timeline.map((e: { kind: string }) => e.kind)).toContain('referred');
    expect(appeal.body.enterprise).not.toHaveProperty('contact');
    expect((await stack.api('GET', `/v1/appeals/${ids.otherAppeal}`, commission)).status).toBe(403);
    for (const [method, path] of [
      ['GET', '/v1/appeals'],
      ['GET', '/v1/stats'],
      ['GET', '/v1/accountability/figures'],
      ['POST', '/v1/accountability'],
      ['POST', `/v1/appeals/${ids.referredAppeal}/follow-ups`],
      ['GET', `/v1/appeals/${ids.referredAppeal}/attachments`],
    ] as const) {
      expect((await stack.api(method, path, commission, method === 'POST' ? {} : undefined)).status, `${method} ${path}`).toBe(403);
    }
    const listed = await stack.api('GET', '/v1/accountability', commission);
    expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([ids.referral]);

    // Only the commission finds, and a referral without a finding is never public.
    expect((await step(ids.referral, 'finding', office, { result: 'clarified', note: '经查' })).status).toBe(403);
    expect((await stack.api('GET', '/v1/public/accountability')).body.items).toEqual([]);
    const found = await step(ids.referral, 'finding', commission, { result: 'clarified', note: '经查反映不实，予以澄清' });
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect(found.body).toMatchObject({ finding: { result: 'clarified', note: '经查反映不实，予以澄清', by: { role: 'commission' } }, publishable: true });
    expect((await step(ids.referral, 'finding', commission, { result: 'upheld', note: '改判' })).status).toBe(409);

    const published = await stack.api('GET', '/v1/public/accountability');
    expect(published.status).toBe(200);
    expect(published.body.items).toEqual([
      {
        unit: 'tax',
        unitName: 'tax 局',
        finding: 'clarified',
        findingLabel: '错告澄清',
        foundOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        receiptNumbers: [ids.receipt],
      },
    ]);
    await keepHistory(stack.env.client.workflow.getHandle(accountabilityWorkflowId(ids.referral)), 'accountability-referral');
  });
});

describe('who reads which record', () => {
  it('a department reads its own unit’s records only; the office reads them all', async () => {
    const env = await stack.api('GET', '/v1/accountability', await dept('env'));
    expect(env.body.items.map((i: { id: string }) => i.id).sort()).toEqual([ids.exposure, ids.interview].sort());
    const tax = await stack.api('GET', '/v1/accountability', await dept('tax'));
    expect(tax.body.items.map((i: { id: string }) => i.id)).toEqual([ids.referral]);
    expect((await record(ids.exposure, await dept('tax'))).status).toBe(404);
    expect((await record(ids.referral, await dept('tax'))).status).toBe(200);
    const all = await stack.api('GET', '/v1/accountability?kind=exposure', office);
    expect(all.body.items.map((i: { id: string }) => i.id)).toEqual([ids.exposure]);
    expect((await stack.api('GET', '/v1/accountability?status=reported', office)).body.items.map((i: { id: string }) => i.id)).toEqual([ids.interview]);
  });
});

describe('figures', () => {
  it('count records by unit and by kind, as JSON and as CSV with Chinese headers', async () => {
    const byUnit = await stack.api('GET', '/v1/accountability/figures?groupBy=unit', office);
    expect(byUnit.status).toBe(200);
    const zero = {
      exposures: 0,
      disciplineLetters: 0,
      interviews: 0,
      referrals: 0,
      findingsUpheld: 0,
      findingsNotUpheld: 0,
      findingsClarified: 0,
      rectifiedOnTime: 0,
      rectificationMissed: 0,
    };
    expect(byUnit.body.groups).toEqual([
      { key: 'env', label: 'env 局', ...zero, records: 2, exposures: 1, interviews: 1, rectifiedOnTime: 1, rectificationMissed: 1 },
      { key: 'tax', label: 'tax 局', ...zero, records: 1, referrals: 1, findingsClarified: 1 },
    ]);
    expect(byUnit.body.total).toEqual({
      ...zero,
      records: 3,
      exposures: 1,
      interviews: 1,
      referrals: 1,
      findingsClarified: 1,
      rectifiedOnTime: 1,
      rectificationMissed: 1,
    });

    const byKind = await stack.api('GET', '/v1/accountability/figures?groupBy=kind', office);
    expect(byKind.body.groups.map((g: { key: string; label: string; records: number }) => [g.key, g.label, g.records])).toEqual([
      ['exposure', '公开曝光', 1],
      ['interview', '约谈', 1],
      ['referral', '转报纪委监委', 1],
    ]);

    const csv = await stack.api('GET', '/v1/accountability/figures?groupBy=unit&lang=zh', office, undefined, { Accept: 'text/csv' });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (csv.body as string).trim().split('\r\n');
    expect(lines[0]).toBe(
      '代码,名称,问责记录数,公开曝光数,纪律建议书数,约谈数,转报纪委监委数,结论属实数,结论不属实数,错告澄清数,按期报告整改数,逾期未报告整改数',
    );
    expect(lines.at(-1)).toBe(',合计,3,1,0,1,1,0,0,1,1,1');

    const later = new Date((await L.now()) + 40 * 86_400_000).toISOString().slice(0, 10);
    expect((await stack.api('GET', `/v1/accountability/figures?from=${later}`, office)).body.total.records).toBe(0);
  });
});
