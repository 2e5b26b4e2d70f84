// The browser the follow page's test drives (test/integration/follow-page.test.ts): Debian's Chromium, installed
// with apt where it is missing, because playwright-core never downloads a browser of its own and a fresh machine
// has only node, npm and python3. Exits non-zero, saying why, when it cannot install it.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

const log = (line) => process.stderr.write(`[ensure-chromium] ${line}\n`);

function present() {
  try {
    accessSync(CHROMIUM, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(command, args) {
  log(`${command} ${args.join(' ')}`);
  const { status, error } = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (error || status !== 0) throw new Error(`${command} ${args[0]} failed (${error?.message ?? `exit ${status}`})`);
}

const hasAptGet = () => spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;

function ensure() {
  if (present()) return log(`using ${CHROMIUM}`);
  if (process.getuid?.() !== 0 || !hasAptGet()) {
    log(
      `${CHROMIUM} is missing and cannot be installed here (needs root and apt-get): install Debian's chromium package, e.g. \`sudo apt-get install -y chromium\``,
    );
    process.exit(1);
  }
  log(`${CHROMIUM} is missing: installing Debian's chromium package (a few minutes on a fresh machine)`);
  try {
    // Another apt run (unattended upgrades) may hold the lock for a while: wait for it rather than fail.
    run('apt-get', ['update', '-o', 'DPkg::Lock::Timeout=300']);
    run('apt-get', ['install', '-y', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=300', 'chromium']);
  } catch (err) {
    log(`could not install chromium: ${err.message}`);
    process.exit(1);
  }
  if (!present()) {
    log(`apt-get installed chromium but ${CHROMIUM} is still missing`);
    process.exit(1);
  }
  log(`installed ${CHROMIUM}`);
}

ensure();
