import { randomBytes } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for a WeChat Official Account's API, for tests and for an operator trying a configuration: it issues
// access tokens for one appid and secret (and refuses others as WeChat does, 40013/40125), lets tokens end (42001)
// or be replaced (40001) on demand, counts the token fetches a sender makes, and keeps the template messages it got.

export interface SentTemplate {
  touser: string;
  template_id: string;
  url?: string;
  data: Record<string, { value: string }>;
}

export interface WechatStandin {
  /** The API base, for WECHAT_API_BASE. */
  url: string;
  sent: SentTemplate[];
  tokenFetches(): number;
  /** The tokens issued so far answer 42001 (expired) from now on. */
  expireTokens(): void;
  /** The tokens issued so far answer 40001 (invalid, as after another fetch replaced them) from now on. */
  invalidateTokens(): void;
  /** The next `count` sends with a good token get this errcode, or an HTTP 500, instead of being delivered. */
  answerNext(count: number, answer: number | 'http 500'): void;
  close(): Promise<void>;
}

const ERRMSG: Record<number, string> = {
  [-1]: 'system error',
  40001: 'invalid credential, access_token is invalid or not latest',
  40003: 'invalid openid',
  40013: 'invalid appid',
  40037: 'invalid template_id',
  40125: 'invalid appsecret',
  41001: 'access_token missing',
  42001: 'access_token expired',
  43004: 'require subscribe',
  45009: 'reach max api daily quota limit',
  47001: 'data format error',
};

type TokenState = { endsAt: number; refused?: 40001 | 42001 };

export async function startWechatStandin(account: { appId: string; appSecret: string; expiresIn?: number }): Promise<WechatStandin> {
  const sent: SentTemplate[] = [];
  const tokens = new Map<string, TokenState>();
  const script: (number | 'http 500')[] = [];
  const expiresIn = account.expiresIn ?? 7200;
  let fetches = 0;

  const reply = (res: ServerResponse, body: object): void => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  const error = (res: ServerResponse, errcode: number) =>
    reply(res, { errcode, errmsg: `${ERRMSG[errcode] ?? 'error'} rid: ${randomBytes(4).toString('hex')}` });

  function issueToken(query: URLSearchParams, res: ServerResponse): void {
    fetches += 1;
    if (query.get('grant_type') !== 'client_credential') return error(res, 40002);
    if (query.get('appid') !== account.appId) return error(res, 40013);
    if (query.get('secret') !== account.appSecret) return error(res, 40125);
    const token = randomBytes(32).toString('base64url');
    tokens.set(token, { endsAt: Date.now() + expiresIn * 1000 });
    reply(res, { access_token: token, expires_in: expiresIn });
  }

  function sendTemplate(query: URLSearchParams, body: string, res: ServerResponse): void {
    const token = query.get('access_token');
    if (!token) return error(res, 41001);
    const state = tokens.get(token);
    if (!state) return error(res, 40001);
    if (state.refused) return error(res, state.refused);
    if (Date.now() >= state.endsAt) return error(res, 42001);
    let message: SentTemplate;
    try {
      message = JSON.parse(body) as SentTemplate;
    } catch {
      return error(res, 47001);
    }
    const wellFormed =
      typeof message.touser === 'string' &&
      message.touser !== '' &&
      typeof message.template_id === 'string' &&
      message.template_id !== '' &&
      (message.url === undefined || typeof message.url === 'string') &&
      typeof message.data === 'object' &&
      message.data !== null &&
      Object.values(message.data).every((field) => typeof field?.value === 'string');
    if (!wellFormed) return error(res, 47001);
    const scripted = script.shift();
    if (scripted === 'http 500') return void res.writeHead(500).end('Internal Server Error');
    if (scripted !== undefined) return error(res, scripted);
    sent.push(message);
    reply(res, { errcode: 0, errmsg: 'ok', msgid: sent.length });
  }

  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://standin');
      if (req.method === 'GET' && url.pathname === '/cgi-bin/token') return issueToken(url.searchParams, res);
      if (req.method === 'POST' && url.pathname === '/cgi-bin/message/template/send') return sendTemplate(url.searchParams, body, res);
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const refuseAll = (errcode: 40001 | 42001) => tokens.forEach((state) => (state.refused = errcode));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent,
    tokenFetches: () => fetches,
    expireTokens: () => refuseAll(42001),
    invalidateTokens: () => refuseAll(40001),
    answerNext: (count, answer) => script.push(...Array.from({ length: count }, () => answer)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
