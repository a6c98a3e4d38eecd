import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The vitest run Stryker uses (`npm run mutate`): only the unit tests of the guard module being
 * mutated, chosen by scripts/mutate.ts through PANDU_MUTATE_TESTS (comma-separated globs).
 * (mergeConfig would append to the base include list, so the test block is replaced.)
 */
const include = (process.env.PANDU_MUTATE_TESTS ?? '').split(',').filter(Boolean);

export default defineConfig({
  ...base,
  test: { ...base.test, include: include.length ? include : ['tests/unit/**/*.test.ts'] },
});
