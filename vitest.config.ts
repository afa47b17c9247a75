/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets tests import `src/content.config.ts` (and its `astro:content` imports) directly.
export default getViteConfig({
  test: {
    testTimeout: 60_000,
    // Most of the suite's time is spent in child processes (builds, Chromium), not in the workers: Vitest's
    // default of one worker on a 2-core machine leaves a core idle while a file waits on its build.
    maxWorkers: 3,
    hookTimeout: 180_000,
    // How long `expect.poll` waits for what a page will do (a search answered, a highlight applied): Vitest's
    // one-second default made browser tests fail whenever the machine was busy. A bound, not a measurement.
    expect: { poll: { timeout: 30_000 } },
    projects: [
      // Pure functions: no build, so `npx vitest run tests/unit/…` starts at once.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // The build's output, Chromium and the code checks read the fixture archive's site, built once before them
      // (Vitest runs a project's global setup only when one of its files is to run).
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/code/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
        },
      },
    ],
  },
});
