import type { Request } from 'express';
import type { Settings } from '../config/settings.js';
import { HttpProblem } from './problem.js';

// A token bucket per client: per address on the routes anyone may call, per bearer token on token holders' writes.
// In memory, per API process: running N API processes behind a balancer allows up to N times the rate, which is
// acceptable for shielding the ledger and Temporal from a scraper or a runaway script; a shared limit would belong in
// the balancer.

export interface RateLimit {
  /** Requests a client may make at once. */
  burst: number;
  /** Requests a client regains each second. */
  perSecond: number;
}

export const PUBLIC_RATE_LIMIT: RateLimit = { burst: 60, perSecond: 1 };

export const tokenWriteLimit = (s: Pick<Settings, 'API_TOKEN_WRITE_BURST' | 'API_TOKEN_WRITES_PER_SECOND'>): RateLimit => ({
  burst: s.API_TOKEN_WRITE_BURST,
  perSecond: s.API_TOKEN_WRITES_PER_SECOND,
});

/** Idle buckets are dropped once this many clients are tracked, so the map cannot grow without end. */
const SWEEP_ABOVE = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

/** `per` names the client in the 429's detail: `address`, `token`. */
export function createRateLimiter({ burst, perSecond }: RateLimit, per: string, now: () => number = Date.now) {
  const buckets = new Map<string, Bucket>();

  function refilled(bucket: Bucket, t: number): number {
    return Math.min(burst, bucket.tokens + ((t - bucket.at) / 1000) * perSecond);
  }

  function sweep(t: number) {
    for (const [key, bucket] of buckets) if (refilled(bucket, t) >= burst) buckets.delete(key);
  }

  return {
    /** Takes one token for `client`; throws 429 with `Retry-After` (whole seconds) when it has none left. */
    take(client: string) {
      const t = now();
      if (buckets.size > SWEEP_ABOVE) sweep(t);
      const bucket = buckets.get(client) ?? { tokens: burst, at: t };
      const tokens = refilled(bucket, t);
      if (tokens < 1) {
        const retryAfter = Math.max(1, Math.ceil((1 - tokens) / perSecond));
        throw new HttpProblem(
          429,
          'Too many requests',
          `this ${per} may make ${burst} requests at once and ${perSecond} a second after that`,
          {},
          { 'Retry-After': String(retryAfter) },
        );
      }
      buckets.set(client, { tokens: tokens - 1, at: t });
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

/** The client a public route limits: the connection's peer (no `trust proxy`), so behind a reverse proxy every client shares its address (README). */
export const clientAddress = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? 'unknown';
