import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser test needs Chromium; `npm run test:browser` runs it (and .ci/run does).
    exclude: [...configDefaults.exclude, 'test/browser/**'],
    // Property tests and model-level checks do real arithmetic; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
