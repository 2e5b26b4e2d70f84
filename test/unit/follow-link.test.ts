import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appealOfFollowToken, followLinkOpen, followToken, followUrl } from '../../domain/follow-link.js';

const SECRET = 'a-follow-link-secret-of-32-characters!';
const DAY = 86_400_000;

describe('follow tokens', () => {
  it('name the appeal they were made for, under the secret that made them or a previous one', () => {
    const id = randomUUID();
    const token = followToken(SECRET, id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(appealOfFollowToken([SECRET], token)).toBe(id);
    expect(appealOfFollowToken(['a-newer-secret-of-at-least-32-chars!', SECRET], token)).toBe(id);
    expect(followUrl('https://appeals.city.example/', token)).toBe(`https://appeals.city.example/a/${token}`);
  });

  it('refuse another secret, a changed character and malformed text', () => {
    const token = followToken(SECRET, randomUUID());
    expect(appealOfFollowToken(['another-secret-of-at-least-32-chars'], token)).toBeUndefined();
    const flipped = token.slice(0, 10) + (token[10] === 'A' ? 'B' : 'A') + token.slice(11);
    expect(appealOfFollowToken([SECRET], flipped)).toBeUndefined();
    expect(appealOfFollowToken([SECRET], token.slice(1))).toBeUndefined();
    expect(appealOfFollowToken([SECRET], '../../etc/passwd')).toBeUndefined();
    expect(appealOfFollowToken([], token)).toBeUndefined();
  });

  it('refuse every other spelling of the same bytes (the last character’s padding bits)', () => {
    const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < 20; i++) {
      const token = followToken(SECRET, randomUUID());
      const last = ALPHABET.indexOf(token.at(-1)!);
      // The 43rd character carries the last 4 bits of the 32 bytes and 2 bits of padding.
      const sameBytes = [...ALPHABET].filter((_, n) => n !== last && n >> 2 === last >> 2).map((c) => token.slice(0, -1) + c);
      expect(sameBytes).toHaveLength(3);
      for (const other of sameBytes) expect(Buffer.from(other, 'base64url')).toEqual(Buffer.from(token, 'base64url'));
      for (const other of sameBytes) expect(appealOfFollowToken([SECRET], other)).toBeUndefined();
      expect(appealOfFollowToken([SECRET], token)).toBeDefined();
    }
  });

  it('open until 90 days after the appeal ended', () => {
    const closed = Date.parse('2026-12-01T08:00:00Z');
    expect(followLinkOpen(null, closed + 1000 * DAY)).toBe(true);
    expect(followLinkOpen(closed, closed + 90 * DAY - 1)).toBe(true);
    expect(followLinkOpen(closed, closed + 90 * DAY)).toBe(false);
  });
});
