import { execFile } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { readOpenWork } from '../db/open-work.js';
import { createDb } from '../db/pool.js';
import type { BenchStack } from './harness.js';
import { closedLoop, type LoadResult } from './load.js';
import { submitter } from './appeals-client.js';

// What a worker holds in memory for the appeals that wait on their timers: topped up through the API to the
// target, then the worker's resident set read once it has settled.

const SETTLE_MS = 15_000;

async function residentMib(pid: number): Promise<number> {
  const { stdout } = await promisify(execFile)('ps', ['-o', 'rss=', '-p', String(pid)]);
  return Number(stdout.trim()) / 1024;
}

export async function openAppealsRss(stack: BenchStack, target: number, callers: number, submitted: (r: LoadResult) => void) {
  const db = createDb(stack.databaseUrl, { max: 1 });
  try {
    const countOpen = async () => Object.values((await readOpenWork(db)).byStatus).reduce((sum, n) => sum + n, 0);
    const missing = target - (await countOpen());
    if (missing > 0) submitted(await closedLoop({ calls: missing }, callers, submitter(stack, 'C')));
    await sleep(SETTLE_MS);
    return { open: await countOpen(), rssMib: await residentMib(await stack.workerPid()) };
  } finally {
    await db.destroy();
  }
}
