import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A real webhook receiver for tests: each path answers from a script of responses (the last one repeats), and
// keeps every request it got, with the raw body, so tests can verify signatures and count duplicates.

/**
 * `body`: what the answer carries (default "ok"). `until`: the answer waits for it (a test holds a request while it
 * does something else, e.g. cut the ledger).
 */
export type Reply = { status: number; headers?: Record<string, string>; body?: string; until?: Promise<unknown> } | 'hang' | 'drop';

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Receiver {
  url(path: string): string;
  script(path: string, replies: Reply[]): void;
  received(path: string): Received[];
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const scripts = new Map<string, Reply[]>();
  const got: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      got.push({ path, headers: req.headers, body });
      const replies = scripts.get(path) ?? [{ status: 200 }];
      const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
      if (reply === 'hang') return; // never answers: the sender's timeout ends it
      if (reply === 'drop') return req.socket.destroy();
      void Promise.resolve(reply.until).then(() => res.writeHead(reply.status, reply.headers).end(reply.body ?? 'ok'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path) => base + path,
    script: (path, replies) => void scripts.set(path, [...replies]),
    received: (path) => got.filter((r) => r.path === path),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
