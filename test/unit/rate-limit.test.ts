import { describe, expect, it } from 'vitest';
import { HttpProblem } from '../../api/problem.js';
import { createRateLimiter } from '../../api/rate-limit.js';

describe('the token bucket per client', () => {
  function limiter() {
    let now = 1_000_000;
    const limit = createRateLimiter({ burst: 2, perSecond: 0.5 }, 'address', () => now);
    const retryAfter = (client: string) => {
      try {
        limit.take(client);
        return 0;
      } catch (err) {
        expect(err).toBeInstanceOf(HttpProblem);
        expect((err as HttpProblem).status).toBe(429);
        return Number((err as HttpProblem).headers['Retry-After']);
      }
    };
    return { retryAfter, wait: (ms: number) => (now += ms) };
  }

  it('allows a burst, then one request per refill, telling when to retry in whole seconds', () => {
    const { retryAfter, wait } = limiter();
    expect(retryAfter('a')).toBe(0);
    expect(retryAfter('a')).toBe(0);
    expect(retryAfter('a')).toBe(2); // one token every 2 s
    wait(1_500);
    expect(retryAfter('a')).toBe(1); // 0.75 of a token: 0.5 s left, rounded up
    wait(500);
    expect(retryAfter('a')).toBe(0);
    expect(retryAfter('a')).toBe(2);
  });

  it('keeps a bucket per client', () => {
    const { retryAfter } = limiter();
    retryAfter('a');
    retryAfter('a');
    expect(retryAfter('a')).toBeGreaterThan(0);
    expect(retryAfter('b')).toBe(0);
  });

  it('never holds more than the burst after a long idle time', () => {
    const { retryAfter, wait } = limiter();
    wait(3_600_000);
    expect([retryAfter('a'), retryAfter('a'), retryAfter('a')]).toEqual([0, 0, 2]);
  });
});
