import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { acquireLock } from '../../scripts/build-lock.ts';
import { projectRoot } from '../setup/paths.ts';
import { CHECKOUT_LOCK_WAIT, inheritedEnv } from '../setup/run-build.ts';

/** Runs an npm script in the project, resolving with its exit code and output. */
function npmRun(script: string, env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', script], {
      cwd: projectRoot,
      env: { ...inheritedEnv(), FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

// Tests, so that `npm test` runs them beside the other test files rather than before them all.
describe.concurrent('the code', () => {
  it(
    'passes astro check (TypeScript and Astro diagnostics)',
    async () => {
      // astro check syncs the content first, writing Astro's generated files into .astro/ as a build does, so it takes
      // its turn with the builds of this checkout. It syncs the test site's content, with its cache, never `content/`.
      const release = await acquireLock(join(projectRoot, '.astro/build.lock'));
      try {
        const { code, output } = await npmRun('check', {
          ARCHIVE_CONTENT_DIR: inject('siteContentDir'),
          ARCHIVE_OUT_DIR: inject('siteDir'),
        });
        expect(code, output).toBe(0);
      } finally {
        release();
      }
    },
    300_000 + CHECKOUT_LOCK_WAIT,
  );

  it('passes npm run lint (ESLint, Prettier)', async () => {
    const { code, output } = await npmRun('lint');
    expect(code, output).toBe(0);
  }, 300_000);
});
