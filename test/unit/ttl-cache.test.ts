import { describe, expect, it } from 'vitest';
import { createTtlCache } from '../../api/ttl-cache.js';

describe('the TTL cache', () => {
  function cache(maxEntries = 100) {
    let now = 1_000_000;
    const kept = createTtlCache<string>({ ttlMs: 60_000, maxEntries }, () => now);
    const loads: string[] = [];
    let release: (() => void) | undefined;
    const get = (key: string, fail = false) =>
      kept.get(key, async () => {
        loads.push(key);
        await new Promise<void>((resolve) => (release = resolve));
        if (fail) throw new Error(`load of ${key} failed`);
        return `${key}@${now}`;
      });
    return { get, loads, finish: () => release!(), wait: (ms: number) => (now += ms) };
  }

  it('runs one load for callers that miss the same key at once', async () => {
    const { get, loads, finish } = cache();
    const answers = Array.from({ length: 50 }, () => get('stats'));
    finish();
    expect(new Set(await Promise.all(answers))).toEqual(new Set(['stats@1000000']));
    expect(loads).toEqual(['stats']);
  });

  it('keeps a value for the TTL, then loads it again', async () => {
    const { get, loads, finish, wait } = cache();
    const first = get('stats');
    finish();
    await first;
    wait(59_999);
    expect(await get('stats')).toBe('stats@1000000');
    wait(1);
    const second = get('stats');
    finish();
    expect(await second).toBe('stats@1060000');
    expect(loads).toEqual(['stats', 'stats']);
  });

  it('keeps a value per key', async () => {
    const { get, loads, finish } = cache();
    const a = get('a');
    finish();
    const b = get('b');
    finish();
    expect([await a, await b]).toEqual(['a@1000000', 'b@1000000']);
    expect(loads).toEqual(['a', 'b']);
  });

  it('does not keep a failed load: the next caller loads again', async () => {
    const { get, loads, finish } = cache();
    const failed = get('stats', true);
    finish();
    await expect(failed).rejects.toThrow('load of stats failed');
    const retried = get('stats');
    finish();
    expect(await retried).toBe('stats@1000000');
    expect(loads).toEqual(['stats', 'stats']);
  });

  it('holds at most maxEntries keys, dropping the oldest', async () => {
    const { get, loads, finish } = cache(2);
    for (const key of ['a', 'b', 'c']) {
      const loading = get(key);
      finish();
      await loading;
    }
    await get('c');
    await get('b');
    const again = get('a');
    finish();
    await again;
    expect(loads).toEqual(['a', 'b', 'c', 'a']);
  });
});
