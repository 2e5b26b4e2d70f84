import { createHmac, timingSafeEqual } from 'node:crypto';

// The link an enterprise or submitter follows an appeal by (issue 16): /a/<token>, where the token is the appeal's
// id and an HMAC of it under FOLLOW_LINK_SECRET. It carries no expiry of its own, because the link goes out before
// anyone knows when the appeal will close: it opens until 90 days after closure, judged against the appeal.

const ID_BYTES = 16;
const MAC_BYTES = 16;
export const FOLLOW_LINK_DAYS_AFTER_CLOSURE = 90;

function mac(secret: string, appealId: string): Buffer {
  return createHmac('sha256', secret).update(`follow:${appealId}`).digest().subarray(0, MAC_BYTES);
}

/** The token of an appeal whose id is a UUID. */
export function followToken(secret: string, appealId: string): string {
  const id = Buffer.from(appealId.replaceAll('-', ''), 'hex');
  if (id.length !== ID_BYTES) throw new Error(`not a UUID: ${appealId}`);
  return Buffer.concat([id, mac(secret, appealId)]).toString('base64url');
}

/** The appeal id a token names, when one of `secrets` (the current one, then a previous one) signed it. */
export function appealOfFollowToken(secrets: readonly string[], token: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const bytes = Buffer.from(token, 'base64url');
  // The last character carries two bits of padding: only the one spelling of the bytes is the token, or four
  // different links (a forged one among them) would open the same page.
  if (bytes.length !== ID_BYTES + MAC_BYTES || bytes.toString('base64url') !== token) return undefined;
  const hex = bytes.subarray(0, ID_BYTES).toString('hex');
  const appealId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const given = bytes.subarray(ID_BYTES);
  return secrets.some((secret) => timingSafeEqual(given, mac(secret, appealId))) ? appealId : undefined;
}

/** Whether the link still opens: until 90 days after closure (a withdrawn appeal counts from its withdrawal). */
export function followLinkOpen(endedAt: number | null, now: number): boolean {
  return endedAt === null || now < endedAt + FOLLOW_LINK_DAYS_AFTER_CLOSURE * 86_400_000;
}

export const followUrl = (baseUrl: string, token: string) => `${baseUrl.replace(/\/+$/, '')}/a/${token}`;
