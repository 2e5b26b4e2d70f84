import type { IncomingMessage } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../config/logger.js';

// One JSON line per answered request, through pino-http: pino's own HTTP logger, kept by pino's maintainers and used
// widely, which times each answer, logs a request the client gave up on, and writes through the process's logger, so
// its lines are the same JSON as every other. What a line holds is chosen here: method, path, status and time, never
// a header (bearer tokens), a query string (search texts, enterprises' names) or a follow link's token.

/** Probes and scrapes every few seconds: a line each would bury the requests people make. */
const UNLOGGED = new Set(['/healthz', '/readyz', '/metrics']);

/** The path without its query, a follow link's token replaced: the link opens the appeal to whoever holds it. */
export function loggedPath(url: string): string {
  const path = url.split('?', 1)[0]!;
  return path.replace(/^\/a\/[^/]+/, '/a/:token');
}

/** Express rewrites `url` inside mounted routers; `originalUrl` is what the client asked for. */
const pathOf = (req: IncomingMessage) => loggedPath((req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '');

export function accessLog(log: Logger) {
  return pinoHttp({
    logger: log,
    autoLogging: { ignore: (req) => UNLOGGED.has(pathOf(req)) },
    // The serialized request, not Node's: pino-std-serializers keeps express's originalUrl in `url`.
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, path: loggedPath(req.url) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // A warning for an answer cut short or a server fault; a 503 is the admission's back-pressure (Retry-After),
    // which a busy hour answers thousands of times.
    customLogLevel: (_req, res) => (!res.writableFinished || (res.statusCode >= 500 && res.statusCode !== 503) ? 'warn' : 'info'),
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    // pino-http counts a 5xx as an error too; only an answer cut short says so.
    customErrorMessage: (req, res, err) => `${req.method} ${pathOf(req)} ${res.statusCode}${res.writableFinished ? '' : ` (not completed: ${err.message})`}`,
  });
}
