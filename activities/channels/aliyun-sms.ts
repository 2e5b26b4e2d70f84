import { createHmac, randomUUID } from 'node:crypto';
import { shortText } from '../webhook-post.js';
import { PermanentChannelFailure, type MessageChannel, type OutgoingMessage } from './message-channel.js';
import { providerFetch } from './provider-fetch.js';

// Aliyun 短信服务 (Dysmsapi) SendSms over its RPC HTTP API, signed by hand (signature version 1.0, HMAC-SHA1) so the
// worker needs no SDK: the form is sorted, POP-encoded, and signed with AccessKeySecret + '&'.

export interface AliyunSmsOptions {
  endpoint: string;
  region: string;
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  /** TemplateCode per message kind; `*` for any other kind. */
  templates: Readonly<Record<string, string>>;
  timeoutMs?: number;
}

/**
 * Codes that a later attempt may get past: throttling, Aliyun's own faults (isp.*), and an account the operator can
 * top up. Any other Code refuses this request as it is (number, template, signature, key), so retrying cannot help.
 */
const TRANSIENT_CODE = /^(Throttling|isv\.BUSINESS_LIMIT_CONTROL$|isv\.AMOUNT_NOT_ENOUGH$|isv\.OUT_OF_SERVICE$|isp\.|InternalError$|ServiceUnavailable$)/;

/** Aliyun's POP rule: RFC 3986 unreserved characters stay, everything else is %XY over UTF-8 (space is %20). */
function percentEncode(value: string): string {
  // encodeURIComponent also leaves !'()* alone, which POP encodes.
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The signed form body: the canonicalized query plus its Signature. */
function signedForm(params: Record<string, string>, accessKeySecret: string): string {
  const canonical = Object.keys(params)
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(params[key]!)}`)
    .join('&');
  const stringToSign = `POST&${percentEncode('/')}&${percentEncode(canonical)}`;
  const signature = createHmac('sha1', `${accessKeySecret}&`).update(stringToSign, 'utf8').digest('base64');
  return `${canonical}&Signature=${percentEncode(signature)}`;
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** ISO 8601 in UTC to the second, as Aliyun wants it: 2026-12-02T03:00:00Z. */
function timestamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function aliyunSmsChannel(options: AliyunSmsOptions): MessageChannel {
  const timeoutMs = options.timeoutMs ?? 10_000;

  return {
    name: 'aliyun_sms',
    async send(message: OutgoingMessage) {
      const templateCode = options.templates[message.kind] ?? options.templates['*'];
      if (!templateCode) throw new PermanentChannelFailure(`no Aliyun template for kind ${message.kind}`);
      const body = signedForm(
        {
          Action: 'SendSms',
          Version: '2017-05-25',
          Format: 'JSON',
          RegionId: options.region,
          AccessKeyId: options.accessKeyId,
          SignatureMethod: 'HMAC-SHA1',
          SignatureVersion: '1.0',
          SignatureNonce: randomUUID(),
          Timestamp: timestamp(),
          PhoneNumbers: message.to.phone,
          SignName: options.signName,
          TemplateCode: templateCode,
          TemplateParam: JSON.stringify(message.params),
          OutId: message.id,
        },
        options.accessKeySecret,
      );
      const answer = await providerFetch('aliyun_sms', options.endpoint, { method: 'POST', headers: FORM, body }, timeoutMs);
      const { Code: code, Message: text } = (answer.body ?? {}) as { Code?: unknown; Message?: unknown };
      if (code === 'OK') return;
      if (typeof code !== 'string') throw new Error(`aliyun_sms answered ${answer.status} without a Code`);
      const reason = `aliyun_sms refused: ${shortText(code)}: ${shortText(String(text ?? ''))}`;
      throw TRANSIENT_CODE.test(code) ? new Error(reason) : new PermanentChannelFailure(reason);
    },
  };
}
