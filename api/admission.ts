import { performance } from 'node:perf_hooks';
import { HttpProblem } from './problem.js';

// Admission control at intake: each API process lets a bounded number of submissions wait on Temporal at once and
// turns the next one away at once, before it takes a receipt number or starts anything. Without the bound an
// overload queues every submission until the answer bound runs out, so all of them answer late.
//
// 503 rather than 429: the bound is the service's capacity, shared by every caller, not a quota this caller overran
// (RFC 9110 §15.6.4 gives overload to 503; RFC 6585 gives 429 to one user's too many requests), and clients already
// treat a 503 as "try again shortly" (CONTRACT.md §3).

/** How far one finished submission moves the estimate of how long a submission takes. */
const WEIGHT = 0.2;

export function createAdmission(limit: number, now: () => number = () => performance.now()) {
  let inFlight = 0;
  let typicalMs = 1_000;

  return {
    /** Runs `submit` if a place is free; else throws 503 with `Retry-After`, the time a submission takes lately. */
    async run<T>(submit: () => Promise<T>): Promise<T> {
      if (inFlight >= limit) {
        const seconds = Math.max(1, Math.ceil(typicalMs / 1000));
        throw new HttpProblem(
          503,
          'Service unavailable',
          `${limit} submissions are already waiting on Temporal; try again in ${seconds} s`,
          {},
          { 'Retry-After': String(seconds) },
        );
      }
      inFlight++;
      const started = now();
      try {
        return await submit();
      } finally {
        inFlight--;
        typicalMs += WEIGHT * (now() - started - typicalMs);
      }
    },
  };
}

export type Admission = ReturnType<typeof createAdmission>;
