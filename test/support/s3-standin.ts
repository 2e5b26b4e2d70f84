import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for S3's object API (path-style PUT, GET and DELETE), for tests: it checks each request the way S3
// does (Signature Version 4 recomputed from what arrived, with the one secret it knows; the clock; the payload's
// SHA-256) and keeps objects in memory. Its canonical request is built from the raw request line and headers, by
// S3's rule, and shares nothing with the store (db/attachment-store-s3.ts), so a mistake in either shows as a mismatch.

export interface S3Standin {
  /** The endpoint, for ATTACHMENTS_S3_ENDPOINT. */
  url: string;
  bucket: string;
  /** Stored objects by key. */
  objects: Map<string, Buffer>;
  close(): Promise<void>;
}

const MAX_CLOCK_SKEW_MS = 15 * 60_000;
const AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

const hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** S3's canonical query: each name and value URI-encoded, sorted by name. */
function canonicalQuery(search: string): string {
  const encode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  return [...new URLSearchParams(search)]
    .map(([k, v]) => `${encode(k)}=${encode(v)}`)
    .sort()
    .join('&');
}

function expectedSignature(req: IncomingMessage, signed: string[], date: string, region: string, secret: string): string {
  const [path, search = ''] = req.url!.split('?') as [string, string?];
  // Each canonical header ends in its own newline; the join then adds the blank line before the list of names.
  const headers = signed
    .map(
      (name) =>
        `${name}:${String(req.headers[name] ?? '')
          .trim()
          .replace(/ +/g, ' ')}\n`,
    )
    .join('');
  const request = [req.method, path, canonicalQuery(search), headers, signed.join(';'), req.headers['x-amz-content-sha256']].join('\n');
  const stringToSign = `AWS4-HMAC-SHA256\n${req.headers['x-amz-date']}\n${date}/${region}/s3/aws4_request\n${hex(request)}`;
  let key: Buffer = createHmac('sha256', 'AWS4' + secret)
    .update(date)
    .digest();
  for (const part of [region, 's3', 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
  return createHmac('sha256', key).update(stringToSign).digest('hex');
}

/** Answers as S3 does: an XML error with its Code. */
function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  res
    .writeHead(status, { 'content-type': 'application/xml' })
    .end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);
}

export async function startS3Standin(credentials: { accessKeyId: string; secretAccessKey: string; region?: string; bucket?: string }): Promise<S3Standin> {
  const { accessKeyId, secretAccessKey, region = 'us-east-1', bucket = 'appeal-attachments' } = credentials;
  const objects = new Map<string, Buffer>();

  function handle(req: IncomingMessage, body: Buffer, res: ServerResponse): void {
    const auth = AUTHORIZATION.exec(req.headers.authorization ?? '');
    if (!auth) return refuse(res, 403, 'AccessDenied', 'no AWS4-HMAC-SHA256 authorization');
    const [, keyId, date, signedRegion, signedHeaders, signature] = auth as unknown as [string, string, string, string, string, string];
    if (keyId !== accessKeyId) return refuse(res, 403, 'InvalidAccessKeyId', 'unknown access key');
    if (signedRegion !== region) return refuse(res, 400, 'AuthorizationHeaderMalformed', `the region is ${region}`);
    const signed = signedHeaders.split(';');
    if (!['host', 'x-amz-content-sha256', 'x-amz-date'].every((name) => signed.includes(name)))
      return refuse(res, 403, 'AccessDenied', 'host, x-amz-content-sha256 and x-amz-date must be signed');
    const amzDate = String(req.headers['x-amz-date'] ?? '');
    const at = Date.parse(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
    if (!amzDate.startsWith(date) || !(Math.abs(Date.now() - at) <= MAX_CLOCK_SKEW_MS))
      return refuse(res, 403, 'RequestTimeTooSkewed', 'the request time is too far from the server time');
    if (req.headers['x-amz-content-sha256'] !== hex(body)) return refuse(res, 400, 'XAmzContentSHA256Mismatch', 'the body does not match x-amz-content-sha256');
    const expected = Buffer.from(expectedSignature(req, signed, date, region, secretAccessKey));
    if (!timingSafeEqual(expected, Buffer.from(signature))) return refuse(res, 403, 'SignatureDoesNotMatch', 'the signature does not match');

    const [, inBucket, ...rest] = req.url!.split('?')[0]!.split('/');
    if (inBucket !== bucket) return refuse(res, 404, 'NoSuchBucket', 'no such bucket');
    const key = rest.map(decodeURIComponent).join('/');
    if (req.method === 'PUT') {
      objects.set(key, body);
      return void res.writeHead(200, { etag: `"${createHash('md5').update(body).digest('hex')}"` }).end();
    }
    if (req.method === 'DELETE') {
      objects.delete(key);
      return void res.writeHead(204).end();
    }
    const object = objects.get(key);
    if (req.method !== 'GET') return refuse(res, 405, 'MethodNotAllowed', 'PUT, GET or DELETE');
    if (!object) return refuse(res, 404, 'NoSuchKey', 'the specified key does not exist');
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': object.length }).end(object);
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, Buffer.concat(chunks), res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bucket,
    objects,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
