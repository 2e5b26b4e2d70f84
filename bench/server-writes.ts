// What the Temporal server writes to its store per call, from its Prometheus endpoint: every persistence request is
// counted by operation (`persistence_requests`, and `visibility_persistence_requests` for the visibility store), so
// the difference around a half, split into writes and reads by the operation's verb, is the store's work for it.

/** Requests per `metric:operation`, summed over every service and namespace. */
export type PersistenceCounts = Record<string, number>;

const COUNTERS = new Set(['persistence_requests', 'visibility_persistence_requests']);
const SAMPLE = /^([a-z_]+)\{([^}]*)\}\s+([0-9.eE+-]+)$/;
/** An operation that changes the store; the rest (Get, List, Read, Scan, Count, Assert…) only read it. */
const WRITE = /^(Create|Update|Append|Upsert|Set|Put|Delete|Complete|RangeComplete|ConflictResolve|Record|Insert|Add|Extend|Renew|Lock)/;

export function parsePersistenceCounts(text: string): PersistenceCounts {
  const counts: PersistenceCounts = {};
  for (const line of text.split('\n')) {
    const sample = SAMPLE.exec(line.trim());
    if (!sample || !COUNTERS.has(sample[1]!)) continue;
    const operation = /(?:^|,)operation="([^"]*)"/.exec(sample[2]!)?.[1];
    if (!operation) continue;
    const key = `${sample[1]}:${operation}`;
    counts[key] = (counts[key] ?? 0) + Number(sample[3]);
  }
  return counts;
}

export async function persistenceCounts(metricsUrl: string): Promise<PersistenceCounts> {
  const response = await fetch(metricsUrl);
  if (!response.ok) throw new Error(`${metricsUrl} answered ${response.status}`);
  return parsePersistenceCounts(await response.text());
}

export interface StoreWork {
  writes: number;
  reads: number;
  /** Writes per `metric:operation`, the largest first. */
  writesByOperation: Record<string, number>;
}

export function storeWorkBetween(before: PersistenceCounts, after: PersistenceCounts): StoreWork {
  const work: StoreWork = { writes: 0, reads: 0, writesByOperation: {} };
  const byOperation: [string, number][] = [];
  for (const [key, count] of Object.entries(after)) {
    const delta = count - (before[key] ?? 0);
    if (delta <= 0) continue;
    if (WRITE.test(key.slice(key.indexOf(':') + 1))) {
      work.writes += delta;
      byOperation.push([key, delta]);
    } else {
      work.reads += delta;
    }
  }
  work.writesByOperation = Object.fromEntries(byOperation.sort((a, b) => b[1] - a[1]));
  return work;
}
