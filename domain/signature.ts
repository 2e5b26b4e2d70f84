import { createHmac, timingSafeEqual } from 'node:crypto';

// The webhook signature of CONTRACT.md §5: HMAC-SHA256 over "<timestamp>.<raw body>", so a captured request
// cannot be replayed later with another timestamp. Receivers use `verifySignature` (README shows it standalone).

export const SIGNATURE_HEADER = 'X-Appeals-Signature';
/** Sent during a secret rotation's grace period, signed with the previous secret. */
export const PREVIOUS_SIGNATURE_HEADER = 'X-Appeals-Signature-Previous';
export const TIMESTAMP_HEADER = 'X-Appeals-Timestamp';

export function sign(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function verifySignature(secret: string, timestamp: number, body: string, signature: string): boolean {
  const expected = Buffer.from(sign(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
