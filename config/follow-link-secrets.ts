import { createHmac } from 'node:crypto';
import { PLAINTEXT, type PayloadKeys } from '../codec/payload-keys.js';

// The secrets follow links are signed and checked with (domain/follow-link.ts): FOLLOW_LINK_SECRET when set, else one
// derived from each payload key. Derived, the first key signs and every key checks, so a payload key rotation keeps
// the links already sent working as long as their key stays in the list. With plaintext payloads and no secret there
// is nothing to sign with: messages then carry no link (README, "Messages").

export function followLinkSecrets(secret: string | undefined, payloadKeys: PayloadKeys | typeof PLAINTEXT): string[] {
  if (secret) return [secret];
  if (payloadKeys === PLAINTEXT) return [];
  return [...payloadKeys.keys.values()].map((key) => createHmac('sha256', key).update('appeals follow link').digest('base64url'));
}
