import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { guardedLookup, postWebhook, RefusedDestination, shortText, type Resolve } from '../../activities/webhook-post.js';
import { LONGEST_WAIT_MS, retryAfterMs } from '../../domain/delivery-waits.js';
import { addressGuard } from '../../domain/outbound-address.js';
import { outboundRules } from '../../domain/outbound-url.js';

// Where outbound requests may go, judged without the rest of the product: addresses, URLs, the lookup that judges
// a name when it connects (with a fake resolver, and with a real socket to a real local server), and how much of
// an answer is read.

const strict = addressGuard([]);

describe('addresses', () => {
  it.each([
    ['127.0.0.1', 'a loopback'],
    ['127.8.9.10', 'a loopback'],
    ['::1', 'a loopback'],
    ['::ffff:127.0.0.1', 'a loopback'],
    ['10.1.2.3', 'a private'],
    ['172.16.0.1', 'a private'],
    ['172.31.255.254', 'a private'],
    ['192.168.1.1', 'a private'],
    ['fd12:3456::1', 'a private'],
    ['169.254.169.254', 'a link-local'],
    ['fe80::1', 'a link-local'],
    ['0.0.0.0', 'an unspecified'],
    ['::', 'an unspecified'],
    ['100.64.0.1', 'a shared (carrier-grade NAT)'],
    ['224.0.0.1', 'a multicast'],
    ['ff02::1', 'a multicast'],
    ['255.255.255.255', 'a reserved'],
  ])('refuses %s as %s address', (address, kind) => {
    expect(strict(address)).toBe(`${kind} address (${address})`);
  });

  it.each(['8.8.8.8', '172.32.0.1', '100.128.0.1', '2001:4860:4860::8888'])('accepts the public address %s', (address) => {
    expect(strict(address)).toBeUndefined();
  });

  it('accepts exactly the networks an operator allowed', () => {
    const allowing = addressGuard(['127.0.0.1/32', '10.20.0.0/16']);
    expect(allowing('127.0.0.1')).toBeUndefined();
    expect(allowing('10.20.3.4')).toBeUndefined();
    expect(allowing('127.0.0.2')).toBeDefined();
    expect(allowing('10.21.0.1')).toBeDefined();
    expect(allowing('169.254.169.254')).toBeDefined();
  });
});

describe('URLs', () => {
  const rules = outboundRules({ httpHosts: ['hooks.city.example', '127.0.0.1'], privateNetworks: [] });

  it.each([
    ['https://hooks.example.com/appeals', undefined],
    ['http://hooks.city.example/appeals', undefined],
    ['http://hooks.example.com/appeals', 'must be https (plain http only to hosts in WEBHOOK_HTTP_HOSTS)'],
    ['ftp://hooks.example.com/', 'must be an https URL'],
    ['not a url', 'must be an https URL'],
    ['https://user:pass@hooks.example.com/', 'must not carry credentials'],
    // Allowed http to the host does not allow the address: that is WEBHOOK_PRIVATE_NETWORKS' business.
    ['http://127.0.0.1:3000/v1/tokens', 'must not point at a loopback address (127.0.0.1)'],
    ['https://2130706433/', 'must not point at a loopback address (127.0.0.1)'],
    ['https://[::1]/', 'must not point at a loopback address (::1)'],
    ['https://169.254.169.254/latest/meta-data/', 'must not point at a link-local address (169.254.169.254)'],
    ['https://localhost/', 'must not point at localhost, a loopback name'],
    ['https://api.localhost./', 'must not point at api.localhost, a loopback name'],
  ])('%s: %s', (url, refusal) => {
    expect(rules.urlRefusal(url)).toBe(refusal);
  });
});

