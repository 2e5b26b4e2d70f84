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

  it('open until 90 days after the appeal ended', () => {
    const closed = Date.parse('2026-12-01T08:00:00Z');
    expect(followLinkOpen(null, closed + 1000 * DAY)).toBe(true);
    expect(followLinkOpen(closed, closed + 90 * DAY - 1)).toBe(true);
    expect(followLinkOpen(closed, closed + 90 * DAY)).toBe(false);
  });
});
