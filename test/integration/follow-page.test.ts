import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePayloadKeys } from '../../codec/payload-keys.js';
import { followLinkSecrets } from '../../config/follow-link-secrets.js';
import { followToken } from '../../domain/follow-link.js';
import { BROWSER_SETUP_MS, launchBrowser } from '../support/browser.js';
import { lifecycle, ms, tokensFor, type Tokens } from '../support/lifecycle.js';
import { ADMIN, TEST_PAYLOAD_KEYS, appealBody, newCreditCode, startTestStack, type TestStack } from '../support/stack.js';

// The follow link (issue 16): /a/<token> shows an enterprise where its appeal stands and takes its rating, in a real
// browser (Debian's Chromium, driven by playwright-core) and as plain HTML; the receipt look-up answers the same view
// as JSON to whoever quotes the contact's last four phone digits. Neither shows the government's own workings.

const DAY_MS = 86_400_000;
/** The stack signs links as the API does without FOLLOW_LINK_SECRET: with the secret derived from its payload key. */
const secret = followLinkSecrets(undefined, parsePayloadKeys(TEST_PAYLOAD_KEYS))[0]!;
const linkOf = (appealId: string) => `/a/${followToken(secret, appealId)}`;

// What the government writes about an appeal for itself, and the contact's details: never on the page.
const PROGRESS = '内部进展：已约谈银行分管行长';
const CONTACTED = '电话沟通：企业情绪较大';
const SUPERVISION = '督办理由：多次投诉';
const NOTE = '专员备注：需关注企业资金链';
const PHONE = '0816-2345678';
const CONTACT_NAME = '王联系';

let stack: TestStack;
let tokens: Tokens;
let life: ReturnType<typeof lifecycle>;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
  tokens = await tokensFor(stack, ['fin']);
  life = lifecycle(stack, tokens);
}, BROWSER_SETUP_MS);
afterAll(async () => {
  await browser?.close();
  await stack?.teardown();
});

/** An appeal taken to `resolved`, the government having written its own notes on the way. */
async function resolvedAppeal() {
  const cc = newCreditCode();
  const body = appealBody(cc, {
    channel: 'service_window',
    enterprise: { name: '绵阳跟踪测试有限公司', creditCode: cc, contact: { name: CONTACT_NAME, phone: PHONE } },
  });
  const created = await stack.api('POST', '/v1/appeals', tokens.office, body);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id as string;
  const dept = await tokens.dept('fin');
  const owner = (await stack.api('POST', '/v1/people', ADMIN, { name: '李专员', unit: 'fin', duties: ['case_owner'] })).body.id as string;
  await life.step(id, 'owner', tokens.office, { person: owner });
  await life.step(id, 'note', await stack.token('department', { person: owner }), { text: NOTE });
  await life.step(id, 'classify', tokens.office, { classification: 'general', timeLimitDays: 10 });
  await life.step(id, 'assign', tokens.office, { lead: 'fin' });
  await life.step(id, 'supervision', tokens.office, { reason: SUPERVISION });
  await life.step(id, 'accept', dept);
  await life.step(id, 'path', dept, { message: '已协调合作银行，预计一周内完成审批' });
  await life.step(id, 'progress', dept, { message: PROGRESS });
  await life.step(id, 'contacts', tokens.office, { method: 'phone', summary: CONTACTED });
  await life.step(id, 'resolve', dept, { summary: '贷款已审批放款' });
  return { id, cc, receiptNumber: created.body.receiptNumber as string, enterprise: await tokens.enterprise(cc) };
}

function decodeHtml(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#') && name !== '#39'
        ? String.fromCodePoint(Number(name.slice(1)))
        : (named[name] ?? whole),
  );
}

