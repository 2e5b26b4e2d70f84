import { describe, expect, it } from 'vitest';
import { drain, isDrained, type Outstanding } from '../../bench/drain.js';
import { percentile } from '../../bench/percentiles.js';

// The bench's drain between halves and the percentile its tail goal is computed with.

describe('drain', () => {
  it('is drained only when no bench workflow runs and no registration is outstanding', () => {
    expect(isDrained({ benchRunning: 0, registering: 0 })).toBe(true);
    expect(isDrained({ benchRunning: 1, registering: 0 })).toBe(false);
    expect(isDrained({ benchRunning: 0, registering: 3 })).toBe(false);
  });

  it('waits until the work is done', async () => {
    const states: Outstanding[] = [
      { benchRunning: 2, registering: 1 },
      { benchRunning: 0, registering: 1 },
      { benchRunning: 0, registering: 0 },
    ];
    let reads = 0;
    await drain(async () => states[Math.min(reads++, states.length - 1)]!, 5_000, 1);
    expect(reads).toBe(3);
  });

  it('gives up naming what is left', async () => {
    await expect(drain(async () => ({ benchRunning: 0, registering: 7 }), 20, 5)).rejects.toThrow('7 registrations outstanding');
  });
});

describe('percentile', () => {
  const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 1…100, unsorted

  it('takes the nearest rank', () => {
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
  });

  it('is NaN without samples, so a missing figure never reads as 0', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});
