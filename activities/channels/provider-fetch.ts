import { shortText } from '../webhook-post.js';

// One request to a message provider, with the failures every provider shares made transient in one place: no
// answer in time, no connection, a 5xx. What the provider says in its JSON is each adapter's to judge.

export interface ProviderAnswer {
  status: number;
  /** The parsed JSON answer; undefined when it was not JSON. */
  body: unknown;
}

/** Why fetch failed, in one line: its own message ("fetch failed") hides the cause. Never the URL, which may hold a secret. */
function unreachableReason(err: unknown, timeoutMs: number): string {
  if (err instanceof Error && err.name === 'TimeoutError') return `no answer in ${timeoutMs} ms`;
  const cause = err instanceof Error ? err.cause : undefined;
  return shortText(cause instanceof Error ? cause.message : String(err));
}

export async function providerFetch(channel: string, url: string, init: RequestInit, timeoutMs: number): Promise<ProviderAnswer> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    throw new Error(`${channel} unreachable: ${unreachableReason(err, timeoutMs)}`, { cause: err });
  }
  if (response.status >= 500) {
    await response.body?.cancel();
    throw new Error(`${channel} answered ${response.status}`);
  }
  return { status: response.status, body: await response.json().catch(() => undefined) };
}
