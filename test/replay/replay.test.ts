import { readdir, readFile } from 'node:fs/promises';
import { Worker } from '@temporalio/worker';
import { describe, expect, inject, it } from 'vitest';
import { dataConverterFor } from '../../codec/data-converter.js';
import { parsePayloadKeys } from '../../codec/payload-keys.js';
import { TEST_PAYLOAD_KEYS } from '../support/product-stack.js';
import { EARLIER_HISTORIES_DIR, HISTORIES_DIR, historyFromFixture } from './fixtures.js';

// Stored histories of real appeal and meeting runs, replayed through today's workflow code: a change that would
// break workflows already running (a new command, a reordered timer, a removed branch) fails here, not in production.
// Re-record the current ones on purpose, after a change guarded with `patched()`:
//   RECORD_HISTORIES=1 npx vitest run test/integration/lifecycle test/integration/concurrent-steps \
//     test/integration/meetings test/integration/ledger-outage test/integration/notifications.test.ts \
//     test/integration/search-attributes.test.ts
// and move the ones they replace into histories/earlier/ when runs started under the older code may still exist.
// Histories recorded before payload encryption are plaintext, which the codec passes through; those recorded since
// are sealed with the test stacks' key (TEST_PAYLOAD_KEYS), which it opens.

const jsonIn = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort();
const files = [...(await jsonIn(HISTORIES_DIR)), ...(await jsonIn(EARLIER_HISTORIES_DIR)).map((f) => `earlier/${f}`)];

describe('replaying stored histories', () => {
  it('has histories to replay', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        ...['full-lifecycle', 'rebound', 'withdrawal', 'unrated', 'concurrent-steps'].flatMap((name) => [`${name}.json`, `earlier/${name}.json`]),
        // Meetings whose registered problems waited for `held`, and since issue 19 became appeals at registration.
        ...['meeting-held-reported-reopened', 'meeting-cancelled'].flatMap((name) => [`${name}.json`, `earlier/${name}.json`]),
        'meeting-problem-waiting.json',
        'meeting-decided-at-table.json',
        // An appeal told that its meeting was cancelled (issue 19's meetingNote Update).
        'meeting-noted-cancelled.json',
        'ledger-outage-overdue.json',
        'ledger-outage-withdrawal.json',
        'earlier/delivery-retries.json',
        // An online submission before the office's `received` notice, and one since, with a submitter's messages.
        'earlier/online-submission.json',
        'online-received.json',
        'submitter-messages.json',
        // Issue 17's steps: answered at the window, material awaited and missed, a merge on both sides, a reassignment.
        ...['answered-on-the-spot', 'material-paused', 'material-missed', 'merged-main', 'merged-duplicate', 'reassigned'].map((name) => `${name}.json`),
        // Issue 18: a referral that opens the commission's record, and that record's own workflow.
        'referral-accountability.json',
        'accountability-referral.json',
        // Issue 21: started with its search attributes, upserting them only at the steps that change them.
        'attributes-at-start.json',
      ]),
    );
  });

  it('replays every one without a nondeterminism error', async () => {
    const histories = await Promise.all(
      files.map(async (file) => ({
        workflowId: file.replace(/\.json$/, '').replace('/', '-'),
        history: historyFromFixture(await readFile(`${HISTORIES_DIR}${file}`, 'utf8')),
      })),
    );
    const failures: string[] = [];
    for await (const result of Worker.runReplayHistories(
      { workflowBundle: { code: inject('workflowBundleCode') }, dataConverter: dataConverterFor(parsePayloadKeys(TEST_PAYLOAD_KEYS)) },
      histories,
    )) {
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
  });
});
