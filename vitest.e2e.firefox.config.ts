import { defineConfig } from 'vitest/config';

// End-to-end tests in Firefox: the shared scenarios (tests/e2e/scenarios) in firefox-esr
// (puppeteer-core over WebDriver BiDi) with the built sandbox extension (.output/sandbox/firefox-mv2).
export default defineConfig({
  test: {
    include: ['tests/e2e/scenarios/**/*.e2e.ts'],
    environment: 'node',
    env: { PANDU_E2E_BROWSER: 'firefox' },
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
