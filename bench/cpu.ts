import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

// CPU time per process from /proc (Linux), so a run can say which process spent what: the Temporal server, the
// worker, the API, Postgres and the load generator. Postgres is a postmaster and a backend per connection: its time
// is the postmaster's, its live children's, and (through cutime/cstime) that of the backends it has already reaped.

export interface ProcStat {
  pid: number;
  ppid: number;
  /** utime + stime, in clock ticks. */
  ticks: number;
  /** cutime + cstime: the children this process has waited for, in clock ticks. */
  childTicks: number;
}

/** One line of /proc/<pid>/stat. The command name may hold spaces and parentheses, so fields are counted after its last ')'. */
export function parseProcStat(line: string): ProcStat {
  const close = line.lastIndexOf(')');
  const pid = Number(line.slice(0, line.indexOf('(')).trim());
  // After the name: state(3) ppid(4) … utime(14) stime(15) cutime(16) cstime(17), numbered as proc(5) numbers them.
  const fields = line
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  const field = (n: number) => Number(fields[n - 3]);
  if (close < 0 || !Number.isInteger(pid) || fields.length < 15) throw new Error(`not a /proc/<pid>/stat line: ${line.slice(0, 80)}`);
  return { pid, ppid: field(4), ticks: field(14) + field(15), childTicks: field(16) + field(17) };
}

/**
 * Ticks spent by a process, and with `tree` by everything under it too, reaped or alive. Without `tree` the process
 * alone: the bench's own process is the parent of the servers it started, which are counted on their own.
 */
export function ticksOf(stats: readonly ProcStat[], pid: number, tree: boolean): number | undefined {
  const root = stats.find((s) => s.pid === pid);
  if (!root) return undefined;
  if (!tree) return root.ticks;
  const children = new Map<number, ProcStat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  let total = 0;
  for (const pending = [root]; pending.length > 0;) {
    const s = pending.pop()!;
    total += s.ticks + s.childTicks;
    pending.push(...(children.get(s.pid) ?? []));
  }
  return total;
}

export interface MeasuredProcess {
  name: string;
  pid: number;
  tree: boolean;
}

export type CpuSnapshot = Record<string, number | undefined>;

/** CPU seconds of each process between two snapshots; a process missing from either is left out, never counted as 0. */
export function cpuSecondsBetween(before: CpuSnapshot, after: CpuSnapshot, ticksPerSecond: number): Record<string, number> {
  const seconds: Record<string, number> = {};
  for (const [name, ticks] of Object.entries(after)) {
    const earlier = before[name];
    if (ticks !== undefined && earlier !== undefined) seconds[name] = (ticks - earlier) / ticksPerSecond;
  }
  return seconds;
}

/** Every process's /proc/<pid>/stat now (one that exits while they are read is skipped). */
export async function readProcStats(): Promise<ProcStat[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const lines = await Promise.all(pids.map((pid) => readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined)));
  return lines.filter((line): line is string => line !== undefined).map(parseProcStat);
}

export async function cpuSnapshot(processes: readonly MeasuredProcess[]): Promise<CpuSnapshot> {
  const stats = await readProcStats();
  return Object.fromEntries(processes.map((p) => [p.name, ticksOf(stats, p.pid, p.tree)]));
}

/** USER_HZ: what /proc counts in (100 on every common Linux, asked rather than assumed). */
export async function ticksPerSecond(): Promise<number> {
  return Number((await promisify(execFile)('getconf', ['CLK_TCK'])).stdout.trim());
}
