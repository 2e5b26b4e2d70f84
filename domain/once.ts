// A workflow evaluates its whole module graph for itself, new or replayed: a schema built at module scope is built
// again for every workflow, most of which never check a step. Built on first use instead, only by those that do.

/** `build`'s value, computed at the first call and kept. */
export function once<T>(build: () => T): () => T {
  let kept: { value: T } | undefined;
  return () => (kept ??= { value: build() }).value;
}

/** Every value of a record of `once`s, built now. */
export function buildAll<T extends Record<string, () => unknown>>(record: T): { [K in keyof T]: ReturnType<T[K]> } {
  return Object.fromEntries(Object.entries(record).map(([key, build]) => [key, build()])) as { [K in keyof T]: ReturnType<T[K]> };
}
