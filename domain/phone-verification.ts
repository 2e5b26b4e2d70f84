import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

// One-time codes by SMS (issue 16): what proves that whoever submits an appeal without a token holds the phone it
// names. The rules as numbers, the limit on codes per phone, and the code's hash: the ledger keeps no code.

/** How long a code is good for. */
export const CODE_TTL_MS = 10 * 60_000;
/** Wrong codes a verification takes before it is spent: 5 guesses in 1,000,000. */
export const MAX_WRONG_ATTEMPTS = 5;
/** Codes sent to one phone: each SMS costs the city and reaches a person, who did not necessarily ask for it. */
export const PHONE_LIMITS = [
  { withinMs: 60_000, max: 1 },
  { withinMs: 3_600_000, max: 5 },
] as const;
export const CODE_DIGITS = 6;

/** The longest window of PHONE_LIMITS: codes sent before it no longer count. */
export const PHONE_LIMIT_WINDOW_MS = Math.max(...PHONE_LIMITS.map((l) => l.withinMs));

export const newCode = (): string => String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');

/**
 * What is stored instead of the code. Salted with the verification's id, so no table of the million codes' hashes
 * fits every row; a million guesses still find a code from its hash, which is why a code lives ten minutes only.
 */
export const codeHash = (verificationId: string, code: string): string => createHash('sha256').update(`${verificationId}:${code}`).digest('hex');

/** Whether `code` is the one stored as `storedHash`, in constant time: no timing tells how near a guess came. */
export function codeMatches(verificationId: string, code: string, storedHash: string): boolean {
  const given = Buffer.from(codeHash(verificationId, code), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/**
 * How long until the phone may be sent another code, given when its codes of the last PHONE_LIMIT_WINDOW_MS were
 * sent; undefined when it may now.
 */
export function phoneRetryAfterMs(sentAt: readonly number[], now: number): number | undefined {
  const waits = PHONE_LIMITS.map(({ withinMs, max }) => {
    const inWindow = sentAt.filter((t) => t > now - withinMs).sort((a, b) => b - a);
    // The window admits another once the oldest of its `max` latest codes falls out of it.
    return inWindow.length < max ? 0 : inWindow[max - 1]! + withinMs - now;
  });
  const wait = Math.max(...waits);
  return wait > 0 ? wait : undefined;
}

/** A message as those who read the ledger see it: a code's digits are for its phone alone. */
export const maskDigits = (text: string): string => text.replace(/\d/g, '•');
