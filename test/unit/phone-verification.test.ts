import { describe, expect, it } from 'vitest';
import { codeHash, codeMatches, maskDigits, newCode, phoneRetryAfterMs } from '../../domain/phone-verification.js';

// The pure part of one-time codes (issue 16): a phone's limits (one a minute, five an hour), the stored hash, the mask.

const MINUTE = 60_000;
const now = Date.parse('2026-12-02T10:00:00Z');

describe('a phone’s limits', () => {
  it('admit a first code, and another a minute after the last', () => {
    expect(phoneRetryAfterMs([], now)).toBeUndefined();
    expect(phoneRetryAfterMs([now - 20_000], now)).toBe(40_000);
    expect(phoneRetryAfterMs([now - MINUTE], now)).toBeUndefined();
  });

  it('admit five an hour: the sixth waits until the oldest of the five leaves the hour', () => {
    const five = [50, 40, 30, 20, 10].map((m) => now - m * MINUTE);
    expect(phoneRetryAfterMs(five, now)).toBe(10 * MINUTE);
    expect(phoneRetryAfterMs(five.slice(1), now)).toBeUndefined();
    expect(phoneRetryAfterMs([now - 61 * MINUTE, ...five.slice(1)], now)).toBeUndefined();
  });
});

describe('a code', () => {
  it('is six digits, stored as a hash salted with its verification', () => {
    const code = newCode();
    expect(code).toMatch(/^\d{6}$/);
    expect(codeHash('v-1', code)).not.toContain(code);
    expect(codeHash('v-1', code)).not.toBe(codeHash('v-2', code));
    expect(codeMatches('v-1', code, codeHash('v-1', code))).toBe(true);
    expect(codeMatches('v-2', code, codeHash('v-1', code))).toBe(false);
    expect(codeMatches('v-1', code === '000000' ? '000001' : '000000', codeHash('v-1', code))).toBe(false);
  });

  it('is masked wherever the ledger is read', () => {
    expect(maskDigits('验证码042917，10分钟内有效')).toBe('验证码••••••，••分钟内有效');
  });
});
