import type { TestProject } from 'vitest/node';
import { archiveFixtureDir, testSiteDir } from './paths.ts';
import { buildFailure, runBuild } from './run-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site the build-output and browser tests read. */
    siteDir: string;
    /** The content it was built from. */
    siteContentDir: string;
  }
}

/**
 * Builds the fixture archive (tests/fixtures/archive) once for the build-output and browser tests, so they
 * never depend on the reports in `content/`. `ARCHIVE_TEST_CONTENT_DIR` / `ARCHIVE_TEST_SITE_DIR` build another
 * archive instead (tests/build/growth.test.ts runs the checks over the fixture archive plus two new reports this way).
 */
export default async function setup(project: TestProject) {
  const siteContentDir = process.env.ARCHIVE_TEST_CONTENT_DIR ?? archiveFixtureDir;
  const siteDir = process.env.ARCHIVE_TEST_SITE_DIR ?? testSiteDir;
  const result = await runBuild({ ARCHIVE_CONTENT_DIR: siteContentDir, ARCHIVE_OUT_DIR: siteDir });
  if (result.code !== 0) {
    // Printed before Vitest's own summary (which would otherwise lead with "No test files found").
    const message = buildFailure(`The test site (${siteContentDir}) did not build`, result);
    console.error(message);
    throw new Error(message);
  }
  project.provide('siteDir', siteDir);
  project.provide('siteContentDir', siteContentDir);
}