describe('the lookup made when a request connects', () => {
  /** A resolver that answers from a table, like a DNS server that now says something else. */
  const fakeResolve =
    (table: Record<string, string[]>): Resolve =>
    (hostname, _options, callback) =>
      callback(
        null,
        (table[hostname] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
      );
  const lookup = guardedLookup(strict, fakeResolve({ 'hooks.example.com': ['93.184.215.14'], 'rebound.example.com': ['93.184.215.14', '127.0.0.1'] }));
  const resolved = (hostname: string, all: boolean) =>
    new Promise<unknown>((resolve, reject) =>
      lookup(hostname, { all }, (err, address, family) => (err ? reject(err) : resolve(all ? address : [address, family]))),
    );

  it('answers a public name as Node asked: one address, or all of them', async () => {
    await expect(resolved('hooks.example.com', false)).resolves.toEqual(['93.184.215.14', 4]);
    await expect(resolved('hooks.example.com', true)).resolves.toEqual([{ address: '93.184.215.14', family: 4 }]);
  });

  it('refuses a name if any address it resolves to is refused', async () => {
    await expect(resolved('rebound.example.com', true)).rejects.toThrow(
      new RefusedDestination('rebound.example.com resolves to a loopback address (127.0.0.1)'),
    );
    await expect(resolved('nowhere.example.com', false)).rejects.toBeInstanceOf(RefusedDestination);
  });
});

describe('a POST', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
  });

  async function serve(handler: Parameters<typeof createServer>[1]): Promise<{ port: number; hits: () => number }> {
    let hits = 0;
    server = createServer((req, res) => {
      hits++;
      handler!(req, res);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return { port: (server.address() as AddressInfo).port, hits: () => hits };
  }
  const post = (url: string, lookup = guardedLookup(addressGuard(['127.0.0.1/32']))) =>
    postWebhook(new URL(url), { headers: {}, body: '{}', signal: AbortSignal.timeout(5_000), lookup });

  it('never connects to a name that resolves to a refused address now', async () => {
    const { port, hits } = await serve((_req, res) => res.end('ok'));
    const rebinding = guardedLookup(strict, (_hostname, _options, callback) => callback(null, [{ address: '127.0.0.1', family: 4 }]));
    await expect(post(`http://rebound.example.com:${port}/`, rebinding)).rejects.toBeInstanceOf(RefusedDestination);
    expect(hits()).toBe(0);
  });

  it('stops reading an endless answer at a few KiB', async () => {
    let written = 0;
    const { port } = await serve((_req, res) => {
      res.writeHead(500, { 'content-type': 'application/problem+json' });
      res.write('{"title": "busy", "detail": "');
      const chunk = 'x'.repeat(64 * 1024);
      // Writes for as long as the connection lasts: only a reader that stops can finish.
      const more = () => {
        while (!res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return;
        }
      };
      res.on('drain', more);
      more();
    });
    const answer = await post(`http://127.0.0.1:${port}/`);
    // The body was not JSON within the cap, so there is no title; the status is all that is kept.
    expect(answer).toEqual({ status: 500, retryAfter: undefined, reason: 'answered 500' });
    expect(written).toBeGreaterThan(64 * 1024);
  });

  it('does not follow a redirect, nor read its body', async () => {
    const target = await serve((_req, res) => res.writeHead(302, { location: 'http://127.0.0.1:1/v1/tokens' }).end('{"title":"Unauthorized"}'));
    expect(await post(`http://127.0.0.1:${target.port}/`)).toEqual({ status: 302, retryAfter: undefined, reason: 'answered 302; redirects are not followed' });
    expect(target.hits()).toBe(1);
  });

  it('keeps a problem’s title, on one short line, and nothing else of the answer', async () => {
    const title = `bad\u0007 signature\n${'!'.repeat(200)}`;
    const { port } = await serve((_req, res) =>
      res.writeHead(400, { 'content-type': 'application/problem+json' }).end(JSON.stringify({ title, detail: 'stack trace' })),
    );
    const { reason } = await post(`http://127.0.0.1:${port}/`);
    expect(reason).toBe(`answered 400: ${shortText(title)}`);
    expect(reason).not.toContain('stack trace');
    expect(shortText(title)).toMatch(/^bad signature !+…$/);
    expect(shortText(title)).toHaveLength(100);
  });
});

describe('Retry-After', () => {
  it.each([
    ['120', 120_000],
    ['999999', LONGEST_WAIT_MS],
    [new Date(Date.UTC(2030, 0, 1, 0, 1)).toUTCString(), 60_000],
    [new Date(Date.UTC(2031, 0, 1)).toUTCString(), LONGEST_WAIT_MS],
    ['soon', undefined],
    [undefined, undefined],
  ])('%s waits %s ms', (header, wait) => {
    expect(retryAfterMs(header, Date.UTC(2030, 0, 1))).toBe(wait);
  });
});
