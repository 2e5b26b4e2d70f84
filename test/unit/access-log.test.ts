import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import express from 'express';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog, loggedPath } from '../../api/access-log.js';

// The API's access log (api/app.ts) on a real express server, its lines read back as JSON.

const lines: Record<string, unknown>[] = [];
let server: Server;
let base: string;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const app = express();
  app.use(accessLog(pino({ level: 'info' }, sink)));
  const router = express.Router();
  router.get('/v1/appeals', (_req, res) => void res.json({ items: [] }));
  router.get('/a/:token', (_req, res) => void res.send('page'));
  router.get('/healthz', (_req, res) => void res.json({ ok: true }));
  router.get('/v1/broken', (_req, res) => void res.status(500).json({ status: 500 }));
  router.get('/v1/busy', (_req, res) => void res.status(503).set('retry-after', '3').json({ status: 503 }));
  app.use(router);
  await new Promise<void>((resolve) => {
    server = app.listen(0, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const lineFor = async (path: string, init?: RequestInit) => {
  const before = lines.length;
  await (await fetch(base + path, init)).text();
  for (let i = 0; i < 50 && lines.length === before; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  return lines.slice(before);
};

describe('the access log', () => {
  it('writes one line per request: method, path, status and time, without headers or the query', async () => {
    const written = await lineFor('/v1/appeals?q=绵阳某某有限公司&limit=5', { headers: { authorization: 'Bearer secret-token-123' } });
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ level: 30, msg: 'GET /v1/appeals 200', req: { method: 'GET', path: '/v1/appeals' }, res: { statusCode: 200 } });
    expect(Object.keys(written[0]!.req as object).sort()).toEqual(['id', 'method', 'path']);
    expect(written[0]!.responseTime).toEqual(expect.any(Number));
    const text = JSON.stringify(written[0]);
    for (const hidden of ['secret-token-123', '绵阳', 'limit=5']) expect(text).not.toContain(hidden);
  });

  it('hides a follow link’s token, warns on a server fault (not on back-pressure) and leaves probes out', async () => {
    const [page] = await lineFor('/a/eyJhcHBlYWwiOiJ4In0.c2ln');
    expect(page).toMatchObject({ msg: 'GET /a/:token 200', req: { path: '/a/:token' } });
    expect(JSON.stringify(page)).not.toContain('eyJhcHBlYWwi');
    expect(await lineFor('/v1/broken')).toMatchObject([{ level: 40, msg: 'GET /v1/broken 500' }]);
    expect(await lineFor('/v1/busy')).toMatchObject([{ level: 30, msg: 'GET /v1/busy 503' }]);
    expect(await lineFor('/healthz')).toEqual([]);
  });

  it('knows the follow page’s rating path too', () => {
    expect(loggedPath('/a/tok.en/rating?x=1')).toBe('/a/:token/rating');
    expect(loggedPath('/v1/appeals/a/b')).toBe('/v1/appeals/a/b');
  });
});
