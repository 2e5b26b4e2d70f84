import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { AddressRefusal } from '../domain/outbound-address.js';

// One webhook POST that stays outside: the addresses a name resolves to are judged when the socket connects (a
// name that resolved to a public address when it was entered may resolve to 127.0.0.1 now), redirects are never
// followed, and the answer is read only as far as a short reason needs. The receiver's body is never kept: a
// receiver that answered with someone else's page (a redirect, a proxy) would otherwise show it to whoever lists
// notifications.

/** Enough for a problem+json title; the rest of an answer is not read. */
const MAX_BODY_BYTES = 4096;
const MAX_REASON_CHARS = 100;

/** The destination is one we do not send to: a failed attempt, not one to retry. */
export class RefusedDestination extends Error {}

export type Resolve = (hostname: string, options: LookupOptions, callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

const systemResolve: Resolve = (hostname, options, callback) => dnsLookup(hostname, { ...options, all: true }, callback);

/** A socket's `lookup` that refuses the name if any address it resolves to is refused. */
export function guardedLookup(refusal: AddressRefusal, resolve: Resolve = systemResolve): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, options, (err, addresses) => {
      if (err) return callback(err, '');
      const refused = addresses.map((a) => refusal(a.address)).find(Boolean);
      const first = addresses[0];
      if (refused || !first) return callback(new RefusedDestination(`${hostname} resolves to ${refused ?? 'no address'}`), '');
      // Node asks for every address when it tries them in turn (autoSelectFamily), else for one.
      if (options.all) callback(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}

/** Receiver-written text made fit for the ledger: one line, no control or format characters, short. */
export function shortText(text: string): string {
  const line = text
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > MAX_REASON_CHARS ? `${line.slice(0, MAX_REASON_CHARS - 1)}…` : line;
}

export interface WebhookAnswer {
  status: number;
  retryAfter: string | undefined;
  /** Empty for a 2xx; else "answered <status>", with the problem's title when the receiver sent one. */
  reason: string;
}

/** The first MAX_BODY_BYTES of the answer, then the connection is dropped. */
function readCapped(response: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= MAX_BODY_BYTES) {
        response.destroy();
        resolve(Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES));
      }
    });
    response.on('end', () => resolve(Buffer.concat(chunks)));
    response.on('error', reject);
  });
}

function problemTitle(body: Buffer): string | undefined {
  try {
    const title: unknown = (JSON.parse(body.toString('utf8')) as { title?: unknown }).title;
    return typeof title === 'string' && title.trim() ? shortText(title) : undefined;
  } catch {
    return undefined;
  }
}

async function reasonFor(response: IncomingMessage): Promise<string> {
  const status = response.statusCode!;
  if (status < 300) return '';
  if (status < 400) return `answered ${status}; redirects are not followed`;
  const isProblem = /^application\/problem\+json\b/i.test(response.headers['content-type'] ?? '');
  const title = isProblem ? problemTitle(await readCapped(response)) : undefined;
  return title ? `answered ${status}: ${title}` : `answered ${status}`;
}

export function postWebhook(
  url: URL,
  { headers, body, signal, lookup }: { headers: Record<string, string>; body: string; signal: AbortSignal; lookup: LookupFunction },
): Promise<WebhookAnswer> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    // agent: false: a connection of its own, so every attempt resolves (and is judged) afresh.
    const req = request(
      url,
      { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, signal, lookup, agent: false },
      (response) => {
        reasonFor(response).then((reason) => {
          response.destroy();
          const retryAfter = response.headers['retry-after'];
          resolve({ status: response.statusCode!, retryAfter, reason });
        }, reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
