/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// `npm run check-content`: the content checks alone, with no site build first (see vitest.config.ts for the whole suite).
export default getViteConfig({
  test: {
    include: ['tests/content/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
