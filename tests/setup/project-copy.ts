import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { projectRoot } from './paths.ts';

/**
 * A copy of the project (its code and configuration; node_modules linked) in the system's temporary folder,
 * removed after the test file. Builds of one checkout take turns (scripts/build-lock.ts), so a test file with
 * many builds runs them in a copy of its own, beside the other files' builds; a test may also change its code.
 * Not under node_modules/: Node does not strip types there, so the copy's scripts would not run.
 */
export function projectCopy(prefix: string): string {
  // Inside a test, `afterAll` registers nothing that runs: the copy would be left in the temporary folder.
  if (expect.getState().currentTestName !== undefined) {
    throw new Error('projectCopy() is called at a test file’s top level, not inside a test');
  }
  const copy = mkdtempSync(join(tmpdir(), prefix));
  for (const name of ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'scripts', 'public']) {
    cpSync(join(projectRoot, name), join(copy, name), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));
  return copy;
}
