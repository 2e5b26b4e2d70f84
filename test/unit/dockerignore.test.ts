import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// .dockerignore read with Docker's rules: a pattern is anchored at the context's root, `*` stays within one path
// segment, `**` spans any number of them, and a pattern that matches a folder leaves out all it holds.

const lines = readFileSync(fileURLToPath(new URL('../../.dockerignore', import.meta.url)), 'utf8').split('\n');
const patterns = lines.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));

function dockerPattern(pattern: string): RegExp {
  const source = pattern
    .replace(/^\/+|\/+$/g, '')
    .split(/(\*\*\/|\*\*|\*|\?)/)
    .map((part) => ({ '**/': '(?:.*/)?', '**': '.*', '*': '[^/]*', '?': '[^/]' })[part] ?? part.replace(/[.+^${}()|[\]\\]/g, '\\$&'))
    .join('');
  return new RegExp(`^${source}(?:/.*)?$`);
}

const ignored = (path: string) => patterns.some((pattern) => dockerPattern(pattern).test(path));

describe('.dockerignore', () => {
  it.each([
    '.env',
    '.env.production',
    'scripts/.env',
    'config/.env.local',
    'node_modules/pg/package.json',
    'bench/node_modules/x.js',
    '.git/HEAD',
    '.data/postgres/PG_VERSION',
    '.tools/temporal/bin/temporal',
    'bench/results/intake.json',
    'coverage/index.html',
    'npm-debug.log',
    'scripts/chaos/run.log',
    'dist/api/main.js',
  ])('leaves %s out of the image', (path) => {
    expect(ignored(path)).toBe(true);
  });

  it.each([
    'package.json',
    'package-lock.json',
    'api/app.ts',
    'scripts/install-temporal.mjs',
    'db/migrations',
    'config/settings.ts',
    'gateway/appeals.ts',
    'tsconfig.json',
    'tsconfig.build.json',
    'scripts/build.ts',
  ])('sends %s, which the image needs', (path) => {
    expect(ignored(path)).toBe(false);
  });
});
