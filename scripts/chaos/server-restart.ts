import { setTimeout as sleep } from 'node:timers/promises';
import { describeReply, type ApiCall } from './api-client.js';

// One restart of a server the product depends on, under load. While it is down the API must answer at once, and
// readyz must name that server (and only it): with Postgres down a read of the ledger is a quick 503 problem+json;
// with Temporal down the ledger still answers it. Once the server is back, the API and the workers must carry on
// without being restarted (a worker that dies meanwhile is the worker killer's anomaly).

const ANSWER_WITHIN_MS = 10_000;
const RESUME_WITHIN_MS = 30_000;

export type Server = 'postgres' | 'temporal';

export interface RestartProbe {
  api: ApiCall;
  office: string;
  /** An appeal to read while the server is down. */
  appealId: string;
  downMs: number;
  log(line: string): void;
  anomaly(text: string): void;
}

/** `restart` stops the server, awaits what it is given while the server is down, then starts it again. */
export async function restartUnderLoad(server: Server, restart: (whileDown: () => Promise<void>) => Promise<void>, probe: RestartProbe): Promise<void> {
  const { api, anomaly } = probe;
  const other: Server = server === 'postgres' ? 'temporal' : 'postgres';
  const name = server === 'postgres' ? 'Postgres' : 'Temporal';
  probe.log(`restarting ${name}`);
  await restart(async () => {
    const wentDown = Date.now();
    const ready = await api('GET', '/readyz');
    const names: Partial<Record<Server, string>> = ready.kind === 'answer' ? (ready.body as Partial<Record<Server, string>>) : {};
    if (ready.kind !== 'answer' || ready.status !== 503 || names[server] === 'ok' || names[other] !== 'ok' || ready.ms > ANSWER_WITHIN_MS) {
      anomaly(`readyz with ${name} down: ${describeReply(ready)} ${JSON.stringify(names)} after ${ready.ms} ms (expected a quick 503 naming ${server} only)`);
    }
    const read = await api('GET', `/v1/appeals/${probe.appealId}`, probe.office);
    const expected = server === 'postgres' ? 503 : 200;
    if (read.kind !== 'answer' || read.status !== expected || (expected === 503 && !read.problemJson) || read.ms > ANSWER_WITHIN_MS) {
      anomaly(
        `a ledger read with ${name} down: ${describeReply(read)} after ${read.ms} ms (expected a quick ${expected === 503 ? '503 problem+json' : '200'})`,
      );
    }
    probe.log(`${name} is down: readyz ${describeReply(ready)} ${JSON.stringify(names)}, a read ${describeReply(read)}`);
    await sleep(Math.max(0, probe.downMs - (Date.now() - wentDown)));
  });
  const cameBack = Date.now();
  for (;;) {
    const ready = await api('GET', '/readyz');
    if (ready.kind === 'answer' && ready.status === 200) break;
    if (Date.now() - cameBack > RESUME_WITHIN_MS) {
      anomaly(`the API was still not ready ${RESUME_WITHIN_MS / 1000} s after ${name} came back: ${describeReply(ready)}`);
      return;
    }
    await sleep(250);
  }
  probe.log(`${name} is back; the API was ready again ${Date.now() - cameBack} ms later`);
}
