import { defineConfig } from 'vitest/config';

// Deterministic environment: no colour unless a test asks for it, UTC dates.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    env: { NO_COLOR: '1', TZ: 'UTC' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
