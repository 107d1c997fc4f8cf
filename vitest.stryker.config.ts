import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The suite as Stryker runs it (npm run mutate). Left out:
// - the tests that spawn bin/cbcc-stats.js: they run the built dist/, never the mutated sources, so they
//   cannot kill a mutant; they only cost time;
// - the files that generate thousands of rows before their tests (a 20,000-row workbook, the 5,000-person
//   reader comparison, the roster in five encodings, the sheets of a province, the shared corpus): Stryker
//   reruns that set-up for every mutant they cover, which made a run of one module take most of an hour.
//   Their figures are held by the small hand-made tests beside each module;
// - the worker-thread round trip (src/pipeline/worker.test.ts): it starts a thread and counts two files
//   before its tests, every mutant over; plain.test.ts holds the same crossing in-process.
// - the golden outputs (every command on every fixture): each of its tests reaches nearly every mutant,
//   so Stryker would rerun the whole set of commands for each one.
//
// CBCC_MUTATE_TESTS (comma-separated globs) narrows the run to a module's own tests: a mutant in code that
// runs while test files load or in their beforeAll hooks ("static" to Stryker) is run against every test
// selected, which over the whole suite is minutes per mutant. The score so measured is a lower bound.
const config = mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        'node_modules/**',
        'src/cli/cli.test.ts',
        'src/cli/code-cache.test.ts',
        'src/cli/batch.test.ts',
        'src/cli/fuzz.test.ts',
        'src/cli/hostile.test.ts',
        'src/cli/corpus.test.ts',
        'src/cli/golden.test.ts',
        'src/read/xlsx-large.test.ts',
        'src/read/xlsx-readers.test.ts',
        'src/pipeline/encodings.test.ts',
        'src/pipeline/sheets.test.ts',
        'src/pipeline/worker.test.ts',
      ],
    },
  }),
);

const focus = process.env.CBCC_MUTATE_TESTS;
if (focus) config.test!.include = focus.split(',');

export default config;
