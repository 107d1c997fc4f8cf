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
    // The readers and parsers of src/read: every module that turns bytes into rows or chooses how.
    // Left out: head.ts (a file's first bytes), inputs.ts (file arguments), limits.ts and types.ts (constants, types).
    'src/read/open.ts',
    'src/read/sniff.ts',
    'src/read/csv.ts',
    'src/read/csv-parser.ts',
    'src/read/csv-bytes.ts',
    'src/read/sheets.ts',
    'src/read/zip.ts',
    'src/read/xml.ts',
    'src/read/merges.ts',
    'src/read/excel-cell.ts',
    'src/read/xlsx.ts',
    'src/read/xlsx-parts.ts',
    'src/read/xlsx-sheet.ts',
    'src/read/xlsx-bytes.ts',
    'src/read/xlsx-stream.ts',
    'src/read/xlsx-inflate.ts',
    'src/read/xlsx-batch.ts',
    'src/read/xlsx-thread.ts',
    'src/read/xlsx-worker.ts',
    'src/read/value-ids.ts',
    'src/read/biff.ts',
    'src/read/biff-records.ts',
    'src/read/legacy.ts',
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
