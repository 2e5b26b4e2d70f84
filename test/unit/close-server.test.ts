import { createServer, request, Agent, type IncomingMessage, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { closerOf, type CloseServer } from '../../api/close-server.js';

// The API's shutdown (api/main.ts) on a real HTTP server: a request in flight is answered, an idle keep-alive
// connection does not hold the shutdown up, and one that outlasts the bound is cut.

let server: Server;
let closeServer: CloseServer;
const agent = new Agent({ keepAlive: true });
afterEach(() => {
  server?.closeAllConnections();
  agent.destroy();
});

/** A server whose `/slow?ms=N` and `/stream?ms=N` finish their answer after N ms, and everything else at once. */
async function start(): Promise<number> {
  server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    // `/stream` sends its head at once: too late then to answer `Connection: close`.
    if (url.pathname === '/stream') res.write('do');
    setTimeout(() => res.end(url.pathname === '/stream' ? 'ne' : 'done'), Number(url.searchParams.get('ms') ?? 0));
  });
  closeServer = closerOf(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

function get(port: number, path: string): Promise<{ status: number; body: string; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, agent }, (res: IncomingMessage) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, body, connection: res.headers.connection }));
    })
      .on('error', reject)
      .end();
  });
}

describe('closerOf', () => {
  it('answers a slow request in flight, while an idle keep-alive connection does not hold the shutdown', async () => {
    const port = await start();
    await get(port, '/'); // leaves an idle keep-alive connection in the agent
    const slow = get(port, '/slow?ms=600');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    const outcome = await closeServer(5_000);
    expect(outcome).toBe('drained');
    expect(await slow).toEqual({ status: 200, body: 'done', connection: 'close' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('closes a connection whose answer had begun before the shutdown once that answer is complete', async () => {
    const port = await start();
    const streaming = get(port, '/stream?ms=600');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await closeServer(5_000)).toBe('drained');
    expect(await streaming).toMatchObject({ status: 200, body: 'done' });
  });

  it('cuts a request that outlasts the bound', async () => {
    const port = await start();
    const stuck = get(port, '/slow?ms=60000');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    expect(await closeServer(300)).toBe('cut');
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(stuck).rejects.toThrow(/socket hang up|ECONNRESET/);
  });
});
