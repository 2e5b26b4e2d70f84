import { setTimeout as sleep } from 'node:timers/promises';
import type { RunningStack } from '../stack.js';
import { describeReply, type ApiCall } from './api-client.js';

// One Postgres restart under load. While it is down the API must answer at once, 503 problem+json, and readyz must
// name Postgres (and only Postgres); once it is back, the API and the worker must carry on without being restarted.

const ANSWER_WITHIN_MS = 10_000;
const RESUME_WITHIN_MS = 30_000;

export interface RestartProbe {
  api: ApiCall;
  office: string;
  /** An appeal to read while Postgres is down. */
  appealId: string;
  downMs: number;
  log(line: string): void;
  anomaly(text: string): void;
}

export async function restartPostgresUnderLoad(restart: NonNullable<RunningStack['restartPostgres']>, probe: RestartProbe): Promise<void> {
  const { api, anomaly } = probe;
  probe.log('restarting Postgres');
  await restart(async () => {
    const wentDown = Date.now();
    const ready = await api('GET', '/readyz');
    const names = ready.kind === 'answer' ? (ready.body as { postgres?: string; temporal?: string }) : {};
    if (ready.kind !== 'answer' || ready.status !== 503 || names.postgres === 'ok' || names.temporal !== 'ok' || ready.ms > ANSWER_WITHIN_MS) {
      anomaly(`readyz with Postgres down: ${describeReply(ready)} ${JSON.stringify(names)} after ${ready.ms} ms (expected a quick 503 naming postgres)`);
    }
    const read = await api('GET', `/v1/appeals/${probe.appealId}`, probe.office);
    if (read.kind !== 'answer' || read.status !== 503 || !read.problemJson || read.ms > ANSWER_WITHIN_MS) {
      anomaly(`a ledger read with Postgres down: ${describeReply(read)} after ${read.ms} ms (expected a quick 503 problem+json)`);
    }
    probe.log(`Postgres is down: readyz ${describeReply(ready)} ${JSON.stringify(names)}, a read ${describeReply(read)}`);
    await sleep(Math.max(0, probe.downMs - (Date.now() - wentDown)));
  });
  const cameBack = Date.now();
  for (;;) {
    const ready = await api('GET', '/readyz');
    if (ready.kind === 'answer' && ready.status === 200) break;
    if (Date.now() - cameBack > RESUME_WITHIN_MS) {
      anomaly(`the API was still not ready ${RESUME_WITHIN_MS / 1000} s after Postgres came back: ${describeReply(ready)}`);
      return;
    }
    await sleep(250);
  }
  probe.log(`Postgres is back; the API was ready again ${Date.now() - cameBack} ms later`);
}
