import { createHash, createHmac } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { AttachmentStore } from './attachment-store.js';

// Attachments' bytes in S3-compatible storage (AWS S3, MinIO, Aliyun OSS's S3 API, …): PUT, GET and DELETE of one
// object each, signed with AWS Signature Version 4 by hand (node:crypto): the SDK is a large tree for three requests.
// Path-style URLs (`<endpoint>/<bucket>/<key>`), which MinIO and every S3-compatible store serve.

export interface S3Location {
  /** The service's origin, e.g. `https://s3.cn-north-1.amazonaws.com.cn` or `http://minio:9000`. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

const sha256Hex = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** What a Signature Version 4 signs: the request as S3 reads it. `headers` are the signed ones, names in lower case. */
export interface SignedRequest {
  method: string;
  /** The path as sent, each segment URI-encoded once. */
  path: string;
  /** The query string's canonical form (its pairs encoded and sorted); '' for none. */
  query: string;
  headers: Record<string, string>;
  /** Hex SHA-256 of the body, as sent in x-amz-content-sha256. */
  payloadHash: string;
  /** x-amz-date, `YYYYMMDD'T'HHMMSS'Z'`. */
  amzDate: string;
  region: string;
}

/** The signature of `request` under `secret`, and what the Authorization header names with it. */
export function signatureV4(secret: string, request: SignedRequest): { signature: string; signedHeaders: string; scope: string } {
  const names = Object.keys(request.headers).sort();
  const canonical = [
    request.method,
    request.path,
    request.query,
    ...names.map((name) => `${name}:${request.headers[name]!.trim().replace(/\s+/g, ' ')}`),
    '',
    names.join(';'),
    request.payloadHash,
  ].join('\n');
  const day = request.amzDate.slice(0, 8);
  const scope = `${day}/${request.region}/s3/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', request.amzDate, scope, sha256Hex(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, day), request.region), 's3'), 'aws4_request');
  return { signature: createHmac('sha256', key).update(toSign).digest('hex'), signedHeaders: names.join(';'), scope };
}

/** RFC 3986 encoding of one path segment, as S3 expects it: unreserved characters stay, every other byte is %XX. */
const encodeSegment = (segment: string) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function s3AttachmentStore({ endpoint, bucket, region, accessKeyId, secretAccessKey }: S3Location): AttachmentStore {
  const base = new URL(endpoint);
  const prefix = base.pathname.replace(/\/+$/, '');

  async function send(method: 'PUT' | 'GET' | 'DELETE', key: string, body?: Buffer<ArrayBuffer>): Promise<Response> {
    const path = `${prefix}/${encodeSegment(bucket)}/${key.split('/').map(encodeSegment).join('/')}`;
    const amzDate = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    // The payload is signed too (not UNSIGNED-PAYLOAD): the store refuses bytes changed on the way.
    const headers = { host: base.host, 'x-amz-content-sha256': sha256Hex(body ?? ''), 'x-amz-date': amzDate };
    const { signature, signedHeaders, scope } = signatureV4(secretAccessKey, {
      method,
      path,
      query: '',
      headers,
      payloadHash: headers['x-amz-content-sha256'],
      amzDate,
      region,
    });
    const { host: _host, ...sent } = headers; // fetch writes Host from the URL, as signed
    const response = await fetch(new URL(path, base), {
      method,
      headers: {
        ...sent,
        authorization: `AWS4-HMAC-SHA256 Credential=${accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
      },
      ...(body ? { body } : {}),
    });
    // DELETE of an object that is not there is done, as S3 itself says with 204.
    if (!response.ok && !(method === 'DELETE' && response.status === 404)) {
      const text = await response.text();
      throw new Error(`S3 ${method} ${key} answered ${response.status}: ${text.slice(0, 300)}`);
    }
    return response;
  }

  return {
    kind: 's3',
    async put(key, bytes) {
      // A PutObject needs its length (and here its hash) before the first byte: the upload is gathered first, which
      // the 20 MiB limit on an attachment bounds.
      const pieces: Uint8Array[] = [];
      for await (const piece of bytes) pieces.push(piece);
      await send('PUT', key, Buffer.concat(pieces));
    },
    async get(key) {
      const response = await send('GET', key);
      return Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
    },
    async delete(key) {
      await (await send('DELETE', key)).arrayBuffer();
    },
  };
}
