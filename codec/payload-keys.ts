import { randomBytes } from 'node:crypto';

// TEMPORAL_PAYLOAD_KEYS: `id:base64key,id:base64key,...`, each key 32 bytes (AES-256). The first one encrypts; every
// one decrypts, so a key is rotated by putting a new one first and dropping the old one only once no history still
// holds payloads sealed with it. `none` is the explicit choice of plaintext payloads.
//
// Errors never quote the value: it is a secret, and an error line ends up in logs.

export const PLAINTEXT = 'none';

export interface PayloadKeys {
  /** The id written beside each payload, so that a reader knows which key opens it. */
  readonly encryptWith: string;
  readonly keys: ReadonlyMap<string, Buffer>;
}

const KEY_BYTES = 32;
const ID = /^[A-Za-z0-9._-]{1,64}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function parsePayloadKeys(text: string): PayloadKeys | typeof PLAINTEXT {
  if (text.trim() === PLAINTEXT) return PLAINTEXT;
  const keys = new Map<string, Buffer>();
  for (const [index, entry] of text.split(',').entries()) {
    const where = `entry ${index + 1}`;
    const colon = entry.indexOf(':');
    if (colon < 0) throw new Error(`${where} is not id:base64key`);
    const id = entry.slice(0, colon).trim();
    const encoded = entry.slice(colon + 1).trim();
    if (!ID.test(id)) throw new Error(`${where} has an id that is not 1-64 letters, digits, '.', '_' or '-'`);
    if (keys.has(id)) throw new Error(`${where} repeats the id "${id}"`);
    const key = BASE64.test(encoded) ? Buffer.from(encoded, 'base64') : Buffer.alloc(0);
    if (key.length !== KEY_BYTES) throw new Error(`${where} (id "${id}") is not ${KEY_BYTES} bytes of base64`);
    keys.set(id, key);
  }
  return { encryptWith: keys.keys().next().value!, keys };
}

/** For a start-up log line: which key seals new payloads, never the keys. */
export function describePayloadKeys(keys: PayloadKeys | typeof PLAINTEXT): string {
  return keys === PLAINTEXT
    ? 'Temporal payloads in plaintext (TEMPORAL_PAYLOAD_KEYS=none)'
    : `Temporal payloads encrypted with key ${keys.encryptWith} (${keys.keys.size} key(s) decrypt)`;
}

/** A fresh `id:base64key` entry, e.g. for `npm start`'s first run or an operator's rotation. */
export function newPayloadKeyEntry(id: string): string {
  return `${id}:${randomBytes(KEY_BYTES).toString('base64')}`;
}
