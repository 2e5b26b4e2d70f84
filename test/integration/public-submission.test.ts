import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageChannel, OutgoingMessage } from '../../activities/channels/message-channel.js';
import { eventually } from '../support/lifecycle.js';
import { ADMIN, appealBody, newCreditCode, startTestStack, type TestStack } from '../support/stack.js';

// Online submission without a token (issue 16): a one-time code goes by SMS, as a notification the delivery
// workflow sends through the worker's message channel (here one that keeps what it was given, so the test reads the
// code as its phone would), and an appeal submitted with it is registered as the enterprise's own online one.

const CONTACT_PHONE = '13800000000';
const OFFICER = { kind: 'experience_officer', name: '王体验', phone: '13900000001', organisation: '市营商环境体验官队伍' };
const TEMPLATE = '【营商环境】验证码{code}，10分钟内有效，勿告诉他人。';
const TEN_MINUTES = 10 * 60_000;

const sent: OutgoingMessage[] = [];
const phoneChannel: MessageChannel = {
  name: 'sms',
  send: async (message) => {
    sent.push(message);
  },
};

let stack: TestStack;
let office: string;

beforeAll(async () => {
  stack = await startTestStack({ messageChannel: phoneChannel });
  office = await stack.token('office');
  const saved = await stack.api('PUT', '/v1/message-templates/verification', ADMIN, { text: TEMPLATE });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
});
afterAll(() => stack?.teardown());

const askCode = (phone: string) => stack.api('POST', '/v1/public/verifications', undefined, { phone });

/** A code sent to `phone`, as its SMS carried it. */
async function codeFor(phone: string) {
  const asked = await askCode(phone);
  expect(asked.status, JSON.stringify(asked.body)).toBe(202);
  const id = asked.body.verificationId as string;
  const message = await eventually(async () => {
    const found = sent.find((m) => m.id === `verification-${id}`);
    expect(found).toBeDefined();
    return found!;
  }, 20_000);
  expect(message.to).toEqual({ phone });
  return { id, code: message.params.code!, text: message.text, expiresAt: asked.body.expiresAt as string };
}

const submit = (body: object, { id, code }: { id: string; code: string }) =>
  stack.api('POST', '/v1/public/appeals', undefined, { ...body, verification: { id, code } });

/** Another code than `code`: one digit changed. */
const wrong = (code: string) => code.slice(0, 5) + String((Number(code[5]) + 1) % 10);

const fieldsOf = (answer: { body: { errors?: { field: string }[] } }) => answer.body.errors?.map((e) => e.field);

async function notifications(query: string) {
  return (await stack.api('GET', `/v1/notifications?limit=100${query}`, office)).body.items as {
    id: string;
    kind: string;
    recipient: string;
    status: string;
    message: string | null;
    address: { phone: string } | null;
  }[];
}

describe('a one-time code', () => {
  it('goes by SMS in the admin’s words, and GET /v1/notifications does not show it', async () => {
    const { id, code, text, expiresAt } = await codeFor('13700000001');
    expect(code).toMatch(/^\d{6}$/);
    expect(text).toBe(TEMPLATE.replace('{code}', code));
    expect(Date.parse(expiresAt) - (await stack.env.currentTimeMs())).toBeLessThanOrEqual(TEN_MINUTES);

    const listed = await eventually(async () => {
      const found = (await notifications('')).find((n) => n.id === `verification-${id}`);
      expect(found?.status).toBe('delivered');
      return found!;
    });
    expect(listed).toMatchObject({ kind: 'verification', recipient: 'phone', address: { phone: '13700000001' }, message: text.replace(/\d/g, '•') });
    expect(JSON.stringify(listed)).not.toContain(code);
  });

  it('goes to mobiles only: a landline cannot receive it', async () => {
    const answer = await askCode('0816-2345678');
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer)).toEqual(['phone']);
  });

  it('goes to a phone once a minute and five times an hour', async () => {
    const phone = '13700000002';
    await codeFor(phone);
    const again = await askCode(phone);
    expect(again.status).toBe(429);
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(50);
    expect(Number(again.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    for (let i = 1; i < 5; i++) {
      await stack.env.sleep(61_000);
      await codeFor(phone);
    }
    await stack.env.sleep(61_000);
    const sixth = await askCode(phone);
    expect(sixth.status).toBe(429);
    // The first of the five leaves the hour 5 × 61 s after it was sent.
    expect(Number(sixth.headers.get('retry-after'))).toBe(3600 - 5 * 61);
  });
});

