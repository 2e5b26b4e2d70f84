import { describe, expect, it } from 'vitest';
import { PREVIOUS_SIGNATURE_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, sign, verifySignature } from '../../domain/signature.js';

// The receiver's check README shows: the HMAC over "<timestamp>.<raw body>", within five minutes of now.

const secret = 'whsec_test';
const body = '{"id":"n-1"}';
const now = Date.UTC(2026, 10, 30, 2, 0, 0);
const headersAt = (timestamp: number, key = secret, header = SIGNATURE_HEADER) => ({
  [TIMESTAMP_HEADER.toLowerCase()]: String(timestamp),
  [header.toLowerCase()]: sign(key, timestamp, body),
});
const seconds = now / 1000;

describe('verifySignature', () => {
  it.each([
    ['now', seconds, true],
    ['five minutes old', seconds - 300, true],
    ['older than five minutes', seconds - 301, false],
    ['five minutes ahead', seconds + 300, true],
    ['further ahead', seconds + 301, false],
  ])('a delivery signed %s: %s', (_label, timestamp, valid) => {
    expect(verifySignature(secret, headersAt(timestamp), body, 300, now)).toBe(valid);
  });

  it('takes a tolerance of the receiver’s choosing', () => {
    expect(verifySignature(secret, headersAt(seconds - 60), body, 30, now)).toBe(false);
    expect(verifySignature(secret, headersAt(seconds - 60), body, 90, now)).toBe(true);
  });

  it('refuses another secret, another body, a missing or malformed timestamp', () => {
    expect(verifySignature('whsec_other', headersAt(seconds), body, 300, now)).toBe(false);
    expect(verifySignature(secret, headersAt(seconds), `${body} `, 300, now)).toBe(false);
    const { [TIMESTAMP_HEADER.toLowerCase()]: _dropped, ...untimed } = headersAt(seconds);
    expect(verifySignature(secret, untimed, body, 300, now)).toBe(false);
    expect(verifySignature(secret, { ...headersAt(seconds), [TIMESTAMP_HEADER.toLowerCase()]: `${seconds}.5` }, body, 300, now)).toBe(false);
  });

  it('accepts the previous secret’s header during a rotation', () => {
    expect(verifySignature(secret, headersAt(seconds, secret, PREVIOUS_SIGNATURE_HEADER), body, 300, now)).toBe(true);
  });
});
