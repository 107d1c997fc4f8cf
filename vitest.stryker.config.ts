import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The suite as Stryker runs it (npm run mutate). Left out: the tests that spawn bin/cbcc-stats.js.
// They run the built dist/, never the mutated sources, so they cannot kill a mutant; they only cost time.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        'node_modules/**',
        'src/cli/cli.test.ts',
        'src/cli/batch.test.ts',
        'src/cli/fuzz.test.ts',
        'src/cli/hostile.test.ts',
      ],
    },
  }),
);
