// How long a notification's delivery waits between attempts (CONTRACT.md §5): the workflow's back-off, and the
// wait a receiver asks for with Retry-After, which may not exceed the back-off's own ceiling. Pure, so workflow
// code (back-off) and the delivery activity (Retry-After) share one ceiling.

const FIRST_WAIT_MS = 5_000;
export const LONGEST_WAIT_MS = 30 * 60_000;

/** Exponential back-off with "equal jitter": half fixed, half random (Math.random is deterministic in a workflow). */
export function backoffMs(attempt: number): number {
  const ceiling = Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (attempt - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

/**
 * Retry-After in seconds or as an HTTP date, at most LONGEST_WAIT_MS: a receiver asking for days would otherwise
 * hold a delivery (and its workflow) that long. Undefined when absent or unreadable.
 */
export function retryAfterMs(header: string | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = header.trim();
  const asked = /^\d+$/.test(seconds) ? Number(seconds) * 1000 : Date.parse(header) - now;
  return Number.isNaN(asked) ? undefined : Math.min(LONGEST_WAIT_MS, Math.max(0, asked));
}
