import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermanentChannelFailure, type OutgoingMessage } from '../../activities/channels/message-channel.js';
import { wechatTemplateChannel, type WechatTemplateOptions } from '../../activities/channels/wechat-template.js';
import { startWechatStandin, type WechatStandin } from '../support/wechat-standin.js';

// The WeChat template-message adapter against a stand-in of the Official Account API, over real HTTP: one token for
// many sends (concurrent ones too), a new one near its end or when WeChat refuses it, and the answers classified.

const account = { appId: 'wx-test-app', appSecret: 'test-app-secret' };
let standin: WechatStandin;

beforeEach(async () => {
  standin = await startWechatStandin(account);
});
afterEach(async () => {
  await standin.close();
});

function channel(overrides: Partial<WechatTemplateOptions> = {}) {
  return wechatTemplateChannel({
    base: standin.url,
    ...account,
    templates: { acknowledged: 'TPL-ack', '*': 'TPL-any' },
    ...overrides,
  });
}

function message(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    id: 'notification-1',
    kind: 'acknowledged',
    to: { phone: '13800138000', wechatOpenId: 'o-openid-1' },
    text: '您的诉求 A-1 已受理，点击查看进度',
    params: { receiptNumber: 'A-1', link: 'https://appeals.city.example/a/tok' },
    ...overrides,
  };
}

async function failureOf(send: Promise<void>): Promise<unknown> {
  return send.then(
    () => undefined,
    (err: unknown) => err,
  );
}

describe('wechat', () => {
  it('sends the template message with each param as a field, the full text as content, and the link as url', async () => {
    await channel().send(message());
    expect(standin.sent).toEqual([
      {
        touser: 'o-openid-1',
        template_id: 'TPL-ack',
        url: 'https://appeals.city.example/a/tok',
        data: {
          receiptNumber: { value: 'A-1' },
          link: { value: 'https://appeals.city.example/a/tok' },
          content: { value: '您的诉求 A-1 已受理，点击查看进度' },
        },
      },
    ]);
  });

  it('sends without url when there is no link, and picks the `*` template for another kind', async () => {
    await channel().send(message({ kind: 'verification', params: { code: '123456' } }));
    expect(standin.sent[0]).toEqual({
      touser: 'o-openid-1',
      template_id: 'TPL-any',
      data: { code: { value: '123456' }, content: { value: expect.any(String) } },
    });
    await expect(channel({ templates: {} }).send(message({ kind: 'verification' }))).rejects.toThrow(
      new PermanentChannelFailure('no WeChat template for kind verification'),
    );
  });

  it('fetches the token once for five sends in a row and once for five at the same time', async () => {
    const sequential = channel();
    for (let i = 0; i < 5; i += 1) await sequential.send(message());
    expect(standin.tokenFetches()).toBe(1);
    const concurrent = channel();
    await Promise.all(Array.from({ length: 5 }, () => concurrent.send(message())));
    expect(standin.tokenFetches()).toBe(2);
    expect(standin.sent).toHaveLength(10);
  });

  it('fetches a new token five minutes before the old one ends', async () => {
    let now = Date.now();
    const sender = channel({ clock: () => now });
    await sender.send(message());
    now += (7200 - 300) * 1000 - 1;
    await sender.send(message());
    expect(standin.tokenFetches()).toBe(1);
    now += 1;
    await sender.send(message());
    expect(standin.tokenFetches()).toBe(2);
  });

  it.each([
    ['40001 (replaced)', (s: WechatStandin) => s.invalidateTokens()],
    ['42001 (expired)', (s: WechatStandin) => s.expireTokens()],
  ])('fetches a new token and sends again once when WeChat answers %s', async (_, refuse) => {
    const sender = channel();
    await sender.send(message());
    refuse(standin);
    await Promise.all([sender.send(message()), sender.send(message())]);
    expect(standin.tokenFetches()).toBe(2);
    expect(standin.sent).toHaveLength(3);
  });

  it('gives up for this attempt (transient) when a fresh token is refused too', async () => {
    const sender = channel();
    await sender.send(message());
    standin.answerNext(2, 40001);
    const failure = await failureOf(sender.send(message()));
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(PermanentChannelFailure);
    expect(standin.tokenFetches()).toBe(2);
  });

  it('refuses for good a recipient without an openid, before asking for a token', async () => {
    await expect(channel().send(message({ to: { phone: '13800138000' } }))).rejects.toThrow(
      new PermanentChannelFailure('no WeChat openid on record for this recipient'),
    );
    expect(standin.tokenFetches()).toBe(0);
  });

  it('refuses for good when the app secret is wrong, without quoting it', async () => {
    const failure = await failureOf(channel({ appSecret: 'wrong-secret' }).send(message()));
    expect(failure).toBeInstanceOf(PermanentChannelFailure);
    expect((failure as Error).message).toMatch(/^wechat refused the access token: 40125 invalid appsecret/);
    expect((failure as Error).message).not.toContain('wrong-secret');
  });

  it.each([43004, 40003, 40037])('takes errcode %i as a refusal for good', async (errcode) => {
    standin.answerNext(1, errcode);
    await expect(failureOf(channel().send(message()))).resolves.toSatisfy(
      (err) => err instanceof PermanentChannelFailure && err.message.startsWith(`wechat refused the message: ${errcode} `),
    );
  });

  it.each([-1, 45009, 'http 500'] as const)('takes %s as transient, and the next attempt is sent', async (answer) => {
    const sender = channel();
    standin.answerNext(1, answer);
    const failure = await failureOf(sender.send(message()));
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(PermanentChannelFailure);
    await sender.send(message());
    expect(standin.sent).toHaveLength(1);
  });

  it('takes no connection as transient', async () => {
    const base = standin.url;
    await standin.close();
    const failure = await failureOf(channel({ base }).send(message()));
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(PermanentChannelFailure);
    expect((failure as Error).message).toMatch(/^wechat unreachable: /);
    standin = await startWechatStandin(account);
  });
});
