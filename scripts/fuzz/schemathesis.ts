// Schemathesis, the fuzzer `npm run fuzz` drives, pinned and pip-installed into the git-ignored .tools/schemathesis
// venv on the first fuzz run rather than at `npm install`: only fuzzing needs it, and it is some 40 packages.
// Same pattern as scripts/install-temporal.mjs, except that failing here stops the run: there is no fallback.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SCHEMATHESIS_PIN = 'schemathesis==4.32.5';
const venv = fileURLToPath(new URL('../../.tools/schemathesis', import.meta.url));
const marker = join(venv, 'installed.txt');
const st = join(venv, 'bin', 'st');

/** Runs a command with its output passed through; resolves to its exit code (null when it could not start). */
export function run(command: string, args: string[], options: { cwd?: string } = {}): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.once('error', () => resolve(null));
    child.once('exit', (code) => resolve(code));
  });
}

/** The `st` command of the pinned Schemathesis, installing it first when it is missing or another version. */
export async function schemathesis(log: (line: string) => void): Promise<string> {
  if (existsSync(st) && existsSync(marker) && readFileSync(marker, 'utf8') === SCHEMATHESIS_PIN) return st;
  log(`[fuzz] installing ${SCHEMATHESIS_PIN} from PyPI into ${venv} (once; about a minute)`);
  const steps: [string, string[]][] = [
    ['python3', ['-m', 'venv', venv]],
    [join(venv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', SCHEMATHESIS_PIN]],
    [st, ['--version']],
  ];
  for (const [command, args] of steps) {
    const code = await run(command, args);
    if (code !== 0) {
      throw new Error(
        `could not install ${SCHEMATHESIS_PIN}: \`${command} ${args.join(' ')}\` ` +
          `${code === null ? 'could not start' : `exited with code ${code}`}. ` +
          'It needs python3 with its venv module and pip access to PyPI (or to a mirror set in PIP_INDEX_URL).',
      );
    }
  }
  writeFileSync(marker, SCHEMATHESIS_PIN);
  return st;
}
