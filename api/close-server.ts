import type { Server, ServerResponse } from 'node:http';

export type CloseServer = (graceMs: number) => Promise<'drained' | 'cut'>;

/**
 * How a server stops without dropping answers: it takes no new connections, idle keep-alive connections close at
 * once, each request in flight is answered with `Connection: close` (or, its head already sent, its connection
 * closed once idle), and whatever is still busy after `graceMs` is cut. Node's own `server.close()` would wait for
 * kept-alive connections forever, and `closeAllConnections()` cut the answers, so the server's requests are followed
 * from the start. The promise says whether everything drained or something had to be cut.
 */
export function closerOf(server: Server): CloseServer {
  let closing = false;
  const inFlight = new Set<ServerResponse>();
  const release = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('connection', 'close');
  };
  server.on('request', (_req, res: ServerResponse) => {
    inFlight.add(res);
    if (closing) release(res);
    res.once('close', () => {
      inFlight.delete(res);
      // The connection turns idle only after this event; close it then.
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });

  return async (graceMs) => {
    closing = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    for (const res of inFlight) release(res);
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<'cut'>((resolve) => {
      timer = setTimeout(() => resolve('cut'), graceMs);
    });
    const outcome = await Promise.race([closed.then(() => 'drained' as const), bound]);
    clearTimeout(timer);
    if (outcome === 'cut') {
      server.closeAllConnections();
      await closed;
    }
    return outcome;
  };
}
