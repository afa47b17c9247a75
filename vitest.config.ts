/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets tests import `src/content.config.ts` (and its `astro:content` imports) directly.
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build-site.ts'],
    testTimeout: 60_000,
    // Most of the suite's time is spent in child processes (builds, Chromium), not in the workers: Vitest's
    // default of one worker on a 2-core machine leaves a core idle while a file waits on its build.
    maxWorkers: 3,
    hookTimeout: 180_000,
    // How long `expect.poll` waits for what a page will do (a search answered, a highlight applied): Vitest's
    // one-second default made browser tests fail whenever the machine was busy. A bound, not a measurement.
    expect: { poll: { timeout: 30_000 } },
  },
});
