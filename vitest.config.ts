import { defineConfig } from 'vitest/config';

// One config, three projects that mirror the code: pure modules, the built site, and the site in Chromium.
const siteSetup = ['tests/support/global-setup.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // Three files at a time even on a 2-core machine (Vitest would take one): the workers mostly wait
    // on Chromium and on build processes, so build files run beside browser files.
    maxWorkers: 3,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: siteSetup,
          // Files run in parallel: Astro builds of one project never overlap, since every build takes
          // the project's build lock (scripts/build/build-lock.ts) and a second one waits for it.
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
