import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { z } from 'zod';
import type { FieldError } from '../domain/field-errors.js';
import { DeliveryStillRunning, SchedulesUnsupported, StepForbidden, StepInvalid, StepRefused, TemporalUnavailable } from '../gateway/errors.js';
import type { problemShape } from './answer-shapes.js';

// RFC 9457 problem details: every error the API answers, from any layer, has this shape.

export type { FieldError };

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

export const badRequest = (errors: FieldError[]) => new HttpProblem(400, 'Invalid input', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
export const unauthorized = (detail = 'a valid bearer token is required') => new HttpProblem(401, 'Unauthorized', detail);
export const forbidden = (detail: string) => new HttpProblem(403, 'Forbidden', detail);
export const notFound = (detail: string) => new HttpProblem(404, 'Not found', detail);
export const conflict = (detail: string, extra: Record<string, unknown> = {}) => new HttpProblem(409, 'Conflict', detail, extra);
export const unavailable = (detail: string) => new HttpProblem(503, 'Service unavailable', detail);

const NO_SCHEDULES = 'this Temporal server runs no Schedules (the time-skipping test server); a meeting series needs a full Temporal server';

/**
 * The problem an error answers: its own, or the one the Temporal gateway's domain error (gateway/errors.ts) stands
 * for; undefined for anything else (a bug, or the ledger away: problemHandler decides).
 */
export function problemOf(err: unknown): HttpProblem | undefined {
  if (err instanceof HttpProblem) return err;
  if (err instanceof StepRefused) return conflict(err.message, { currentStatus: err.currentStatus, allowedSteps: err.allowedSteps });
  if (err instanceof StepForbidden) return forbidden(err.message);
  if (err instanceof StepInvalid) return badRequest(err.errors);
  if (err instanceof DeliveryStillRunning) return conflict(err.message, { currentStatus: 'pending', allowedSteps: [] });
  if (err instanceof SchedulesUnsupported) return unavailable(NO_SCHEDULES);
  if (err instanceof TemporalUnavailable) return unavailable(err.message);
  return undefined;
}

export function sendProblem(res: Parameters<RequestHandler>[1], problem: HttpProblem) {
  res
    .status(problem.status)
    .set({ 'Content-Type': 'application/problem+json', ...problem.headers })
    .send(JSON.stringify(problemBody(problem)));
}

/** The body as the document's Problem describes it (api/answer-shapes.ts). */
function problemBody(problem: HttpProblem): z.output<typeof problemShape> {
  return {
    type: `https://appeals.example/problems/${problem.status}`,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    ...problem.extra,
  };
}

export const unknownRoute: RequestHandler = (req, res) => sendProblem(res, notFound(`no route ${req.method} ${req.path}`));

const UNREACHABLE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|timeout exceeded when trying to connect|Connection terminated/i;

/** Postgres down or unreachable: the caller may retry, so 503 rather than 500 (CONTRACT.md §3). */
export function isUnreachable(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | undefined;
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = String(e?.message ?? '');
  // SQLSTATE class 08 (connection exception), 57P01–03 (server shutting down or starting up), and 55000 as a
  // database closed to connections answers it (an operator's maintenance, a failover's fencing); 55000 for any other
  // reason is a bug of ours and stays a 500.
  if (/^08|^57P0[1-3]$/.test(code)) return true;
  if (code === '55000') return /not currently accepting connections/i.test(message);
  return UNREACHABLE.test(`${code} ${message}`);
}

/** A ledger that went away is usually back within seconds (a restart, a failover); clients wait this long first. */
export const LEDGER_RETRY_AFTER_SECONDS = 5;

export function problemHandler(onUnexpected: (err: unknown) => void): ErrorRequestHandler {
  return (err, _req, res, next) => {
    // A streamed answer that fails midway can only be cut short, which express's own handler does.
    if (res.headersSent) {
      onUnexpected(err);
      return next(err);
    }
    const problem = problemOf(err);
    if (problem) return sendProblem(res, problem);
    onUnexpected(err);
    if (isUnreachable(err)) {
      return sendProblem(
        res,
        new HttpProblem(
          503,
          'Service unavailable',
          'the ledger database is unreachable; try again shortly',
          {},
          { 'Retry-After': String(LEDGER_RETRY_AFTER_SECONDS) },
        ),
      );
    }
    sendProblem(res, new HttpProblem(500, 'Internal error', 'the request failed unexpectedly; it is logged'));
  };
}
