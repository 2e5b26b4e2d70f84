import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { METADATA_ENCODING_KEY } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EncryptionCodec } from '../../codec/encryption-codec.js';
import { newPayloadKeyEntry, parsePayloadKeys, type PayloadKeys } from '../../codec/payload-keys.js';
import { createCodecServer } from '../../codec/remote-codec.js';

// The codec server over real HTTP, as the Temporal UI (from the browser, with CORS) and the CLI call it.

const ADMIN = 'codec-admin-token';
const UI_KEY = 'a-ui-key-of-at-least-24-characters';
const UI_ORIGIN = 'http://localhost:8233';
const codec = new EncryptionCodec(parsePayloadKeys(newPayloadKeyEntry('k1')) as PayloadKeys);
let base: string;
let server: Server;

beforeAll(async () => {
  const app = createCodecServer({ codec, namespace: 'default', adminToken: ADMIN, uiKey: UI_KEY, corsOrigins: [UI_ORIGIN], onUnexpected: () => {} });
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const b64 = (text: string) => Buffer.from(text).toString('base64');
const plain = { metadata: { encoding: b64('json/plain') }, data: b64(JSON.stringify({ phone: '13800000000' })) };

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-namespace': 'default', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { payloads: { metadata: Record<string, string>; data: string }[] }, headers: res.headers };
}

async function sealed() {
  const [payload] = await codec.encode([{ metadata: { [METADATA_ENCODING_KEY]: Buffer.from('json/plain') }, data: Buffer.from('{"phone":"13800000000"}') }]);
  return {
    metadata: Object.fromEntries(Object.entries(payload!.metadata!).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
    data: Buffer.from(payload!.data!).toString('base64'),
  };
}

describe('codec server', () => {
  it('decodes for the admin token', async () => {
    const answer = await post('/decode', { payloads: [await sealed(), plain] }, { authorization: `Bearer ${ADMIN}` });
    expect(answer.status).toBe(200);
    expect(answer.body.payloads).toEqual([plain, plain]);
  });

  it('refuses without the admin token, or with another one', async () => {
    const payloads = [await sealed()];
    for (const headers of [{}, { authorization: 'Bearer not-the-admin-token' }] as Record<string, string>[]) {
      const answer = await post('/decode', { payloads }, headers);
      expect(answer.status).toBe(401);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(JSON.stringify(answer.body)).not.toContain(b64('13800000000'));
    }
  });

  it('decodes for the UI key in the path, and only that key', async () => {
    expect((await post(`/ui/${UI_KEY}/decode`, { payloads: [await sealed()] })).body.payloads).toEqual([plain]);
    expect((await post('/ui/a-guess-of-at-least-24-characters/decode', { payloads: [await sealed()] })).status).toBe(401);
  });

  it('encodes what it then decodes', async () => {
    const auth = { authorization: `Bearer ${ADMIN}` };
    const encoded = await post('/encode', { payloads: [plain] }, auth);
    expect(encoded.status).toBe(200);
    expect(Buffer.from(encoded.body.payloads[0]!.metadata.encoding!, 'base64').toString()).toBe('binary/encrypted');
    expect((await post('/decode', encoded.body, auth)).body.payloads).toEqual([plain]);
  });

  it("lets the UI's origin call it from the browser, and no other", async () => {
    const preflight = (origin: string) =>
      fetch(`${base}/ui/${UI_KEY}/decode`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-namespace' },
      });
    const allowed = await preflight(UI_ORIGIN);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(UI_ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/X-Namespace/i);
    expect((await preflight('http://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers only for its own namespace, and 400 for a body that is not payloads', async () => {
    const auth = { authorization: `Bearer ${ADMIN}` };
    expect((await post('/decode', { payloads: [plain] }, { ...auth, 'x-namespace': 'other' })).status).toBe(403);
    expect((await post('/decode', { payloads: 'not a list' }, auth)).status).toBe(400);
    // What the Temporal CLI sends for an event without payloads (proto JSON leaves the empty list out).
    expect(await post('/decode', {}, auth)).toMatchObject({ status: 200, body: { payloads: [] } });
  });
});
