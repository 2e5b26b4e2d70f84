import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atLocalTime } from '../../domain/dates.js';
import { followToken } from '../../domain/follow-link.js';
import { BROWSER_SETUP_MS, launchBrowser } from '../support/browser.js';
import { eventually } from '../support/lifecycle.js';
import { seedLedger, type SeededAppeal } from '../support/ledger-seed.js';
import { ADMIN, TIMEZONE, newCreditCode, startTestStack, type TestStack } from '../support/stack.js';
import { apiWithoutTemporal } from '../support/temporal-unreachable.js';
import { SEND_WITHIN_MS } from '../../gateway/surveys.js';

// The enterprises' evaluation (百企评, issue 20): the office sets a survey of 2022-Q1; the two enterprises that had
// appeals in it (one of them twice) are each sent a signed link through their channel, and no one else; each answers
// once through its link (the form in a browser, or the same as JSON); the office reads each unit's results; a model that weighs `surveyScore` scores by them.

let stack: TestStack;
let office: string;
let browser: Browser;

const enterprise = (name: string) => ({ name, creditCode: newCreditCode(), contact: { name: '张三', phone: '13800000000' } });
const [a, b, later] = [enterprise('绵阳甲科技有限公司'), enterprise('绵阳乙制造有限公司'), enterprise('绵阳丙物流有限公司')];
const at = (d: string) => atLocalTime(d, '10:00', TIMEZONE);
const solved = (lead: string, registeredAt: number, e: typeof a): SeededAppeal => ({
  registeredAt,
  status: 'closed',
  closure: 'satisfied',
  lead,
  ratings: ['satisfied'],
  resolutions: [{ onTime: true }],
  enterprise: e,
});

const QUESTIONS = ['办事效率', '服务态度'];
let surveyId: string;
/** Each enterprise's token, as its message's link carried it: the form /s/<token>, the same as JSON at `json()`. */
const tokens = new Map<string, string>();
const json = (creditCode: string) => `/v1/public/surveys/${tokens.get(creditCode)}`;

const post = (path: string, body: unknown, token?: string) => stack.api('POST', path, token, body);

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
  await stack.department('ndrc', '发展和改革委员会');
  await stack.department('tax', '税务局');
  office = await stack.token('office');
  await seedLedger(stack.db, [
    solved('ndrc', at('2022-01-10'), a),
    solved('tax', at('2022-02-10'), a),
    solved('ndrc', at('2022-03-10'), b),
    solved('ndrc', at('2022-04-10'), later),
  ]);
}, BROWSER_SETUP_MS);
afterAll(async () => {
  await browser?.close();
  await stack?.teardown();
});

