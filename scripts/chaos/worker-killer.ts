import { setTimeout as sleep } from 'node:timers/promises';
import type { Connection } from '@temporalio/client';
import proto from '@temporalio/proto';
import { describeExit, type Child } from '../processes.js';
import type { Random } from './random.js';

// The worker's life in a chaos run: started, left to work for a random while once it polls, killed with SIGKILL
// (its whole process group, as a crash would end it: nothing drains), left dead a random while, started again.

export interface KillerOptions {
  spawn(name: string): Child;
  temporal: { connection: Connection; namespace: string; taskQueue: string };
  random: Random;
  /** How long a worker works, from its first poll to its kill. */
  upMs: readonly [number, number];
  /** How long no worker runs after a kill. */
  downMs: readonly [number, number];
  /** After this many kills the worker is left alone. */
  maxKills: number;
  log(line: string): void;
  anomaly(text: string): void;
}

export interface WorkerKiller {
  /** Settles when the first worker polls. */
  readonly firstReady: Promise<void>;
  kills(): number;
  /** Stops killing; answers the worker left running, which polls by then. */
  stop(): Promise<Child>;
}

const READY_WITHIN_MS = 120_000;

/** Whether the worker process `pid` polls the task queue for workflow tasks (the SDK's identity is `pid@host`). */
async function polls(options: KillerOptions['temporal'], pid: number): Promise<boolean> {
  const { pollers } = await options.connection.workflowService.describeTaskQueue({
    namespace: options.namespace,
    taskQueue: { name: options.taskQueue, kind: proto.temporal.api.enums.v1.TaskQueueKind.TASK_QUEUE_KIND_NORMAL },
    taskQueueType: proto.temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
  });
  return (pollers ?? []).some((poller) => poller.identity?.startsWith(`${pid}@`));
}

export function startWorkerKiller(options: KillerOptions): WorkerKiller {
  const stopping = new AbortController();
  let kills = 0;
  let started = 0;
  const spawn = () => options.spawn(`worker-${++started}`);
  /** Sleeps unless asked to stop; false once stopping. */
  const pause = (ms: number) =>
    sleep(ms, undefined, { signal: stopping.signal }).then(
      () => true,
      () => false,
    );
  const stopped = new Promise<void>((resolve) => stopping.signal.addEventListener('abort', () => resolve(), { once: true }));

  /**
   * Waits until `worker` polls; a worker that dies first or never polls is reported and replaced, a few times:
   * past that, workers cannot start at all and the run cannot go on.
   */
  async function ready(worker: Child, replacements = 3): Promise<Child> {
    for (const giveUpAt = Date.now() + READY_WITHIN_MS; ;) {
      const exited = await Promise.race([worker.exited, sleep(250).then(() => undefined)]);
      const failure = exited
        ? `${worker.name} ${describeExit(exited)} before it polled`
        : Date.now() > giveUpAt && `${worker.name} did not poll within ${READY_WITHIN_MS / 1000} s`;
      if (failure) {
        options.anomaly(failure);
        await worker.kill();
        if (replacements === 0) throw new Error('no worker could start');
        return ready(spawn(), replacements - 1);
      }
      if (await polls(options.temporal, worker.pid!).catch(() => false)) return worker;
    }
  }

  let markFirstReady!: () => void;
  let failFirstReady!: (err: unknown) => void;
  const firstReady = new Promise<void>((resolve, reject) => ([markFirstReady, failFirstReady] = [resolve, reject]));

  async function loop(): Promise<Child> {
    let worker = await ready(spawn()).catch((err: unknown) => {
      failFirstReady(err);
      throw err;
    });
    markFirstReady();
    for (;;) {
      const upFor = options.random.between(...options.upMs);
      const working = kills < options.maxKills ? pause(upFor) : stopped;
      const died = await Promise.race([worker.exited, working.then(() => undefined)]);
      if (died) options.anomaly(`${worker.name} ${describeExit(died)} on its own`);
      else if (stopping.signal.aborted) return worker;
      else {
        await worker.kill();
        kills += 1;
        const downFor = options.random.between(...options.downMs);
        options.log(
          `kill ${kills}: ${worker.name} (pid ${worker.pid}) SIGKILLed after ${(upFor / 1000).toFixed(1)} s of work; restarting in ${(downFor / 1000).toFixed(1)} s`,
        );
        await sleep(downFor);
      }
      worker = await ready(spawn());
    }
  }

  const running = loop();
  // Reported by stop(); until then a failed spawn (the stack stopping) must not be an unhandled rejection.
  running.catch(() => undefined);
  return {
    firstReady,
    kills: () => kills,
    async stop() {
      stopping.abort();
      return running;
    },
  };
}