async function getPage(path: string) {
  const response = await fetch(stack.baseUrl + path, { redirect: 'manual' });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

/** The status as the page states it, read from the HTML alone (no script runs). */
function statusIn(html: string): string | undefined {
  const m = /<strong id="status">([^<]*)<\/strong>/.exec(html);
  return m ? decodeHtml(m[1]!) : undefined;
}

function postRating(path: string, fields: Record<string, string>) {
  return fetch(`${stack.baseUrl}${path}/rating`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

const receipt = (receiptNumber: string, phone?: string) =>
  stack.api('GET', `/v1/public/receipts/${encodeURIComponent(receiptNumber)}${phone === undefined ? '' : `?phone=${phone}`}`);

describe('the follow page', () => {
  it('is rated in a browser: the enterprise picks 基本满意 by its label, comments, and sees its rating', async () => {
    const appeal = await resolvedAppeal();
    const page = await browser.newPage();
    const complaints: string[] = [];
    page.on('console', (m) => m.type() === 'error' && complaints.push(m.text()));
    await page.goto(stack.baseUrl + linkOf(appeal.id));
    expect(await page.locator('#status').textContent()).toBe('待回访');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('诉求办理进度');
    expect(await page.locator('dd').first().textContent()).toBe(appeal.receiptNumber);
    expect(await page.getByText('fin 局').count()).toBe(1);

    await page.getByLabel('基本满意', { exact: true }).check();
    await page.getByLabel(/评价意见/).fill('审批比预期慢，结果满意');
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.waitForURL(stack.baseUrl + linkOf(appeal.id));
    expect(await page.locator('#status').textContent()).toBe('已办结');
    expect(await page.getByText('感谢您的评价').isVisible()).toBe(true);
    expect(await page.locator('.result').textContent()).toBe('基本满意');
    expect(await page.getByText('审批比预期慢，结果满意').count()).toBeGreaterThan(0);
    expect(await page.locator('form').count()).toBe(0);
    // The inline stylesheet matches the policy's hash: Chromium refused nothing.
    expect(complaints).toEqual([]);
    await page.close();

    const seen = await life.get(appeal.id);
    expect(seen.ratings).toEqual([expect.objectContaining({ result: 'basically_satisfied', method: 'online', comment: '审批比预期慢，结果满意' })]);
    expect(seen.timeline.filter((e: { kind: string }) => e.kind === 'rated')).toEqual([
      expect.objectContaining({ actor: { role: 'enterprise' }, data: { result: 'basically_satisfied', method: 'online', comment: '审批比预期慢，结果满意' } }),
    ]);
  });

  it('reads without JavaScript, shows none of the government’s own workings, and sends strict headers', async () => {
    const appeal = await resolvedAppeal();
    const { status, headers, html } = await getPage(linkOf(appeal.id));
    expect(status).toBe(200);
    expect(statusIn(html)).toBe('待回访');
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(decodeHtml(html)).toContain('贷款已审批放款');
    for (const secretText of [PROGRESS, CONTACTED, SUPERVISION, NOTE, PHONE, '2345678', CONTACT_NAME, appeal.cc, '李专员']) {
      expect(decodeHtml(html)).not.toContain(secretText);
    }
    expect(html).not.toContain('<script');
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(headers.get('cache-control')).toBe('no-store');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('x-robots-tag')).toBe('noindex');
    const csp = headers.get('content-security-policy')!;
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; form-action 'self'/);
    expect(csp).not.toContain('script-src');
  });

  it('answers one 404 page for a forged link, an unknown one and garbage', async () => {
    const appeal = await resolvedAppeal();
    const token = followToken(secret, appeal.id);
    const forged = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    const pages = await Promise.all([
      getPage(`/a/${forged}`),
      getPage(`/a/${followToken('another secret entirely, not the stack’s', appeal.id)}`),
      getPage(linkOf('00000000-0000-4000-8000-000000000000')),
      getPage('/a/not-a-token'),
    ]);
    for (const p of pages) {
      expect(p.status).toBe(404);
      expect(p.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(p.headers.get('cache-control')).toBe('no-store');
      expect(p.html).toBe(pages[0]!.html);
    }
    expect(decodeHtml(pages[0]!.html)).toContain('链接无效或已过期');
    expect((await postRating(`/a/${forged}`, { result: 'satisfied' })).status).toBe(404);
  });

  it('refuses an invalid form with the page again, the error tied to its field, and takes a double submit once', async () => {
    const appeal = await resolvedAppeal();
    const link = linkOf(appeal.id);
    const none = await postRating(link, { comment: '没选' });
    expect(none.status).toBe(400);
    const noneHtml = await none.text();
    expect(noneHtml).toContain('<p class="error" id="result-error">请选择一项满意度。</p>');
    expect(noneHtml).toContain('aria-describedby="result-error"');
    expect(noneHtml).toContain('>没选</textarea>');

    const long = await postRating(link, { result: 'dissatisfied', comment: '长'.repeat(501) });
    expect(long.status).toBe(400);
    const longHtml = await long.text();
    expect(longHtml).toContain('<textarea id="comment" name="comment" rows="4" maxlength="500" aria-invalid="true" aria-describedby="comment-error">');
    expect(longHtml).toContain('id="comment-error"');
    expect(longHtml).toMatch(/value="dissatisfied" required checked/);

    const escaped = await postRating(link, { result: 'nope', comment: '<script>alert(1)</script>' });
    expect(escaped.status).toBe(400);
    expect(await escaped.text()).toContain('&lt;script&gt;alert(1)&lt;/script&gt;</textarea>');

    const twice = await Promise.all([postRating(link, { result: 'satisfied' }), postRating(link, { result: 'satisfied' })]);
    for (const answer of twice) {
      expect(answer.status).toBe(303);
      expect(answer.headers.get('location')).toBe(link);
    }
    expect((await postRating(link, { result: 'dissatisfied' })).status).toBe(303);
    const seen = await life.get(appeal.id);
    expect(seen.status).toBe('closed');
    expect(seen.ratings).toEqual([expect.objectContaining({ result: 'satisfied', method: 'online' })]);
    expect(statusIn((await getPage(link)).html)).toBe('已办结');
  });

  it('limits each link’s rating posts', async () => {
    const appeal = await resolvedAppeal();
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(await postRating(linkOf(appeal.id), { result: 'nope' }));
    expect(answers.map((a) => a.status)).toEqual([...Array(10).fill(400), 429]);
    const refused = answers.at(-1)!;
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(decodeHtml(await refused.text())).toContain('请求过于频繁');
  });

  it('answers the receipt look-up with the page’s view for the right digits, and one 404 otherwise', async () => {
    const appeal = await resolvedAppeal();
    const found = await receipt(appeal.receiptNumber, '5678');
    expect(found.status).toBe(200);
    expect(found.headers.get('cache-control')).toBe('no-store');
    expect(found.body).toMatchObject({
      receiptNumber: appeal.receiptNumber,
      title: '贷款审批慢',
      status: 'resolved',
      statusLabel: '待回访',
      leadDepartment: 'fin',
      leadDepartmentName: 'fin 局',
      deadlines: { dueAt: null, ratingBy: expect.any(String) },
      ratingDue: true,
      ratings: [],
      openUntil: null,
    });
    expect(found.body.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'registered',
      'acknowledged',
      'classified',
      'assigned',
      'accepted',
      'path_reported',
      'progress_reported',
      'contacted',
      'resolved',
    ]);
    const text = JSON.stringify(found.body);
    for (const secretText of [PROGRESS, CONTACTED, SUPERVISION, NOTE, PHONE, CONTACT_NAME, appeal.cc, '李专员', 'supervision'])
      expect(text).not.toContain(secretText);

    const refusals = await Promise.all([
      receipt(appeal.receiptNumber, '5679'),
      receipt(appeal.receiptNumber),
      receipt(appeal.receiptNumber, ''),
      receipt('MY-NO-SUCH-1', '5678'),
    ]);
    for (const r of refusals) {
      expect(r.status).toBe(404);
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(r.body).toEqual(refusals[0]!.body);
    }
  });

  it('opens until 90 days after closure, or after a withdrawal', async () => {
    const closed = await resolvedAppeal();
    await life.step(closed.id, 'rating', closed.enterprise, { result: 'satisfied', method: 'online' });
    const withdrawn = await resolvedAppeal();
    await life.step(withdrawn.id, 'withdraw', withdrawn.enterprise, { reason: '已自行解决' });
    const closedAt = ms((await life.get(closed.id)).closedAt);
    const gone = await receipt('MY-NO-SUCH-2', '5678');

    await life.sleepUntil(closedAt + 89 * DAY_MS);
    expect(statusIn((await getPage(linkOf(closed.id))).html)).toBe('已办结');
    expect(statusIn((await getPage(linkOf(withdrawn.id))).html)).toBe('已撤回');
    const open = await receipt(closed.receiptNumber, '5678');
    expect(open.status).toBe(200);
    expect(ms(open.body.openUntil)).toBe(closedAt + 90 * DAY_MS);

    await life.sleepUntil(closedAt + 91 * DAY_MS);
    const notFound = await getPage('/a/not-a-token');
    for (const id of [closed.id, withdrawn.id]) {
      const expired = await getPage(linkOf(id));
      expect(expired.status).toBe(404);
      expect(expired.html).toBe(notFound.html);
    }
    const expired = await receipt(closed.receiptNumber, '5678');
    expect(expired.status).toBe(404);
    expect(expired.body).toEqual(gone.body);
  });
});
