import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliyunSmsChannel } from '../../activities/channels/aliyun-sms.js';
import { appealWorkflowId } from '../../workflows/messages.js';
import { keepHistory } from '../replay/fixtures.js';
import { startAliyunSmsStandin, type AliyunSmsStandin } from '../support/aliyun-sms-standin.js';
import { eventually } from '../support/lifecycle.js';
import { ADMIN, appealBody, newCreditCode, startTestStack, type TestStack } from '../support/stack.js';

// Messages that say something (issue 16): every message to an enterprise or a submitter is rendered from the
// admin's template with the receipt number, the title, the department, the deadline in words, the answer and the
// follow link; it goes out through an SMS provider (here Aliyun's stand-in, which checks each request's signature
// as Aliyun does), and the ledger keeps its text, its address and every attempt.

const CREDENTIALS = { accessKeyId: 'LTAI-test-key', accessKeySecret: 'test-access-key-secret' };
const CONTACT_PHONE = '13800000000';
const OFFICER = { kind: 'experience_officer', name: '王体验', phone: '13900000001', organisation: '市营商环境体验官队伍' };

let stack: TestStack;
let sms: AliyunSmsStandin;
let office: string;

beforeAll(async () => {
  sms = await startAliyunSmsStandin(CREDENTIALS);
  const channel = aliyunSmsChannel({ endpoint: sms.url, region: 'cn-hangzhou', ...CREDENTIALS, signName: '营商环境', templates: { '*': 'SMS_100001' } });
  stack = await startTestStack({ messageChannel: channel });
  await stack.department('fin', '市地方金融监督管理局');
  office = await stack.token('office');
});
afterAll(async () => {
  await stack?.teardown();
  await sms?.close();
});

interface Notification {
  id: string;
  kind: string;
  recipient: string;
  status: string;
  channel: string | null;
  message: string | null;
  address: { phone: string } | null;
  deadline: string | null;
  attempts: { target: string; outcome: string }[];
}

async function notifications(appealId: string): Promise<Notification[]> {
  return (await stack.api('GET', `/v1/notifications?appeal=${appealId}&limit=100`, office)).body.items;
}

/** The appeal's messages of `kind`, once each has been delivered. */
async function delivered(appealId: string, kind: string, count: number): Promise<Notification[]> {
  return eventually(async () => {
    const found = (await notifications(appealId)).filter((n) => n.kind === kind && n.message !== null);
    expect(found).toHaveLength(count);
    for (const n of found) expect(n.status).toBe('delivered');
    return found;
  }, 20_000);
}

async function step(id: string, name: string, token: string, body: unknown = {}) {
  const answer = await stack.api('POST', `/v1/appeals/${id}/${name}`, token, body);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body;
}

