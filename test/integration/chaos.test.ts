import { describe, expect, it } from 'vitest';
import { runChaos } from '../../scripts/chaos/run.js';

// `npm run chaos` in small: a few lifecycles through the API on the Temporal dev server and an embedded Postgres
// while the worker is SIGKILLed and restarted, Postgres and the Temporal dev server restart once each and keyed
// steps are sent twice; every appeal must end where its steps lead, with nothing missing or doubled on the ledger.

describe('chaos', () => {
  it('kills, server restarts and duplicate deliveries lose nothing and double nothing', { timeout: 150_000 }, async () => {
    const env = { ...process.env };
    // Its own Postgres, which it can restart, and its own Temporal dev server.
    delete env.DATABASE_URL;
    delete env.TEMPORAL_ADDRESS;
    const lines: string[] = [];
    const report = await runChaos({
      appeals: 6,
      seed: 20261123,
      concurrency: 6,
      workerUpMs: [1_500, 3_000],
      workerDownMs: [0, 500],
      maxKills: 2,
      postgresDownMs: 3_000,
      temporalDownMs: 3_000,
      thinkMs: [100, 600],
      env,
      log: (line) => lines.push(line),
      // Ends the run (and its servers) in time to report what it saw, rather than a bare timeout.
      signal: AbortSignal.timeout(120_000),
    });
    const story = lines.join('\n');
    expect(report.anomalies, story).toEqual([]);
    expect(report.kills, story).toBeGreaterThanOrEqual(2);
    expect(report.postgresRestarts, story).toBe(1);
    expect(report.temporalRestarts, story).toBe(1);
    expect(report.duplicatesSent, story).toBeGreaterThan(0);
    expect(report.appealsChecked, story).toBe(6);
  });
});
