import type { TestProject } from 'vitest/node';
import { testSiteDir } from './paths.ts';
import { runBuild } from './run-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

/** Builds the real archive once for the build-output and browser tests. */
export default async function setup(project: TestProject) {
  const { code, output } = await runBuild({ ARCHIVE_OUT_DIR: testSiteDir });
  if (code !== 0) throw new Error(`The site did not build:\n${output}`);
  project.provide('siteDir', testSiteDir);
}
