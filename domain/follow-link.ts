import { createHmac, timingSafeEqual } from 'node:crypto';

// The link an enterprise or submitter follows an appeal by (issue 16): /a/<token>, where the token is the appeal's
// id and an HMAC of it under FOLLOW_LINK_SECRET. It carries no expiry of its own, because the link goes out before
// anyone knows when the appeal will close: it opens until 90 days after closure, judged against the appeal. An
// enterprise's invitation to an evaluation (百企评, issue 20) is signed the same way for another purpose, so neither
// token opens the other's page.

const ID_BYTES = 16;
const MAC_BYTES = 16;
export const FOLLOW_LINK_DAYS_AFTER_CLOSURE = 90;

/** What a token opens: an appeal's follow page, or an enterprise's evaluation form. */
type Purpose = 'follow' | 'survey';

function mac(secret: string, purpose: Purpose, id: string): Buffer {
  return createHmac('sha256', secret).update(`${purpose}:${id}`).digest().subarray(0, MAC_BYTES);
}

/** The token of an id that is a UUID, for `purpose`. */
export function signedToken(secret: string, purpose: Purpose, uuid: string): string {
  const id = Buffer.from(uuid.replaceAll('-', ''), 'hex');
  if (id.length !== ID_BYTES) throw new Error(`not a UUID: ${uuid}`);
  return Buffer.concat([id, mac(secret, purpose, uuid)]).toString('base64url');
}

/** The token of an appeal whose id is a UUID. */
export const followToken = (secret: string, appealId: string) => signedToken(secret, 'follow', appealId);

/** The appeal id a token names, when one of `secrets` (the current one, then a previous one) signed it. */
export const appealOfFollowToken = (secrets: readonly string[], token: string) => idOfSignedToken(secrets, 'follow', token);

/** The id a token for `purpose` names, when one of `secrets` (the current one, then a previous one) signed it. */
export function idOfSignedToken(secrets: readonly string[], purpose: Purpose, token: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const bytes = Buffer.from(token, 'base64url');
  // The last character carries two bits of padding: only the one spelling of the bytes is the token, or four
  // different links (a forged one among them) would open the same page.
  if (bytes.length !== ID_BYTES + MAC_BYTES || bytes.toString('base64url') !== token) return undefined;
  const hex = bytes.subarray(0, ID_BYTES).toString('hex');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const given = bytes.subarray(ID_BYTES);
  return secrets.some((secret) => timingSafeEqual(given, mac(secret, purpose, id))) ? id : undefined;
}

/** Whether the link still opens: until 90 days after closure (a withdrawn appeal counts from its withdrawal). */
export function followLinkOpen(endedAt: number | null, now: number): boolean {
  return endedAt === null || now < endedAt + FOLLOW_LINK_DAYS_AFTER_CLOSURE * 86_400_000;
}

export const followUrl = (baseUrl: string, token: string) => `${baseUrl.replace(/\/+$/, '')}/a/${token}`;
