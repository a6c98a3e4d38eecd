// StrykerJS configuration for `npm run mutate` (scripts/mutate.ts sets `mutate` and the tests).
// Not part of `npm test`: a full run takes minutes. Kept affordable for a shared 2-core machine.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  checkers: ['typescript'],
  // scripts/mutate.ts sets PANDU_STRYKER_TSCONFIG=tsconfig.stryker.json: just the mutated module.
  tsconfigFile: process.env.PANDU_STRYKER_TSCONFIG ?? 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  // One test process: the machine is shared (2 cores, several sessions at once).
  concurrency: 1,
  timeoutMS: 20000,
  reporters: ['clear-text', 'json', 'progress-append-only'],
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  jsonReporter: { fileName: process.env.PANDU_STRYKER_REPORT ?? 'reports/mutation/mutation.json' },
  fileLogLevel: 'info',
  tempDirName: process.env.PANDU_STRYKER_TMP ?? '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: ['.output', 'test-results', 'screenshots', 'reports', 'web-ext-artifacts', '.ci'],
  thresholds: { high: 90, low: 85, break: null },
};
