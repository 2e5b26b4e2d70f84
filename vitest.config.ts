import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Forks: the Temporal worker's native runtime does not belong in worker threads.
    pool: 'forks',
    globalSetup: ['test/support/global-setup.ts'],
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
