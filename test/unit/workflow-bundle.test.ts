import { Worker } from '@temporalio/worker';
import { describe, expect, inject, it, vi } from 'vitest';
import { createWorker, type WorkerDeps } from '../../worker/create-worker.js';
import { WORKFLOW_BUNDLER_OPTIONS } from '../../worker/workflow-bundle.js';
import { preloadedModules } from '../support/preloaded-modules.js';

// Only how the worker bundles its workflows is asked here: its activities, built over a database and secrets, are not.
vi.mock('../../activities/index.js', () => ({ createActivities: () => ({}) }));

// A workflow evaluates the bundle's modules for itself, new or replayed (README, performance), except those the
// worker preloads and shares: a module that builds zod schemas at import would build them for every intake. The
// workflows reach the schemas they check steps with through domain/*-bodies.ts, which build each on first use,
// and zod itself is preloaded (workflows/shared-modules.ts) by every bundling of the workflows.

describe('the workflow bundle', () => {
  it('holds none of the modules that build schemas at import', () => {
    const code = inject('workflowBundleCode');
    expect(code).toContain('./domain/command-checks.ts');
    for (const module of ['steps', 'meeting-schemas', 'accountability-schemas', 'periods', 'policy']) {
      expect(code, module).not.toContain(`./domain/${module}.ts`);
    }
  });

  it('preloads the shared modules, in the tests as in the build (test/integration/build.test.ts)', () => {
    expect(WORKFLOW_BUNDLER_OPTIONS.preloadModules).toEqual([expect.stringMatching(/\/workflows\/shared-modules\.ts$/)]);
    expect(preloadedModules(inject('workflowBundleCode'))).toEqual(['./workflows/shared-modules.ts']);
  });

  it('is bundled by a worker without one with the same options', async () => {
    const create = vi.spyOn(Worker, 'create').mockResolvedValue(undefined as never);
    await createWorker({ taskQueue: 'q', timezone: 'Asia/Shanghai' } as WorkerDeps);
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ workflowsPath: expect.any(String), bundlerOptions: WORKFLOW_BUNDLER_OPTIONS }));
    create.mockRestore();
  });
});
