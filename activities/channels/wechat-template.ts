import { shortText } from '../webhook-post.js';
import { PermanentChannelFailure, type MessageChannel, type OutgoingMessage } from './message-channel.js';
import { providerFetch } from './provider-fetch.js';

// A WeChat Official Account's template messages (模板消息). Every send needs an access token, which WeChat limits to
// a few thousand fetches a day and invalidates when another fetch replaces it, so one process keeps one token, fetches
// it once for all its concurrent senders, and fetches a new one only when it is near its end or WeChat refuses it.

export interface WechatTemplateOptions {
  base: string;
  appId: string;
  appSecret: string;
  /** Template id per message kind; `*` for any other kind. */
  templates: Readonly<Record<string, string>>;
  timeoutMs?: number;
  /** Milliseconds since the epoch; a test moves it to reach a token's end without waiting two hours. */
  clock?: () => number;
}

/** A token is replaced this long before WeChat says it ends, so no send carries one that ends on its way. */
const REFRESH_MARGIN_MS = 5 * 60_000;

/** The token was refused (invalid, not the latest, expired): fetch a new one and send again. */
const STALE_TOKEN = new Set([40001, 40014, 42001]);

/**
 * WeChat's own trouble (-1 system busy) and quotas (45009 daily, 45011 per minute) pass; any other errcode refuses the
 * request as it is (43004 not subscribed, 40003 unknown openid, 40037 unknown template, 40125 wrong secret).
 */
const TRANSIENT = new Set([-1, 45009, 45011]);

interface WechatAnswer {
  errcode?: unknown;
  errmsg?: unknown;
  access_token?: unknown;
  expires_in?: unknown;
}

function refusal(what: string, answer: WechatAnswer): Error {
  const reason = `wechat refused ${what}: ${String(answer.errcode)} ${shortText(String(answer.errmsg ?? ''))}`;
  return TRANSIENT.has(Number(answer.errcode)) ? new Error(reason) : new PermanentChannelFailure(reason);
}

export function wechatTemplateChannel(options: WechatTemplateOptions): MessageChannel {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const clock = options.clock ?? Date.now;
  let cached: { token: string; refreshAt: number } | undefined;
  let fetching: Promise<string> | undefined;

  async function fetchToken(): Promise<string> {
    const query = new URLSearchParams({ grant_type: 'client_credential', appid: options.appId, secret: options.appSecret });
    const { status, body } = await providerFetch('wechat', `${options.base}/cgi-bin/token?${query}`, { method: 'GET' }, timeoutMs);
    const answer = (body ?? {}) as WechatAnswer;
    if (typeof answer.access_token !== 'string') {
      if (answer.errcode === undefined) throw new Error(`wechat answered ${status} without an access token`);
      throw refusal('the access token', answer);
    }
    cached = { token: answer.access_token, refreshAt: clock() + Number(answer.expires_in) * 1000 - REFRESH_MARGIN_MS };
    return answer.access_token;
  }

  function token(): Promise<string> {
    if (cached && clock() < cached.refreshAt) return Promise.resolve(cached.token);
    fetching ??= fetchToken().finally(() => (fetching = undefined));
    return fetching;
  }

  async function post(accessToken: string, payload: string): Promise<WechatAnswer> {
    const url = `${options.base}/cgi-bin/message/template/send?access_token=${encodeURIComponent(accessToken)}`;
    const { status, body } = await providerFetch('wechat', url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload }, timeoutMs);
    const answer = (body ?? {}) as WechatAnswer;
    if (answer.errcode === undefined) throw new Error(`wechat answered ${status} without an errcode`);
    return answer;
  }

  return {
    name: 'wechat',
    async send(message: OutgoingMessage) {
      const openId = message.to.wechatOpenId;
      if (!openId) throw new PermanentChannelFailure('no WeChat openid on record for this recipient');
      const templateId = options.templates[message.kind] ?? options.templates['*'];
      if (!templateId) throw new PermanentChannelFailure(`no WeChat template for kind ${message.kind}`);
      const data = Object.fromEntries(Object.entries(message.params).map(([key, value]) => [key, { value }]));
      const payload = JSON.stringify({
        touser: openId,
        template_id: templateId,
        url: message.params.link,
        // The whole rendered text too: a template that shows one field still says everything the ledger keeps.
        data: { ...data, content: { value: message.text } },
      });

      const used = await token();
      let answer = await post(used, payload);
      if (STALE_TOKEN.has(Number(answer.errcode))) {
        // Only the token this send used is dropped: a concurrent sender may already have fetched its successor.
        if (cached?.token === used) cached = undefined;
        answer = await post(await token(), payload);
      }
      if (answer.errcode === 0) return;
      if (STALE_TOKEN.has(Number(answer.errcode))) throw new Error(`wechat refused a fresh access token: ${String(answer.errcode)}`);
      throw refusal('the message', answer);
    },
  };
}
