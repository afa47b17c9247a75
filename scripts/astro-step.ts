/**
 * One `astro` command as a step of `npm run build` or `npm run check-content`: run under the checkout's build lock,
 * its log printed without the line per written page, and on failure the content errors in it located for the
 * editor ("Where to fix it"), the same lines whichever command found them.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { locatedContentErrors } from '../src/build/build-errors.ts';
import { isPageLine, isReusedPageLine } from '../src/build/build-log.ts';
import { acquireLock } from './build-lock.ts';

/**
 * Runs `astro <args>` while holding the checkout's build lock (see build-lock.ts), printing its log as it comes.
 * Resolves to its exit code and its log (less the line per page).
 */
export async function runAstroStep(args: readonly string[]): Promise<{ code: number; log: string }> {
  const releaseLock = await acquireLock('.astro/build.lock', {
    onWait: (holder) => console.log(`Waiting for another build of this project to finish (process ${holder})…`),
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      releaseLock();
      process.exit(1);
    });
  }
  try {
    return await runAstro(args);
  } finally {
    releaseLock();
  }
}

/** The content errors of a failed step's log, one `file:line: field: message` line each, for the editor. */
export function printWhereToFix(log: string): void {
  const located = locatedContentErrors(log.replace(/\x1b\[[0-9;]*m/g, ''));
  if (located.length > 0) console.error(`\nWhere to fix it:\n${located.map((entry) => entry.replace(/^/gm, '  ')).join('\n')}`);
}

function runAstro(args: readonly string[]): Promise<{ code: number; log: string }> {
  const progress = process.stdout.isTTY ? progressLine() : undefined;
  const astro = spawn('astro', args, { stdio: ['inherit', 'pipe', 'pipe'] });
  let log = '';
  astro.stderr.on('data', (chunk) => {
    log += chunk;
    progress?.clear();
    process.stderr.write(chunk);
  });
  let pages = 0;
  let reused = 0;
  const lines = createInterface({ input: astro.stdout });
  lines.on('line', (line) => {
    if (isPageLine(line)) {
      pages += 1;
      if (isReusedPageLine(line)) reused += 1;
      progress?.show(`  ${pages} files written…`);
      return;
    }
    progress?.clear();
    log += `${line}\n`;
    if (line.trim() === 'generating static routes') {
      console.log(' generating static routes (one line per file is left out; a count follows)');
      return;
    }
    console.log(line);
    if (pages > 0 && /Completed in/.test(line)) {
      console.log(`  ${pages} files written, ${reused} of them reused from the last build`);
      pages = 0;
      reused = 0;
    }
  });
  return new Promise((resolve) => {
    astro.on('error', (error) => {
      console.error(`Could not start astro: ${error.message}`);
      resolve({ code: 1, log });
    });
    astro.on('close', (exitCode, signal) => resolve({ code: exitCode ?? (signal ? 1 : 0), log }));
  });
}

/** One line of a terminal rewritten in place, at most ten times a second. */
function progressLine() {
  let lastShown = 0;
  let shown = false;
  return {
    show(text: string) {
      const now = performance.now();
      if (now - lastShown < 100) return;
      lastShown = now;
      shown = true;
      process.stdout.write(`\r\x1b[2K${text}`);
    },
    clear() {
      if (shown) process.stdout.write('\r\x1b[2K');
      shown = false;
    },
  };
}
