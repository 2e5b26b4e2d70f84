import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliyunSmsChannel } from '../../activities/channels/aliyun-sms.js';
import { startAliyunSmsStandin, type AliyunSmsStandin, type ReceivedSms } from '../support/aliyun-sms-standin.js';
import { BROWSER_SETUP_MS, launchBrowser } from '../support/browser.js';
import { eventually } from '../support/lifecycle.js';
import { appealBody, newCreditCode, startTestStack, type TestStack } from '../support/stack.js';

// Issue 16 from end to end, as its "done when" reads: an experience officer submits without a token, verified by a
// code sent by SMS (Aliyun's stand-in, which checks each request's signature as Aliyun does); the acknowledgement
// reaches the officer's phone with the receipt number and a link; the appeal is followed and rated through that
// link in Chromium; and every message's text is on the ledger.

const CREDENTIALS = { accessKeyId: 'LTAI-reach-test', accessKeySecret: 'reach-test-access-key-secret' };
const OFFICER = { kind: 'experience_officer', name: '赵体验', phone: '13900000077', organisation: '市营商环境体验官队伍' };

let stack: TestStack;
let sms: AliyunSmsStandin;
let browser: Browser;

beforeAll(async () => {
  sms = await startAliyunSmsStandin(CREDENTIALS);
  const channel = aliyunSmsChannel({
    endpoint: sms.url,
    region: 'cn-hangzhou',
    ...CREDENTIALS,
    signName: '营商环境',
    templates: { verification: 'SMS_200001', '*': 'SMS_200002' },
  });
  [stack, browser] = await Promise.all([startTestStack({ messageChannel: channel }), launchBrowser()]);
  await stack.department('fin', '市地方金融监督管理局');
}, BROWSER_SETUP_MS);
afterAll(async () => {
  await browser?.close();
  await stack?.teardown();
  await sms?.close();
});

/** The first SMS the provider took that `match` accepts. */
const smsWhere = (match: (m: ReceivedSms) => boolean) =>
  eventually(async () => {
    const found = sms.received.find(match);
    expect(found).toBeDefined();
    return found!;
  }, 20_000);

describe('an experience officer without a token', () => {
  it('submits, is acknowledged by SMS, follows and rates through the link, with every message on the ledger', async () => {
    const asked = await stack.api('POST', '/v1/public/verifications', undefined, { phone: OFFICER.phone });
    expect(asked.status, JSON.stringify(asked.body)).toBe(202);
    const codeSms = await smsWhere((m) => m.phone === OFFICER.phone && m.templateCode === 'SMS_200001');

    const cc = newCreditCode();
    const body = appealBody(cc, { channel: undefined, title: '厂房验收迟迟未办', submitter: OFFICER });
    const created = await stack.api('POST', '/v1/public/appeals', undefined, {
      ...body,
      verification: { id: asked.body.verificationId, code: codeSms.params.code },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { id, receiptNumber } = created.body as { id: string; receiptNumber: string };
    expect(created.body.channel).toBe('online_platform');

    // The acknowledgement on the officer's phone: the receipt number and the link to follow it by.
    const ack = await smsWhere((m) => m.phone === OFFICER.phone && m.params.receiptNumber === receiptNumber);
    expect(ack.templateCode).toBe('SMS_200002');
    const link = ack.params.link!;
    expect(link).toMatch(new RegExp(`^${stack.baseUrl}/a/[A-Za-z0-9_-]{43}$`));

    const office = await stack.token('office');
    const fin = await stack.token('department', { department: 'fin' });
    for (const [step, token, stepBody] of [
      ['classify', office, { classification: 'general', timeLimitDays: 10 }],
      ['assign', office, { lead: 'fin' }],
      ['accept', fin, {}],
      ['path', fin, { message: '已约自然资源局联合踏勘' }],
      ['resolve', fin, { summary: '验收已于本周完成' }],
    ] as const) {
      const answer = await stack.api('POST', `/v1/appeals/${id}/${step}`, token, stepBody);
      expect(answer.status, `${step}: ${JSON.stringify(answer.body)}`).toBe(200);
    }

    const page = await browser.newPage();
    await page.goto(link);
    expect(await page.locator('#status').textContent()).toBe('待回访');
    await page.getByLabel('满意', { exact: true }).check();
    await page.getByRole('button').click();
    await page.waitForURL(link);
    expect(await page.locator('body').textContent()).toContain('感谢您的评价');
    await page.close();

    const appeal = (await stack.api('GET', `/v1/appeals/${id}`, office)).body;
    expect(appeal.ratings).toEqual([expect.objectContaining({ result: 'satisfied', method: 'online' })]);
    expect(appeal.submitter).toEqual(OFFICER);

    // Every message to the enterprise and the officer is on the ledger with its text, sent through the provider.
    const messages = await eventually(async () => {
      const items = (await stack.api('GET', `/v1/notifications?appeal=${id}&limit=100`, office)).body.items as {
        kind: string;
        recipient: string;
        status: string;
        channel: string;
        message: string | null;
      }[];
      const toPeople = items.filter((n) => n.recipient === 'enterprise' || n.recipient === 'submitter');
      expect(toPeople.map((n) => `${n.kind} → ${n.recipient}`).sort()).toEqual(
        ['acknowledged', 'path_reported', 'resolved', 'closed'].flatMap((kind) => [`${kind} → enterprise`, `${kind} → submitter`]).sort(),
      );
      for (const n of toPeople) expect(n).toMatchObject({ status: 'delivered', channel: 'aliyun_sms', message: expect.stringContaining(receiptNumber) });
      return items;
    }, 20_000);
    expect(messages.filter((n) => n.kind === 'received')).toEqual([expect.objectContaining({ recipient: 'office' })]);
  });
});
