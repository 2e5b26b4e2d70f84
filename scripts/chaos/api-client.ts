import { jsonRequest, readBody } from '../json-request.js';

// The HTTP API as the chaos run's callers see it: every answer, a connection that failed, or a request the API let
// hang (the contract promises a 503 instead, so a hang is an anomaly the driver reports).

export type Reply =
  // The answer's JSON, whatever route gave it: the driver reads the fields it needs (ids, tokens, statuses).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- typing it would mean a cast at every read
  | { kind: 'answer'; status: number; body: any; problemJson: boolean; ms: number; retryAfterMs?: number }
  | { kind: 'unreachable'; error: string; ms: number }
  | { kind: 'hung'; ms: number };

export type ApiCall = (method: string, path: string, token?: string, body?: unknown, headers?: Record<string, string>) => Promise<Reply>;

/** `hangAfterMs` is above the API's own bounds (20 s for Temporal and 5 more to learn whether a submission started, 5 + 15 s for a Postgres connection and query). */
export function apiClient(baseUrl: string, hangAfterMs = 45_000): ApiCall {
  return async (method, path, token, body, headers = {}) => {
    const started = Date.now();
    try {
      const response = await fetch(baseUrl + path, { ...jsonRequest(method, token, body, headers), signal: AbortSignal.timeout(hangAfterMs) });
      const parsed = await readBody(response);
      const problemJson = (response.headers.get('content-type') ?? '').startsWith('application/problem+json');
      const retryAfter = response.headers.get('retry-after');
      return {
        kind: 'answer',
        status: response.status,
        body: parsed,
        problemJson,
        ms: Date.now() - started,
        ...(retryAfter === null ? {} : { retryAfterMs: Number(retryAfter) * 1000 }),
      };
    } catch (err) {
      const ms = Date.now() - started;
      if ((err as Error).name === 'TimeoutError') return { kind: 'hung', ms };
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      return { kind: 'unreachable', error: cause?.code ?? cause?.message ?? String(err), ms };
    }
  };
}

/** Worth sending again: the API or what is behind it was down, and said so (or could not be reached). */
export function isTransient(reply: Reply): boolean {
  return reply.kind !== 'answer' || reply.status === 503;
}

export function describeReply(reply: Reply): string {
  if (reply.kind === 'hung') return `no answer within ${Math.round(reply.ms / 1000)} s`;
  if (reply.kind === 'unreachable') return `connection failed (${reply.error})`;
  const detail = typeof reply.body === 'object' && reply.body !== null ? (reply.body as { detail?: string }).detail : undefined;
  return `${reply.status}${detail ? ` ${detail}` : ''}`;
}