describe('setting a survey', () => {
  it('refuses a unit that is not an active department, and anyone but the office', async () => {
    const body = { period: '2022-Q1', title: '2022年第一季度百企评营商环境', units: ['ndrc', 'nowhere'], questions: QUESTIONS };
    const bad = await post('/v1/surveys', body, office);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'units.1', message: 'nowhere is not an active department' }]);
    expect((await post('/v1/surveys', { ...body, questions: [] }, office)).status).toBe(400);
    expect((await post('/v1/surveys', { ...body, units: ['ndrc'] }, await stack.token('department', { department: 'ndrc' }))).status).toBe(403);
  });

  it('sends each enterprise that had appeals in the period its own signed link, once, through its channel, however often a keyed request is tried', async () => {
    const survey = { period: '2022-Q1', title: '2022年第一季度百企评营商环境', units: ['ndrc', 'tax'], questions: QUESTIONS };
    const keyed = (body: unknown) => stack.api('POST', '/v1/surveys', office, body, { 'idempotency-key': 'survey-2022-q1' });
    // The first try fails (Temporal unreachable) and keeps nothing; the next try of the same request sets the survey.
    const unreachable = await apiWithoutTemporal(stack);
    try {
      const failed = await fetch(unreachable.url('/v1/surveys'), {
        method: 'POST',
        headers: { authorization: `Bearer ${office}`, 'content-type': 'application/json', 'idempotency-key': 'survey-2022-q1' },
        body: JSON.stringify(survey),
      });
      expect(failed.status).toBe(503);
    } finally {
      await unreachable.close();
    }
    const created = await keyed(survey);
    expect(created.status).toBe(201);
    surveyId = created.body.id;
    expect(created.headers.get('location')).toBe(`/v1/surveys/${surveyId}`);
    expect(created.body).toMatchObject({ period: '2022-Q1', units: ['ndrc', 'tax'], questions: QUESTIONS, answered: 0 });
    // A repeat (its answer lost) is answered the first 201; the key with another survey is refused.
    expect(await keyed(survey)).toMatchObject({ status: 201, body: created.body });
    expect((await keyed({ ...survey, title: '另一次评价' })).status).toBe(409);
    // An API that stopped after setting the survey, before keeping its answer: the next try finds the same survey.
    await stack.db.updateTable('idempotency_keys').set({ answer_status: null, answer: null }).where('key', '=', 'survey-2022-q1').execute();
    expect(await keyed(survey)).toMatchObject({ status: 201, body: { id: surveyId } });
    expect((await stack.db.selectFrom('surveys').select('id').execute()).map((r) => r.id)).toEqual([surveyId]);

    await eventually(async () => expect((await stack.api('GET', `/v1/surveys/${surveyId}`, office)).body.invited).toBe(2));
    const messages = () => stack.db.selectFrom('notifications').select(['recipient', 'kind', 'status', 'message']).where('survey_id', '=', surveyId).execute();
    // on the ledger with the invitations; marked delivered (the default channel is the ledger) just after
    expect(await messages()).toHaveLength(2);
    await eventually(async () => expect((await messages()).map((n) => n.status)).toEqual(['delivered', 'delivered']));
    const sent = await messages();
    expect(sent.map((n) => n.recipient).sort()).toEqual([`enterprise:${a.creditCode}`, `enterprise:${b.creditCode}`].sort());
    for (const n of sent) {
      expect(n).toMatchObject({ kind: 'survey_invitation', status: 'delivered' });
      expect(n.message).toMatch(
        /^2022年第一季度百企评营商环境：诚邀贵企业对有关单位的服务作出评价（每题1至5分），请点击填写：http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]{43}$/,
      );
      tokens.set(n.recipient.slice('enterprise:'.length), n.message!.slice(-43));
    }
    expect(new Set(tokens.values()).size).toBe(2);
    const listed = (await stack.api('GET', '/v1/notifications', office)).body.items.filter((n: { surveyId: string | null }) => n.surveyId === surveyId);
    expect(listed.map((n: { kind: string; link: string }) => [n.kind, new URL(n.link).pathname]).sort()).toEqual(
      [...tokens.values()].map((t) => ['survey_invitation', `/s/${t}`]).sort(),
    );
  });
});

describe('with Temporal unreachable', () => {
  it('setting a survey without a key answers 503 problem+json within bounds and keeps nothing: the office sets it again', async () => {
    const api = await apiWithoutTemporal(stack);
    try {
      const before = await stack.db.selectFrom('surveys').select('id').execute();
      const started = Date.now();
      const res = await fetch(api.url('/v1/surveys'), {
        method: 'POST',
        headers: { authorization: `Bearer ${office}`, 'content-type': 'application/json' },
        body: JSON.stringify({ period: '2022-Q1', title: '不会发出的评价', units: ['ndrc'], questions: QUESTIONS }),
      });
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      // The bound plus room for a loaded machine: what matters is that the office is answered, not left hanging.
      expect(Date.now() - started).toBeLessThan(SEND_WITHIN_MS + 15_000);
      expect(await stack.db.selectFrom('surveys').select('id').execute()).toEqual(before);
    } finally {
      await api.close();
    }
  }, 60_000);
});

