import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cpuSecondsBetween, parseProcStat, readProcStats, ticksOf, type ProcStat } from '../../bench/cpu.js';

// The bench's CPU accounting from /proc: which process spent what, Postgres's backends included.

// A real line of /proc/<pid>/stat, with a command name holding a space and a parenthesis.
const line = (pid: number, ppid: number, name: string, utime: number, stime: number, cutime = 0, cstime = 0) =>
  `${pid} (${name}) S ${ppid} ${pid} ${pid} 0 -1 4194560 2104 0 0 0 ${utime} ${stime} ${cutime} ${cstime} 20 0 1 0 9120 229068800 5634 18446744073709551615`;

describe('parseProcStat', () => {
  it('reads pid, parent and ticks, whatever the command name holds', () => {
    expect(parseProcStat(line(4242, 1, 'postgres: bench (x) idle', 700, 55, 9, 1))).toEqual({ pid: 4242, ppid: 1, ticks: 755, childTicks: 10 });
  });

  it('refuses what is not a stat line', () => {
    expect(() => parseProcStat('hello')).toThrow(/not a \/proc/);
  });

  it('reads this very process from /proc', async () => {
    const me = (await readProcStats()).find((s) => s.pid === process.pid);
    expect(me?.ppid).toBe(process.ppid);
  });
});

describe('ticksOf', () => {
  const stats: ProcStat[] = [
    { pid: 10, ppid: 1, ticks: 100, childTicks: 40 }, // the postmaster: 40 ticks of backends it has reaped
    { pid: 11, ppid: 10, ticks: 30, childTicks: 0 }, // a backend
    { pid: 12, ppid: 10, ticks: 5, childTicks: 0 }, // the checkpointer
    { pid: 13, ppid: 12, ticks: 2, childTicks: 0 },
    { pid: 20, ppid: 1, ticks: 999, childTicks: 0 }, // something else
  ];

  it('sums a tree: its processes, their live children and those already reaped', () => {
    expect(ticksOf(stats, 10, true)).toBe(100 + 40 + 30 + 5 + 2);
  });

  it('counts a process alone without tree', () => {
    expect(ticksOf(stats, 10, false)).toBe(100);
  });

  it('says nothing of a process that is gone', () => {
    expect(ticksOf(stats, 99, true)).toBeUndefined();
  });
});

describe('cpuSecondsBetween', () => {
  it('turns ticks into seconds and leaves out what either snapshot missed', () => {
    expect(cpuSecondsBetween({ worker: 100, api: undefined, gone: 5 }, { worker: 350, api: 20 }, 100)).toEqual({ worker: 2.5 });
  });

  it("sees a child's CPU in its parent's tree once it is reaped", async () => {
    const stats = async () => ticksOf(await readProcStats(), process.pid, true)!;
    const before = await stats();
    // 0.3 s of CPU (not of a clock: the machine may be busy) in a child that exits and is reaped by this process.
    const child = spawn(process.execPath, ['-e', 'while (process.cpuUsage().user < 300_000);']);
    await new Promise((resolve) => child.once('exit', resolve));
    expect(await stats()).toBeGreaterThanOrEqual(before + 29);
  });
});
