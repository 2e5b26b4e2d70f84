import { DefaultLogger, Runtime } from '@temporalio/worker';
import { describe, expect, inject, it } from 'vitest';
import { runDeadlineWave } from '../../scripts/chaos/deadline-wave.js';

// The deadline wave of `npm run chaos` in small: a few appeals fall due while their ledger is closed for longer
// than the retries' longest interval, and once it is back each shows its whole transition within minutes.

// The worker logs every failed ledger attempt at WARN; the run's own lines tell the story.
Runtime.install({ logger: new DefaultLogger('ERROR') });

describe('chaos: a ledger outage across a wave of deadlines', () => {
  it('every deadline passed during the outage is written whole once the ledger is back', { timeout: 300_000 }, async () => {
    const lines: string[] = [];
    const report = await runDeadlineWave({
      appeals: 4,
      outageMs: 20_000,
      seed: 20261201,
      log: (line) => lines.push(line),
      serverUrl: inject('postgresServerUrl'),
      workflowBundleCode: inject('workflowBundleCode'),
      // Ends the phase (and its stack) in time to report which appeals were still incomplete, rather than a bare timeout.
      signal: AbortSignal.timeout(270_000),
    });
    const story = lines.join('\n');
    expect(report.anomalies, story).toEqual([]);
    expect(report.appeals, story).toBe(4);
    expect(report.deadlinesPassed, story).toBe(4);
    expect(report.outageMs, story).toBeGreaterThanOrEqual(20_000);
  });
});
