import { execFile } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { readOpenWork } from '../db/open-work.js';
import { createDb } from '../db/pool.js';
import type { BenchStack } from './harness.js';
import { closedLoop, type LoadResult } from './load.js';
import { submitter, type IntakeTally } from './appeals-client.js';

// What a worker holds in memory for the appeals that wait on their timers: topped up through the API to the
// target, then the worker's resident set read once it has settled.

const SETTLE_MS = 15_000;
/** How long appeals accepted earlier (answered 202) are waited for on the ledger before the memory is read. */
const REGISTERED_WITHIN_MS = 600_000;

async function residentMib(pid: number): Promise<number> {
  const { stdout } = await promisify(execFile)('ps', ['-o', 'rss=', '-p', String(pid)]);
  return Number(stdout.trim()) / 1024;
}

export async function openAppealsRss(stack: BenchStack, target: number, callers: number, submitted: (r: LoadResult, tally: IntakeTally) => void) {
  const db = createDb(stack.databaseUrl, { max: 1 });
  try {
    const outstanding = async () => {
      const work = await readOpenWork(db);
      return { open: Object.values(work.byStatus).reduce((sum, n) => sum + n, 0), registering: work.registering };
    };
    // Appeals accepted by the earlier loads but not registered yet count: they will be open appeals too.
    const before = await outstanding();
    const missing = target - before.open - before.registering;
    if (missing > 0) {
      const { submit, tally } = submitter(stack, 'C');
      submitted(await closedLoop({ calls: missing }, callers, submit), tally);
    }
    for (const until = Date.now() + REGISTERED_WITHIN_MS; (await outstanding()).registering > 0 && Date.now() < until;) await sleep(1_000);
    await sleep(SETTLE_MS);
    return { ...(await outstanding()), rssMib: await residentMib(await stack.workerPid()) };
  } finally {
    await db.destroy();
  }
}
