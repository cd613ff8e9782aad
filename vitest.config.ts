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
    // One test file per core. Vitest's default in run mode is one worker fewer than the cores, which on the
    // 2-core machine this suite is timed on ran every file one after another (about 1,200 s; ~600 with two).
    // Stryker's vitest runner sets its own workers (one), so the mutation kill sets are unaffected.
    maxWorkers: '100%',
  },
});
