import { defineConfig } from 'vitest/config';

// Browser tests drive the system Chromium (/usr/bin/chromium) through playwright-core; they run
// apart from the unit tests (`npx vitest run -c vitest.browser.config.ts`), one file at a time.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
