// The child processes of `npm start`: spawned, their output labelled, stopped in order, and never left behind.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { readFile, unlink } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';

export type Log = (line: string) => void;

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  error?: Error;
}

export interface Child {
  readonly name: string;
  /** Undefined when it could not be spawned. */
  readonly pid: number | undefined;
  readonly exited: Promise<ChildExit>;
  /** SIGTERM to the child's process group; SIGKILL if it is still there after graceMs. */
  stop(graceMs: number): Promise<void>;
  /** SIGKILL to the child's process group at once, as a crash of the machine would end it: nothing drains. */
  kill(): Promise<ChildExit>;
}

export interface SpawnOptions {
  env: NodeJS.ProcessEnv;
  cwd: string;
  log: Log;
  /** Written while the child runs, so a later start can find it if this process was killed without cleaning up. */
  pidFile?: string;
  /** Drop its output once asked to stop, for servers whose shutdown is only noise. */
  quietWhileStopping?: boolean;
}

const running = new Set<number>();

// A crash of the orchestrator (an uncaught error, process.exit) must not leave servers behind; `exit` handlers run
// synchronously, which is enough to send signals.
process.on('exit', () => {
  for (const pid of running) signalGroup(pid, 'SIGTERM');
});

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

export function describeExit(exit: ChildExit): string {
  if (exit.error) return `could not start (${exit.error.message})`;
  return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
}

function labelLines(stream: Readable, label: string, log: Log, muted: () => boolean): void {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    if (!muted()) log(`[${label}] ${line}`);
  });
}

export function spawnChild(name: string, command: string, args: string[], options: SpawnOptions): Child {
  // Its own process group: a Ctrl-C in the terminal (or the group's SIGTERM) reaches only the orchestrator, which
  // then stops each child once and in order, so the worker drains before Temporal and Postgres go away.
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stopping = false;
  const muted = () => stopping && options.quietWhileStopping === true;
  labelLines(child.stdout, name, options.log, muted);
  labelLines(child.stderr, name, options.log, muted);

  const pid = child.pid;
  if (pid !== undefined) {
    running.add(pid);
    // Synchronously, so that a child exiting at once cannot have its pid file removed before it is written.
    if (options.pidFile) writeFileSync(options.pidFile, `${pid}\n`);
  }
  const exited = new Promise<ChildExit>((resolve) => {
    child.once('error', (error) => resolve({ code: null, signal: null, error }));
    child.once('exit', (code, signal) => {
      if (pid !== undefined) {
        running.delete(pid);
        // A grandchild that outlived its group leader would otherwise become an orphan.
        signalGroup(pid, 'SIGKILL');
      }
      const cleanedUp = options.pidFile && pid !== undefined ? removePidFile(options.pidFile, pid) : Promise.resolve();
      void cleanedUp.then(() => resolve({ code, signal }));
    });
  });

  const stop = async (graceMs: number) => {
    if (pid === undefined || !running.has(pid)) {
      await exited;
      return;
    }
    stopping = true;
    signalGroup(pid, 'SIGTERM');
    const killer = setTimeout(() => {
      options.log(`[start] ${name} still running after ${graceMs / 1000} s: killing it`);
      signalGroup(pid, 'SIGKILL');
    }, graceMs);
    await exited;
    clearTimeout(killer);
  };
  const kill = () => {
    if (pid !== undefined && running.has(pid)) signalGroup(pid, 'SIGKILL');
    return exited;
  };
  return { name, pid, exited, stop, kill };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Sends `signal` to one process and waits until it is gone; SIGKILL after `graceMs`. */
export async function signalAndWait(pid: number, signal: NodeJS.Signals, graceMs: number): Promise<void> {
  try {
    process.kill(pid, signal);
  } catch {
    return; // already gone
  }
  const deadline = Date.now() + graceMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Whether pid is a live process with marker (a path only our process would carry) among its arguments, so that a
 * pid recorded before a crash and since reused by an unrelated process is never signalled. Undefined where /proc
 * cannot tell.
 */
export async function isOurs(pid: number, marker: string): Promise<boolean | undefined> {
  if (!isAlive(pid)) return false;
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').includes(marker);
  } catch {
    return undefined;
  }
}

export async function readPid(pidFile: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt((await readFile(pidFile, 'utf8')).split('\n')[0]!, 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

// Only while it still names our process: after a stop signal, the terminal's `npm start` can exit before this
// process has finished, and a new start may already have written its own.
async function removePidFile(pidFile: string, pid: number): Promise<void> {
  if ((await readPid(pidFile)) === pid) await unlink(pidFile).catch(() => undefined);
}

/** Stops what an earlier start left running: it was killed before it could, or it is still stopping its children. */
export async function stopLeftover(name: string, pidFile: string, marker: string, log: Log): Promise<void> {
  const pid = await readPid(pidFile);
  if (pid !== undefined && (await isOurs(pid, marker))) {
    log(`[start] stopping the ${name} of an earlier start, still running (pid ${pid})`);
    signalGroup(pid, 'SIGTERM');
    for (let waited = 0; isAlive(pid) && waited < 10_000; waited += 100) await sleep(100);
    signalGroup(pid, 'SIGKILL');
  }
  await unlink(pidFile).catch(() => undefined);
}
