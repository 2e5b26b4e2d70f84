import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleWorkflowCode } from '@temporalio/worker';
import { WORKFLOWS_PATH } from '../worker/create-worker.js';
import { WORKFLOW_BUNDLE_FILE, WORKFLOW_BUNDLER_OPTIONS } from '../worker/workflow-bundle.js';

// `npm run build [-- --out-dir <folder>]`: the production processes compiled to JavaScript (tsconfig.build.json:
// the API, the worker, the migration and the codec server, and whatever they import), and the workflow bundle the
// compiled worker loads, into dist/ unless told otherwise.

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { 'out-dir': { type: 'string', default: 'dist' } } });
const outDir = resolve(root, values['out-dir']);

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: root, stdio: 'inherit' });
if (compiled.status !== 0) {
  process.stderr.write('build: the TypeScript compiler failed (above)\n');
  process.exit(compiled.status ?? 1);
}

// The bundler reports each module it takes at INFO; its warnings and errors are what a build wants to show.
const quiet = { ...console, trace() {}, debug() {}, info() {}, log() {} };
const { code } = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, ...WORKFLOW_BUNDLER_OPTIONS, logger: quiet as never });
await writeFile(join(outDir, WORKFLOW_BUNDLE_FILE), code);
process.stdout.write(`build: compiled to ${outDir}, workflow bundle ${WORKFLOW_BUNDLE_FILE} (${Math.round(code.length / 1024)} KiB)\n`);
