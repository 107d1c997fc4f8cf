// Mutation testing (npm run mutate): where a bug changes a figure. Not in CI: too slow for two cores.
// One module group at a time keeps it affordable: npm run mutate -- --mutate 'src/render/numbers.ts'
import { resolve } from 'node:path';

// The tests run in a sandbox copy of the project: tell them where ../shared (the corpus) really is.
process.env.CBCC_SHARED ??= resolve('..', 'shared');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20_000,
  mutate: [
    'src/normalize/**/*.ts',
    'src/vocab/**/*.ts',
    'src/detect/**/*.ts',
    'src/aggregate/**/*.ts',
    'src/render/numbers.ts',
    'src/read/csv-parser.ts',
    'src/read/csv-bytes.ts',
    'src/read/xlsx-sheet.ts',
    'src/read/xlsx-bytes.ts',
    'src/read/xlsx-parts.ts',
    'src/read/excel-cell.ts',
    'src/read/zip.ts',
    'src/read/biff.ts',
    'src/read/biff-records.ts',
    'src/read/legacy.ts',
    'src/read/xml.ts',
    'src/read/merges.ts',
    'src/read/sniff.ts',
    'src/read/text/**/*.ts',
    'src/standards/**/*.ts',
    'src/compare/**/*.ts',
    '!src/**/*.test.ts',
  ],
  // dist/ is copied into the sandbox: the in-process test files that also spawn bin/cbcc-stats.js need it.
  ignorePatterns: ['reports', '.vitest-tmp'],
  tempDirName: 'reports/mutation/.stryker-tmp',
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['html', 'json', 'progress', 'clear-text'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false },
  cleanTempDir: 'always',
};