describe('answering through the link', () => {
  it('shows the questions without a bearer token; a forged link, or an appeal’s link of the same id, is 404', async () => {
    const shown = await stack.api('GET', json(a.creditCode));
    expect(shown.status).toBe(200);
    expect(shown.body).toEqual({
      title: '2022年第一季度百企评营商环境',
      period: '2022-Q1',
      enterprise: a.name,
      scale: { min: 1, max: 5 },
      questions: QUESTIONS,
      units: [
        { code: 'ndrc', label: '发展和改革委员会' },
        { code: 'tax', label: '税务局' },
      ],
      answeredAt: null,
    });
    const token = tokens.get(a.creditCode)!;
    const forged = `${token.slice(0, 30)}${token[30] === 'A' ? 'B' : 'A'}${token.slice(31)}`;
    expect((await stack.api('GET', `/v1/public/surveys/${forged}`)).status).toBe(404);
    const invitationId = (await stack.db.selectFrom('survey_invitations').select('id').where('credit_code', '=', a.creditCode).executeTakeFirstOrThrow()).id;
    // a follow link of the invitation's id is signed for another purpose: it opens no survey
    expect((await stack.api('GET', `/v1/public/surveys/${followToken('any secret at all, not the stack’s', invitationId)}`)).status).toBe(404);
  });

  it('takes an answer once; a unit not rated, a score outside 1–5 or a missing score is a 400 naming the field', async () => {
    const linkB = json(b.creditCode);
    const problems = [
      [{ ratings: [{ unit: 'land', scores: [3, 3] }] }, 'ratings.0.unit'],
      [{ ratings: [{ unit: 'ndrc', scores: [6, 3] }] }, 'ratings.0.scores.0'],
      [{ ratings: [{ unit: 'ndrc', scores: [3] }] }, 'ratings.0.scores'],
      [{ ratings: [] }, 'ratings'],
    ] as const;
    for (const [body, field] of problems) {
      const refused = await post(linkB, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
    const unknown = await post(linkB, { ratings: [{ unit: 'ndrc', scores: [3, 2] }], 'not-a-field': 1 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['not-a-field']);
    expect((await post(linkB, { ratings: [{ unit: 'ndrc', scores: [3, 2] }] })).status).toBe(201);
    const again = await post(linkB, { ratings: [{ unit: 'ndrc', scores: [5, 5] }] });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ currentStatus: 'answered', allowedSteps: [] });
    expect((await stack.api('GET', linkB)).body.answeredAt).toMatch(/\+08:00$/);
  });
});

describe('the form the link opens', () => {
  it('is answered in a browser: each unit’s questions scored by radio buttons, a half-scored unit shown again, then thanks', async () => {
    const page = await browser.newPage();
    const complaints: string[] = [];
    page.on('console', (m) => m.type() === 'error' && complaints.push(m.text()));
    const link = `${stack.baseUrl}/s/${tokens.get(a.creditCode)}`;
    // a score the buttons cannot send is refused as the JSON route refuses it
    const tampered = await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'r.ndrc.0=9&r.ndrc.1=4' });
    expect(tampered.status).toBe(400);
    expect(await tampered.text()).toContain('每题请选择 1 至 5 分。');
    await page.goto(link);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('2022年第一季度百企评营商环境');
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['发展和改革委员会', '税务局']);
    const score = (unit: string, question: number, n: number) => page.locator(`[id="r.${unit}.${question}.${n}"]`).check();
    await score('ndrc', 0, 5);
    await score('ndrc', 1, 4);
    await score('tax', 0, 3);
    await page.getByRole('button', { name: '提交评价' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('请为评价的单位逐题选择分数（不评价的单位全部留空）。');
    // what was chosen stays chosen
    expect(await page.locator('[id="r.ndrc.0.5"]').isChecked()).toBe(true);
    await score('tax', 1, 3);
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.waitForURL(link);
    expect(await page.getByRole('status').textContent()).toMatch(/^感谢您的评价！已于 \d{4}-\d\d-\d\d \d\d:\d\d 提交。$/);
    expect(await page.locator('form').count()).toBe(0);
    // the inline stylesheet matches the policy's hash: Chromium refused nothing (the one complaint is the half-scored
    // form's own 400)
    expect(complaints).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    await page.close();
    // taken once, by the form or the JSON route alike
    expect((await post(json(a.creditCode), { ratings: [{ unit: 'ndrc', scores: [1, 1] }] })).status).toBe(409);
    const forged = await fetch(`${stack.baseUrl}/s/${'A'.repeat(43)}`);
    expect([forged.status, forged.headers.get('content-type')]).toEqual([404, 'text/html; charset=utf-8']);
    expect(await forged.text()).toContain('此评价链接无效');
  });
});

