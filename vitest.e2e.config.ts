import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium (playwright-core) with the built sandbox extension.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
