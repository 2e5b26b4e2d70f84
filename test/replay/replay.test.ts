import { readdir, readFile } from 'node:fs/promises';
import { Worker } from '@temporalio/worker';
import { describe, expect, inject, it } from 'vitest';
import { HISTORIES_DIR, historyFromFixture } from './fixtures.js';

// Stored histories of real runs, replayed through today's workflow code: a change that would break appeals or
// deliveries already running (a new command, a reordered timer, a removed branch) fails here, not in production.
// Re-record them on purpose only, when old histories may be let go:
//   RECORD_HISTORIES=1 npx vitest run test/integration/lifecycle
// (each run writes full-lifecycle, rebound, withdrawal and unrated into test/replay/histories), and
//   RECORD_HISTORIES=1 npx vitest run test/integration/notifications.test.ts -t 'retries through'
// (delivery-retries).

const files = (await readdir(HISTORIES_DIR).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort();

describe('replaying stored histories', () => {
  it('has histories to replay', () => {
    expect(files).toEqual(expect.arrayContaining(['full-lifecycle.json', 'rebound.json', 'withdrawal.json', 'delivery-retries.json']));
  });

  it('replays every one without a nondeterminism error', async () => {
    const histories = await Promise.all(
      files.map(async (file) => ({
        workflowId: file.replace(/\.json$/, ''),
        history: historyFromFixture(await readFile(`${HISTORIES_DIR}${file}`, 'utf8')),
      })),
    );
    const failures: string[] = [];
    for await (const result of Worker.runReplayHistories({ workflowBundle: { code: inject('workflowBundleCode') } }, histories)) {
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
  });
});
