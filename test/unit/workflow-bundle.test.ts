import { describe, expect, inject, it } from 'vitest';

// A workflow evaluates the bundle's modules for itself, new or replayed (README, performance): a module that builds
// zod schemas at import would build them for every intake. The workflows reach the schemas they check steps with
// through domain/*-bodies.ts, which build each on first use.

describe('the workflow bundle', () => {
  it('holds none of the modules that build schemas at import', () => {
    const code = inject('workflowBundleCode');
    expect(code).toContain('./domain/command-checks.ts');
    for (const module of ['steps', 'meeting-schemas', 'accountability-schemas', 'periods', 'policy']) {
      expect(code, module).not.toContain(`./domain/${module}.ts`);
    }
  });
});
