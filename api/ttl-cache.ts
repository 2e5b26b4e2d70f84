// Answers kept for a while, in memory per API process, for reads that anyone may repeat at will (the public
// figures). Callers that miss the same key at once share one load, so a burst costs one query rather than a pool
// of connections; a load that fails is not kept, so the next caller tries again.

interface Entry<V> {
  value: Promise<V>;
  until: number;
}

export interface TtlCacheOptions {
  ttlMs: number;
  /** Keys come from callers' queries: past this many, expired entries go, then the oldest. */
  maxEntries: number;
}

export function createTtlCache<V>({ ttlMs, maxEntries }: TtlCacheOptions, now: () => number = Date.now) {
  const entries = new Map<string, Entry<V>>();

  function makeRoom(t: number) {
    for (const [key, entry] of entries) if (entry.until <= t) entries.delete(key);
    // Maps iterate in insertion order, and an entry is inserted when it is loaded: the first is the oldest.
    while (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
  }

  return {
    /** The value kept for `key`, or `load`'s, kept for `ttlMs` from the moment the load began. */
    get(key: string, load: () => Promise<V>): Promise<V> {
      const t = now();
      const kept = entries.get(key);
      if (kept && kept.until > t) return kept.value;
      entries.delete(key);
      if (entries.size >= maxEntries) makeRoom(t);
      const value = load();
      entries.set(key, { value, until: t + ttlMs });
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
  };
}

export type TtlCache<V> = ReturnType<typeof createTtlCache<V>>;