describe('submitting with the code', () => {
  it('registers the appeal online, as the enterprise’s own, and tells the enterprise, the submitter and the office', async () => {
    const cc = newCreditCode();
    const body = appealBody(cc, { channel: undefined, submitter: OFFICER });
    const verification = await codeFor(OFFICER.phone);
    const created = await submit(body, verification);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.headers.get('location')).toBe(`/v1/appeals/${created.body.id}`);
    expect(created.body).toMatchObject({
      channel: 'online_platform',
      status: 'registered',
      enterprise: { creditCode: cc },
      submitter: { kind: 'experience_officer' },
    });
    const id = created.body.id as string;

    const seen = await stack.api('GET', `/v1/appeals/${id}`, office);
    expect(seen.body.submitter).toEqual(OFFICER);

    const told = await eventually(async () => {
      const found = (await notifications(`&appeal=${id}`)).filter((n) => n.kind === 'received' || (n.kind === 'acknowledged' && n.status === 'delivered'));
      expect(found).toHaveLength(3);
      return found;
    }, 20_000);
    expect(told.map((n) => [n.kind, n.recipient, n.address?.phone ?? null]).sort()).toEqual([
      ['acknowledged', 'enterprise', CONTACT_PHONE],
      ['acknowledged', 'submitter', OFFICER.phone],
      ['received', 'office', null],
    ]);

    // The code is used: the same submission again is refused, and registers nothing.
    const again = await submit(body, verification);
    expect(again.status).toBe(400);
    expect(fieldsOf(again)).toEqual(['verification.code']);
  });

  it('without a submitter, takes a code sent to the enterprise contact’s phone', async () => {
    const cc = newCreditCode();
    const created = await submit(appealBody(cc, { channel: undefined }), await codeFor(CONTACT_PHONE));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.submitter).toMatchObject({ kind: 'enterprise' });
  });

  it('refuses a code sent to another phone than the submitter’s', async () => {
    const verification = await codeFor('13700000003');
    const answer = await submit(appealBody(newCreditCode(), { submitter: OFFICER }), verification);
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer)).toEqual(['verification.id']);
  });

  it('takes five wrong codes, then not even the right one', async () => {
    const phone = '13700000004';
    const body = appealBody(newCreditCode(), { submitter: { ...OFFICER, phone } });
    const verification = await codeFor(phone);
    const answers = await Promise.all(Array.from({ length: 5 }, () => submit(body, { id: verification.id, code: wrong(verification.code) })));
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([{ field: 'verification.code', message: expect.stringMatching(/wrong, expired or already used/) }]);
    }
    const spent = await submit(body, verification);
    expect(spent.status).toBe(400);
    expect(spent.body.errors).toEqual(answers[0]!.body.errors);
  });

  it('refuses a code ten minutes old, in the same words as a wrong one', async () => {
    const phone = '13700000005';
    const body = appealBody(newCreditCode(), { submitter: { ...OFFICER, phone } });
    const verification = await codeFor(phone);
    const wrongAnswer = await submit(body, { id: verification.id, code: wrong(verification.code) });
    await stack.env.sleep(TEN_MINUTES);
    const expired = await submit(body, verification);
    expect(expired.status).toBe(400);
    expect(expired.body.errors).toEqual(wrongAnswer.body.errors);
  });

  it('is in the OpenAPI document, without a token', async () => {
    const doc = (await stack.api('GET', '/openapi.json')).body;
    for (const path of ['/v1/public/verifications', '/v1/public/appeals']) {
      expect(doc.paths[path].post.security).toEqual([]);
      expect(doc.paths[path].post.responses['429'].headers['Retry-After']).toBeDefined();
    }
  });
});

describe('the public call of a meeting (issue 19: 公开征集)', () => {
  it('lists the announced meeting without a token and registers an enterprise with a code: its problem is an appeal at once', async () => {
    const startsAt = new Date((await stack.env.currentTimeMs()) + 3 * 86_400_000);
    startsAt.setUTCHours(1, 30, 0, 0); // 09:30 in Asia/Shanghai
    const created = await stack.api('POST', '/v1/meetings', office, {
      kind: 'symposium',
      title: '民营企业面对面专题座谈会',
      theme: '公开征集企业问题',
      chair: '市长',
      location: '市政务服务中心',
      startsAt: startsAt.toISOString(),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    // Less than a week ahead: announced at once, by its workflow.
    const listed = await eventually(async () => {
      const upcoming = await stack.api('GET', '/v1/public/meetings/upcoming');
      expect(upcoming.status).toBe(200);
      const found = upcoming.body.items.find((m: { id: string }) => m.id === id);
      expect(found).toBeDefined();
      return found;
    });
    expect(listed).toMatchObject({
      title: '民营企业面对面专题座谈会',
      kindLabel: '面对面专题座谈会',
      location: '市政务服务中心',
      register: { registration: expect.stringContaining(`/v1/public/meetings/${id}/registrations`) },
    });
    expect(listed.invitations).toBeUndefined();

    const phone = '13700000019';
    const enterprise = { name: '绵阳公开征集科技有限公司', creditCode: newCreditCode(), contact: { name: '赵六', phone } };
    const body = { enterprise, problems: [{ category: 'financing', title: '贷款贴息申请难', description: '贴息材料要求不明确' }] };
    const register = (verification: { id: string; code: string }, meetingId = id) =>
      stack.api('POST', `/v1/public/meetings/${meetingId}/registrations`, undefined, {
        ...body,
        verification: { id: verification.id, code: verification.code },
      });
    const verification = await codeFor(phone);
    expect((await register(verification, 'no-such-meeting')).status).toBe(404);
    const unknownField = await stack.api('POST', `/v1/public/meetings/${id}/registrations`, undefined, { ...body, verification, 'not-a-field': 1 });
    expect(fieldsOf(unknownField)).toContain('not-a-field');
    const registered = await register(verification);
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    expect(registered.body).toMatchObject({
      meetingId: id,
      registration: { enterprise: { creditCode: enterprise.creditCode, contact: enterprise.contact }, by: 'enterprise' },
    });
    const [appealId] = registered.body.registration.appealIds;
    const appeal = await stack.api('GET', `/v1/appeals/${appealId}`, office);
    expect(appeal.body).toMatchObject({ meetingId: id, channel: 'symposium', status: 'registered', title: '贷款贴息申请难' });
    // The code is spent: a second registration needs a new one.
    const again = await register(verification);
    expect(fieldsOf(again)).toEqual(['verification.code']);
  });

  it('is in the OpenAPI document, without a token and rate-limited', async () => {
    const doc = (await stack.api('GET', '/openapi.json')).body;
    expect(doc.paths['/v1/public/meetings/upcoming'].get.security).toEqual([]);
    expect(doc.paths['/v1/public/meetings/{id}/registrations'].post.security).toEqual([]);
    expect(doc.paths['/v1/public/meetings/{id}/registrations'].post.responses['429'].headers['Retry-After']).toBeDefined();
  });
});
