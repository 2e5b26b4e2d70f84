import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WorkflowBundlePath } from '@temporalio/worker';

// The workflow code the compiled worker loads: `npm run build` bundles it once (scripts/build.ts), so a worker
// in production starts without webpack and every worker of a release runs the very same bundle. Run from the
// sources (`npm run worker`, `npm start`) there is none, and the worker bundles the workflows as it starts.

/** The bundle's name at the root of the build's output, beside the compiled worker/ folder. */
export const WORKFLOW_BUNDLE_FILE = 'workflow-bundle.js';

/**
 * What every bundling of the workflows is given (the build's, the tests', the worker's own): the modules loaded
 * once per worker and shared by its workflows rather than evaluated again for each (workflows/shared-modules.ts).
 */
export const WORKFLOW_BUNDLER_OPTIONS = {
  preloadModules: [fileURLToPath(new URL('../workflows/shared-modules.ts', import.meta.url))],
};

/** The pre-built bundle beside this compiled module's folder, if the build wrote one. */
export function prebuiltWorkflowBundle(): WorkflowBundlePath | undefined {
  const codePath = fileURLToPath(new URL(`../${WORKFLOW_BUNDLE_FILE}`, import.meta.url));
  return existsSync(codePath) ? { codePath } : undefined;
}
