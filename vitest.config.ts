import { defineConfig } from 'vitest/config';

// One config, three projects that mirror the code: pure modules, the built site, and the site in Chromium.
const siteSetup = ['tests/support/global-setup.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // Two files at a time even on a 2-core machine (Vitest would take one): browser tests mostly
    // wait on Chromium. The build project still runs its files one by one (fileParallelism below).
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: siteSetup,
          // Some of these files build sites, and Astro builds of one project must not overlap.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: siteSetup,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Pages answer in milliseconds, but two files share the machine's cores: a busy second is no failure.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
