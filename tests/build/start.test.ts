import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveFixtureDir, projectRoot, scratchDir } from '../setup/paths.ts';
import { CHECKOUT_LOCK_WAIT, CHILD_COMMANDS_TIMEOUT, inheritedEnv } from '../setup/run-build.ts';

/** A port no one listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const answers = (url: string) =>
  fetch(url).then(
    (response) => response.status,
    () => 'no answer',
  );

describe('npm start', () => {
  it(
    'builds and serves the site, and stopping its process stops the server too',
    async () => {
      const port = await freePort();
      const start = spawn('npm', ['start', '--', '--port', String(port)], {
        cwd: projectRoot,
        env: {
          ...inheritedEnv(),
          ARCHIVE_CONTENT_DIR: archiveFixtureDir,
          ARCHIVE_OUT_DIR: join(scratchDir, 'start'),
          NO_COLOR: '1',
        },
        // Its own process group, so that whatever it started can be stopped after the test even if the test fails.
        detached: true,
      });
      let output = '';
      start.stdout.on('data', (chunk) => (output += chunk));
      start.stderr.on('data', (chunk) => (output += chunk));
      const exited = new Promise((resolve) => start.on('exit', resolve));

      const url = `http://localhost:${port}/`;
      try {
        // Until it serves, however long its build takes on a busy machine (the test's own bound), or until it exits.
        await Promise.race([
          expect.poll(() => answers(url), { timeout: CHILD_COMMANDS_TIMEOUT + CHECKOUT_LOCK_WAIT, interval: 500 }).toBe(200),
          exited.then((code) => {
            throw new Error(`npm start exited (${code}) before serving:\n${output}`);
          }),
        ]);
        // The npm process alone, as `kill <pid>` stops it: what it started must stop with it.
        start.kill('SIGTERM');
        await exited;
        await expect.poll(() => answers(url), { interval: 200 }).toBe('no answer');
      } finally {
        try {
          process.kill(-start.pid!, 'SIGKILL');
        } catch {
          // The group is gone: nothing is left running.
        }
      }
    },
    // The wait for it to serve, and then for it to stop.
    CHILD_COMMANDS_TIMEOUT + CHECKOUT_LOCK_WAIT + 60_000,
  );
});
