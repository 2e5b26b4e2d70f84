import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// The Dockerfile's two stages, read offline (no Docker daemon in CI): the build stage compiles, the runtime stage
// holds production dependencies and the build's dist/ only, and every command compose runs is a file the build
// compiles (tsconfig.build.json's entry points).

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const dockerfile = readFileSync(root('Dockerfile'), 'utf8');
const instructions = dockerfile
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

/** Each stage's name and instructions, in order. */
const stages = instructions.reduce<{ name: string; lines: string[] }[]>((all, line) => {
  const from = /^FROM \S+ AS (\S+)$/i.exec(line);
  if (from) all.push({ name: from[1]!, lines: [] });
  else all.at(-1)!.lines.push(line);
  return all;
}, []);

describe('Dockerfile', () => {
  it('builds in a stage with every dependency and runs npm run build there', () => {
    expect(stages.map((s) => s.name)).toEqual(['build', 'runtime']);
    const build = stages[0]!.lines;
    expect(build).toContain('RUN npm ci');
    expect(build.indexOf('RUN npm run build')).toBeGreaterThan(build.indexOf('COPY . .'));
  });

  it('runs from a stage with production dependencies and dist/ only, compiled, as an unprivileged user', () => {
    const runtime = stages[1]!.lines;
    expect(runtime).toContain('RUN npm ci --omit=dev && npm cache clean --force');
    const copies = runtime.filter((line) => line.startsWith('COPY'));
    expect(copies).toEqual(['COPY package.json package-lock.json ./', 'COPY scripts/install-temporal.mjs ./scripts/', 'COPY --from=build /app/dist ./dist']);
    expect(runtime).toContain('USER node');
    expect(runtime.at(-1)).toBe('CMD ["node", "dist/api/main.js"]');
  });

  it('compiles every entry point compose and the image run', () => {
    const compose = parse(readFileSync(root('docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, { command?: string[] }> };
    const build = JSON.parse(readFileSync(root('tsconfig.build.json'), 'utf8')) as { files: string[] };
    const run = Object.values(compose.services).flatMap((s) => (s.command?.[0] === 'node' ? [s.command[1]!] : []));
    expect(run).toHaveLength(4);
    for (const file of [...run, 'dist/api/main.js']) expect(build.files).toContain(file.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
  });
});
