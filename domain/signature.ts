import { createHmac, timingSafeEqual } from 'node:crypto';

// The webhook signature of CONTRACT.md §5: HMAC-SHA256 over "<timestamp>.<raw body>", so a captured request
// cannot be replayed later with another timestamp, and receivers refuse one whose timestamp is too far from their
// clock. Receivers use `verifySignature` (README shows the same function standalone).

export const SIGNATURE_HEADER = 'X-Appeals-Signature';
/** Sent during a secret rotation's grace period, signed with the previous secret. */
export const PREVIOUS_SIGNATURE_HEADER = 'X-Appeals-Signature-Previous';
export const TIMESTAMP_HEADER = 'X-Appeals-Timestamp';

export function sign(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * A delivery's check, given its headers as Node receives them (lower-case names) and its raw body: the timestamp
 * within `toleranceSeconds` of `now` either way (older is a replay; newer, a clock to fix), and either signature
 * header (the previous secret's, during a rotation) the HMAC that `secret` makes.
 */
export function verifySignature(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  rawBody: string,
  toleranceSeconds = 300,
  now = Date.now(),
): boolean {
  const timestamp = Number(headers[TIMESTAMP_HEADER.toLowerCase()]);
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(sign(secret, timestamp, rawBody));
  return [SIGNATURE_HEADER, PREVIOUS_SIGNATURE_HEADER].some((name) => {
    const given = headers[name.toLowerCase()];
    const bytes = Buffer.from(typeof given === 'string' ? given : '');
    return bytes.length === expected.length && timingSafeEqual(bytes, expected);
  });
}
