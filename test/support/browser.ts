import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

// A real browser for the follow page's tests: Debian's Chromium, installed by scripts/ensure-chromium.mjs where it is
// missing (so a fresh machine with apt passes `npm test`), driven by playwright-core, which downloads nothing.

const CHROMIUM = '/usr/bin/chromium';
/** An install on a fresh machine fetches Chromium and its libraries: minutes, not seconds. */
export const BROWSER_SETUP_MS = 900_000;

function ensureChromium(): Promise<void> {
  const script = fileURLToPath(new URL('../../scripts/ensure-chromium.mjs', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`scripts/ensure-chromium.mjs exited ${code}: see its output above`))));
  });
}

export async function launchBrowser(): Promise<Browser> {
  await ensureChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}