describe('the results', () => {
  it('per unit: the mean of each question, the responses, and surveyScore, in JSON and Chinese CSV', async () => {
    // ndrc: (5, 4) and (3, 2): means 4 and 3; all four scores' mean 3.5 → (3.5 − 1) / 4 → 62.5. tax: (3, 3) → 50
    const { body } = await stack.api('GET', `/v1/surveys/${surveyId}`, office);
    expect(body).toMatchObject({ invited: 2, answered: 2 });
    expect(body.results).toEqual([
      { unit: 'ndrc', label: '发展和改革委员会', responses: 2, means: [4, 3], surveyScore: 62.5 },
      { unit: 'tax', label: '税务局', responses: 1, means: [3, 3], surveyScore: 50 },
    ]);
    const csv = await stack.api('GET', `/v1/surveys/${surveyId}?lang=zh`, office, undefined, { accept: 'text/csv' });
    expect((csv.body as string).trimEnd().split('\r\n')).toEqual([
      '单位代码,单位,评价企业数,企业评价得分,办事效率,服务态度',
      'ndrc,发展和改革委员会,2,62.5,4,3',
      'tax,税务局,1,50,3,3',
    ]);
    expect((await stack.api('GET', '/v1/surveys', office)).body.items.map((s: { id: string }) => s.id)).toEqual([surveyId]);
    expect((await stack.api('GET', '/v1/surveys/00000000-0000-4000-8000-000000000000', office)).status).toBe(404);
  });

  it('flow into the assessment as surveyScore, which a model can weigh; the quarter’s survey counts in its year, not in a month', async () => {
    const model = (await stack.api('GET', '/v1/assessment/model', office)).body;
    const weighed = {
      worth: 2,
      department: {
        rates: [
          { figure: 'solveRate', weight: 50 },
          { figure: 'surveyScore', weight: 50 },
        ],
      },
    };
    expect((await stack.api('PUT', '/v1/assessment/model', ADMIN, weighed)).status).toBe(200);
    try {
      const scores = async (period: string) =>
        (await stack.api('GET', `/v1/assessment?period=${period}`, office)).body.items.map(
          (u: { key: string; score: number; rates: { figure: string; value: number | null }[] }) => [u.key, u.score, u.rates[1]!.value],
        );
      // ndrc: solved 100 → 50, evaluated 62.5 → 31.25: 81.25. tax: 50 + 25: 75
      expect(await scores('2022-Q1')).toEqual([
        ['ndrc', 81.25, 62.5],
        ['tax', 75, 50],
      ]);
      // 2022: ndrc's April appeal is solved too
      expect(await scores('2022')).toEqual([
        ['ndrc', 81.25, 62.5],
        ['tax', 75, 50],
      ]);
      // January has no survey of its own: ndrc (tax led nothing then) is judged on what it has, solved 100
      expect(await scores('2022-01')).toEqual([['ndrc', 100, null]]);
      const csv = await stack.api('GET', '/v1/assessment?period=2022-Q1&lang=zh', office, undefined, { accept: 'text/csv' });
      expect((csv.body as string).split('\r\n')[0]).toBe('排名,代码,名称,得分,折算分,解决率(%),解决率得分,企业评价(百企评),企业评价(百企评)得分,一票否决');
    } finally {
      await stack.api('PUT', '/v1/assessment/model', ADMIN, model);
    }
  });
});