describe('messages to the enterprise and the submitter', () => {
  it('tell both of the receipt, the path and the result, by SMS, with their text on the ledger', async () => {
    const created = await stack.api(
      'POST',
      '/v1/appeals',
      office,
      appealBody(newCreditCode(), { channel: 'service_window', title: '申请科技贷款两个月未有答复', submitter: OFFICER }),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { id, receiptNumber } = created.body as { id: string; receiptNumber: string };
    expect(created.body.submitter).toEqual(OFFICER);

    const acks = await delivered(id, 'acknowledged', 2);
    expect(acks.map((n) => [n.recipient, n.address?.phone]).sort()).toEqual([
      ['enterprise', CONTACT_PHONE],
      ['submitter', OFFICER.phone],
    ]);
    const ack = acks[0]!;
    expect(ack.message).toContain(`受理编号${receiptNumber}`);
    expect(ack.message).toContain('“申请科技贷款两个月未有答复”');
    expect(ack.message).toMatch(/\d+月\d+日前告知办理路径/);
    const link = /(http:\/\/127\.0\.0\.1:\d+\/a\/[A-Za-z0-9_-]{43})/.exec(ack.message ?? '')?.[1];
    expect(link?.startsWith(`${stack.baseUrl}/a/`)).toBe(true);
    expect(ack.attempts).toEqual([expect.objectContaining({ target: 'aliyun_sms', outcome: 'delivered' })]);

    // What the provider received: the contact's and the submitter's phones, never a department's, with the values.
    const sent = sms.received.filter((m) => m.params.receiptNumber === receiptNumber);
    expect(sent.map((m) => m.phone).sort()).toEqual([CONTACT_PHONE, OFFICER.phone]);
    expect(sent[0]).toMatchObject({ templateCode: 'SMS_100001', signName: '营商环境', params: { receiptNumber, link } });
    expect(sent.map((m) => m.outId).sort()).toEqual(acks.map((n) => n.id).sort());

    await step(id, 'classify', office, { classification: 'general', timeLimitDays: 10 });
    await step(id, 'assign', office, { lead: 'fin' });
    const fin = await stack.token('department', { department: 'fin' });
    await step(id, 'accept', fin);
    await step(id, 'path', fin, { message: '协调合作银行重新审批' });
    const [path] = await delivered(id, 'path_reported', 2);
    expect(path!.message).toContain('由市地方金融监督管理局办理，办理路径：协调合作银行重新审批。预计');
    expect(path!.message).toMatch(/预计\d+月\d+日前办结/);

    await step(id, 'resolve', fin, { summary: '银行已完成授信审批' });
    const [result] = await delivered(id, 'resolved', 2);
    expect(result!.message).toContain('已由市地方金融监督管理局办理：银行已完成授信审批。请');
    expect(result!.message).toContain(link);
    await keepHistory(stack.env.client.workflow.getHandle(appealWorkflowId(id)), 'submitter-messages');
  });

  it('tells the office when an appeal arrives online', async () => {
    const cc = newCreditCode();
    const enterprise = await stack.token('enterprise', { creditCode: cc });
    const created = await stack.api('POST', '/v1/appeals', enterprise, appealBody(cc, { channel: undefined }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const received = await eventually(async () => {
      const found = (await notifications(created.body.id)).filter((n) => n.kind === 'received');
      expect(found).toHaveLength(1);
      return found[0]!;
    });
    expect(received).toMatchObject({ recipient: 'office', message: null, deadline: created.body.deadlines.assignBy });
    // The enterprise's own message goes to its contact alone: no submitter but itself.
    expect((await delivered(created.body.id, 'acknowledged', 1))[0]!.recipient).toBe('enterprise');
    await keepHistory(stack.env.client.workflow.getHandle(appealWorkflowId(created.body.id)), 'online-received');

    // What the office registers itself, even through the online channel, it need not be told of.
    const registered = (await stack.api('POST', '/v1/appeals', office, appealBody(newCreditCode(), { channel: 'online_platform' }))).body;
    await delivered(registered.id, 'acknowledged', 1);
    expect((await notifications(registered.id)).map((n) => n.kind)).not.toContain('received');
  });

  it('shows whom an appeal was raised by according to who reads it', async () => {
    const created = (
      await stack.api(
        'POST',
        '/v1/appeals',
        office,
        appealBody(newCreditCode(), { channel: 'chamber', submitter: { kind: 'chamber', name: '李会长', phone: '13900000002', organisation: '市工商联' } }),
      )
    ).body;
    await step(created.id, 'classify', office, { classification: 'general', timeLimitDays: 10 });
    await stack.department('tax');
    await step(created.id, 'assign', office, { lead: 'fin', co: ['tax'] });
    const co = await stack.api('GET', `/v1/appeals/${created.id}`, await stack.token('department', { department: 'tax' }));
    expect(co.body.submitter).toEqual({ kind: 'chamber', organisation: '市工商联' });
    const lead = await stack.api('GET', `/v1/appeals/${created.id}`, await stack.token('department', { department: 'fin' }));
    expect(lead.body.submitter).toMatchObject({ name: '李会长', phone: '13900000002' });
    const plain = (await stack.api('POST', '/v1/appeals', office, appealBody(newCreditCode(), { channel: 'service_window' }))).body;
    expect(plain.submitter).toEqual({ kind: 'enterprise', name: '张三', phone: CONTACT_PHONE });

    const stats = await stack.api('GET', '/v1/stats?groupBy=submitterKind', office);
    expect(stats.status).toBe(200);
    const byKind = Object.fromEntries(stats.body.groups.map((g: { key: string; label: string; received: number }) => [g.key, [g.label, g.received]]));
    expect(byKind.chamber).toEqual(['商会协会', 1]);
    expect(byKind.experience_officer).toEqual(['营商环境体验官', 1]);
  });
});

describe('message templates', () => {
  it('are the defaults until the admin edits one, and each edit is checked before it is kept', async () => {
    const list = await stack.api('GET', '/v1/message-templates', office);
    expect(list.status).toBe(200);
    expect(list.body.items.map((t: { kind: string }) => t.kind)).toEqual([
      'acknowledged',
      'path_reported',
      'resolved',
      'answered',
      'material_requested',
      'merged',
      'closed',
      'survey',
      'verification',
    ]);
    for (const t of list.body.items) {
      expect(t.isDefault).toBe(true);
      expect(t.example.segments).toBeLessThanOrEqual(t.maxSegments);
    }

    const text = '【受理】{receiptNumber}“{title}”已受理，{deadline}告知路径。{link}';
    expect((await stack.api('PUT', '/v1/message-templates/acknowledged', office, { text })).status).toBe(403);
    const unknown = await stack.api('PUT', '/v1/message-templates/acknowledged', ADMIN, { text: '{receiptNumber}{code}' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toMatchObject({ field: 'text', message: expect.stringContaining('{code} is not a value of acknowledged messages') });
    const long = await stack.api('PUT', '/v1/message-templates/acknowledged', ADMIN, { text: `{receiptNumber}${'很长的固定文字'.repeat(12)}`, maxSegments: 1 });
    expect(long.status).toBe(400);
    expect(long.body.errors[0].message).toContain('SMS segments');
    expect((await stack.api('PUT', '/v1/message-templates/nonsense', ADMIN, { text })).status).toBe(404);

    const saved = await stack.api('PUT', '/v1/message-templates/acknowledged', ADMIN, { text, maxSegments: 2 });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ kind: 'acknowledged', text, maxSegments: 2, isDefault: false, updatedBy: 'admin' });
    expect(saved.body.example.text).toMatch(/^【受理】QS00000123/);

    const created = (await stack.api('POST', '/v1/appeals', office, appealBody(newCreditCode(), { channel: 'service_window', title: '模板' }))).body;
    const [ack] = await delivered(created.id, 'acknowledged', 1);
    expect(ack!.message).toMatch(new RegExp(`^【受理】${created.receiptNumber}“模板”已受理，\\d+月\\d+日前告知路径。http`));
  });
});
