import type { ErrorRequestHandler, RequestHandler } from 'express';

// RFC 9457 problem details: every error the API answers, from any layer, has this shape.

export interface FieldError {
  field: string;
  message: string;
}

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

export const badRequest = (errors: FieldError[]) =>
  new HttpProblem(400, 'Invalid input', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
export const unauthorized = (detail = 'a valid bearer token is required') => new HttpProblem(401, 'Unauthorized', detail);
export const forbidden = (detail: string) => new HttpProblem(403, 'Forbidden', detail);
export const notFound = (detail: string) => new HttpProblem(404, 'Not found', detail);
export const conflict = (detail: string, extra: Record<string, unknown> = {}) => new HttpProblem(409, 'Conflict', detail, extra);
export const unavailable = (detail: string) => new HttpProblem(503, 'Service unavailable', detail);

export function sendProblem(res: Parameters<RequestHandler>[1], problem: HttpProblem) {
  res
    .status(problem.status)
    .set({ 'Content-Type': 'application/problem+json', ...problem.headers })
    .send(
      JSON.stringify({
        type: `https://appeals.example/problems/${problem.status}`,
        title: problem.title,
        status: problem.status,
        detail: problem.detail,
        ...problem.extra,
      }),
    );
}

export const unknownRoute: RequestHandler = (req, res) =>
  sendProblem(res, notFound(`no route ${req.method} ${req.path}`));

export function problemHandler(onUnexpected: (err: unknown) => void): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    if (err instanceof HttpProblem) return sendProblem(res, err);
    onUnexpected(err);
    sendProblem(res, new HttpProblem(500, 'Internal error', 'the request failed unexpectedly; it is logged'));
  };
}
