import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliyunSmsChannel, type AliyunSmsOptions } from '../../activities/channels/aliyun-sms.js';
import { PermanentChannelFailure, type OutgoingMessage } from '../../activities/channels/message-channel.js';
import { startAliyunSmsStandin, type AliyunSmsStandin } from '../support/aliyun-sms-standin.js';
import { startReceiver, type Receiver } from '../support/receiver.js';

// The Aliyun SMS adapter against a stand-in that checks requests as Aliyun does, over real HTTP: the signature it
// recomputes byte by byte from the received form, the answers it classifies, the template each kind gets.

const credentials = { accessKeyId: 'LTAI-test-key', accessKeySecret: 'test-secret-value' };
let standin: AliyunSmsStandin;
let receiver: Receiver;

beforeAll(async () => {
  standin = await startAliyunSmsStandin(credentials);
  receiver = await startReceiver();
});
afterAll(async () => {
  await standin.close();
  await receiver.close();
});

function channel(overrides: Partial<AliyunSmsOptions> = {}) {
  return aliyunSmsChannel({
    endpoint: standin.url,
    region: 'cn-hangzhou',
    ...credentials,
    signName: '营商环境办',
    templates: { acknowledged: 'SMS_100', '*': 'SMS_999' },
    ...overrides,
  });
}

let sequence = 0;
function message(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  sequence += 1;
  return {
    id: `notification-${sequence}`,
    kind: 'acknowledged',
    to: { phone: '13800138000' },
    text: '您的诉求 A-1 已受理',
    params: { receiptNumber: 'A-1', title: 'road repair' },
    ...overrides,
  };
}

describe('aliyun_sms', () => {
  it('sends a correctly signed SendSms, with the params as TemplateParam and the notification id as OutId', async () => {
    const sent = message();
    await channel().send(sent);
    expect(standin.received.at(-1)).toEqual({
      phone: '13800138000',
      signName: '营商环境办',
      templateCode: 'SMS_100',
      params: sent.params,
      outId: sent.id,
    });
  });

  it("encodes Chinese text, spaces and POP's special characters so that the signature matches", async () => {
    const params = { title: '道路 维修*紧急~ (第1次)!', answer: "a+b=c & d/e? 'x' 100%", link: 'https://appeals.city.example/a/tok~en_1.2-3' };
    const sent = message({ params });
    await channel().send(sent);
    expect(standin.received.at(-1)).toMatchObject({ params, outId: sent.id });
  });

  it('refuses for good when the secret is wrong or the key unknown', async () => {
    await expect(channel({ accessKeySecret: 'not-the-secret' }).send(message())).rejects.toThrow(
      new PermanentChannelFailure('aliyun_sms refused: SignatureDoesNotMatch: Specified signature is not matched with our calculation.'),
    );
    await expect(channel({ accessKeyId: 'LTAI-unknown' }).send(message())).rejects.toSatisfy(
      (err) => err instanceof PermanentChannelFailure && /InvalidAccessKeyId\.NotFound/.test(err.message),
    );
  });

  it('picks the TemplateCode by kind, else the `*` one, and refuses a kind with neither', async () => {
    await channel().send(message({ kind: 'verification' }));
    expect(standin.received.at(-1)?.templateCode).toBe('SMS_999');
    const before = standin.received.length;
    await expect(channel({ templates: { acknowledged: 'SMS_100' } }).send(message({ kind: 'verification' }))).rejects.toThrow(
      new PermanentChannelFailure('no Aliyun template for kind verification'),
    );
    expect(standin.received).toHaveLength(before);
  });

  it.each(['isv.MOBILE_NUMBER_ILLEGAL', 'isv.SMS_TEMPLATE_ILLEGAL', 'isv.SMS_SIGNATURE_ILLEGAL', 'isv.INVALID_PARAMETERS'])(
    'takes %s as a refusal for good, with the code and message in its text',
    async (code) => {
      standin.answerNext(1, { code, message: `${code} explained` });
      await expect(channel().send(message())).rejects.toThrow(new PermanentChannelFailure(`aliyun_sms refused: ${code}: ${code} explained`));
    },
  );

  it.each([
    ['isv.BUSINESS_LIMIT_CONTROL', { code: 'isv.BUSINESS_LIMIT_CONTROL', message: '触发分钟级流控Permits:1' }],
    ['Throttling.User', { code: 'Throttling.User', message: 'Request was denied due to user flow control.', status: 400 }],
    ['an HTTP 500', 500],
  ] as const)('takes %s as transient: it throws, but not for good, and the next attempt is sent', async (_, answer) => {
    standin.answerNext(1, answer);
    const sent = message();
    const failure = await channel()
      .send(sent)
      .then(
        () => undefined,
        (err: unknown) => err,
      );
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(PermanentChannelFailure);
    await channel().send(sent);
    expect(standin.received.at(-1)?.outId).toBe(sent.id);
  });

  it('takes no connection and no answer in time as transient', async () => {
    receiver.script('/drop', ['drop']);
    receiver.script('/hang', ['hang']);
    for (const [path, reason] of [
      ['/drop', /aliyun_sms unreachable/],
      ['/hang', /aliyun_sms unreachable: no answer in 200 ms/],
    ] as const) {
      const failure = await channel({ endpoint: receiver.url(path), timeoutMs: 200 })
        .send(message())
        .then(
          () => undefined,
          (err: unknown) => err,
        );
      expect(failure).toBeInstanceOf(Error);
      expect(failure).not.toBeInstanceOf(PermanentChannelFailure);
      expect((failure as Error).message).toMatch(reason);
    }
  });

  it('has a stand-in that refuses a replayed request (same SignatureNonce)', async () => {
    receiver.script('/capture', [{ status: 200, headers: { 'content-type': 'application/json' }, body: '{"Code":"OK"}' }]);
    await channel({ endpoint: receiver.url('/capture') }).send(message());
    const { body } = receiver.received('/capture').at(-1)!;
    const post = () => fetch(standin.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body }).then((r) => r.json());
    await expect(post()).resolves.toMatchObject({ Code: 'OK' });
    await expect(post()).resolves.toMatchObject({ Code: 'SignatureNonceUsed' });
  });
});
