import { defineConfig } from 'vitest/config';

// End-to-end tests in Chromium (playwright-core) with the built sandbox extension: the shared
// scenarios (tests/e2e/scenarios, also run in Firefox by vitest.e2e.firefox.config.ts) and the
// Chromium-only files beside them.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    env: { PANDU_E2E_BROWSER: 'chromium' },
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
