import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for Aliyun's Dysmsapi SendSms, for tests and for an operator trying a configuration: it checks a request
// the way Aliyun does (the HMAC-SHA1 signature recomputed from the received form, the clock, the nonce, the
// parameters), answers in Aliyun's JSON, and keeps what it would have sent. Its canonicalization is written from
// Aliyun's rule, byte by byte, and shares nothing with the adapter, so a mistake in either shows as a mismatch.

export interface ReceivedSms {
  phone: string;
  signName: string;
  templateCode: string;
  params: Record<string, string>;
  outId: string | undefined;
}

/** A Code (HTTP 200, as SendSms answers its own refusals, unless `status` says otherwise), or an HTTP 500. */
export type ScriptedAnswer = { code: string; message?: string; status?: number } | 500;

export interface AliyunSmsStandin {
  /** The endpoint, for ALIYUN_SMS_ENDPOINT. */
  url: string;
  received: ReceivedSms[];
  /** The next `count` correctly signed requests get this answer instead of being sent. */
  answerNext(count: number, answer: ScriptedAnswer): void;
  close(): Promise<void>;
}

const MAX_CLOCK_SKEW_MS = 15 * 60_000;
const REQUIRED = [
  'Action',
  'Version',
  'Format',
  'AccessKeyId',
  'SignatureMethod',
  'SignatureVersion',
  'SignatureNonce',
  'Timestamp',
  'Signature',
  'PhoneNumbers',
  'SignName',
  'TemplateCode',
];

/** Aliyun's POP encoding: A-Z a-z 0-9 - _ . ~ as they are, every other UTF-8 byte as %XY. */
function popEncode(value: string): string {
  let encoded = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte);
    encoded += /[A-Za-z0-9\-_.~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

function expectedSignature(form: URLSearchParams, secret: string): string {
  const pairs = [...form].filter(([key]) => key !== 'Signature').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const canonical = pairs.map(([key, value]) => `${popEncode(key)}=${popEncode(value)}`).join('&');
  return createHmac('sha1', `${secret}&`)
    .update(`POST&${popEncode('/')}&${popEncode(canonical)}`, 'utf8')
    .digest('base64');
}

export async function startAliyunSmsStandin(credentials: { accessKeyId: string; accessKeySecret: string }): Promise<AliyunSmsStandin> {
  const received: ReceivedSms[] = [];
  const script: ScriptedAnswer[] = [];
  const nonces = new Set<string>();

  const answer = (res: ServerResponse, status: number, code: string, message: string): void => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ RequestId: randomUUID(), Code: code, Message: message }));
  };

  function handle(body: string, contentType: string | undefined, res: ServerResponse): void {
    if (!contentType?.startsWith('application/x-www-form-urlencoded')) return answer(res, 400, 'InvalidParameter', 'expected a form body');
    const form = new URLSearchParams(body);
    const missing = REQUIRED.find((name) => !form.get(name));
    if (missing) return answer(res, 400, 'MissingParameter', `${missing} is mandatory for this action.`);
    if (form.get('Action') !== 'SendSms' || form.get('Version') !== '2017-05-25')
      return answer(res, 400, 'InvalidAction.NotFound', 'Specified api is not found.');
    if (form.get('SignatureMethod') !== 'HMAC-SHA1' || form.get('SignatureVersion') !== '1.0')
      return answer(res, 400, 'InvalidParameter', 'unsupported signature method');
    if (form.get('AccessKeyId') !== credentials.accessKeyId) return answer(res, 404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
    if (form.get('Signature') !== expectedSignature(form, credentials.accessKeySecret)) {
      return answer(res, 400, 'SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.');
    }
    const timestamp = form.get('Timestamp')!;
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(timestamp))
      return answer(res, 400, 'InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.');
    if (Math.abs(Date.now() - Date.parse(timestamp)) > MAX_CLOCK_SKEW_MS)
      return answer(res, 400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
    const nonce = form.get('SignatureNonce')!;
    if (nonces.has(nonce)) return answer(res, 400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
    nonces.add(nonce);

    const scripted = script.shift();
    if (scripted === 500) return answer(res, 500, 'InternalError', 'The request processing has failed due to some unknown error.');
    if (scripted) return answer(res, scripted.status ?? 200, scripted.code, scripted.message ?? scripted.code);

    const phone = form.get('PhoneNumbers')!;
    if (!/^(\+?86|0086)?1\d{10}$/.test(phone)) return answer(res, 200, 'isv.MOBILE_NUMBER_ILLEGAL', 'invalid mobile number');
    let params: Record<string, string>;
    try {
      params = JSON.parse(form.get('TemplateParam') ?? '{}') as Record<string, string>;
    } catch {
      return answer(res, 200, 'isv.INVALID_JSON_PARAM', 'JSON参数不合法，只接受字符串值');
    }
    received.push({ phone, signName: form.get('SignName')!, templateCode: form.get('TemplateCode')!, params, outId: form.get('OutId') ?? undefined });
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ RequestId: randomUUID(), BizId: `${Date.now()}^0`, Code: 'OK', Message: 'OK' }));
  }

  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => (req.method === 'POST' ? handle(body, req.headers['content-type'], res) : answer(res, 400, 'InvalidParameter', 'expected POST')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    received,
    answerNext: (count, scripted) => script.push(...Array.from({ length: count }, () => scripted)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
