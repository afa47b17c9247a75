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
  },
});
