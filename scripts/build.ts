/**
 * `npm run build`: `astro build`, then the Pagefind search index as a step of its own once Astro has exited (so
 * the two never hold their memory at the same time). If anything fails, the output folder is removed, so a
 * failed build never leaves a half-built site that looks like a good one.
 *
 * The log stays short at any size: Astro's line per written page is counted instead of printed (with a running
 * count when the output is a terminal); every other line, warnings and errors included, is printed in full.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { archivePaths } from '../src/lib/archive-paths.ts';
import { locatedContentErrors } from '../src/lib/build-errors.ts';
import { isPageLine, isReusedPageLine, seconds } from '../src/lib/build-log.ts';
import { acquireLock } from './build-lock.ts';
import { searchIndexCache, searchIndexInput, writeSearchIndex } from './search-index.ts';
import { removeStaleFiles } from './stale-files.ts';

const { outDir, cacheDir } = archivePaths(process.env);
const started = performance.now();
const progress = process.stdout.isTTY ? progressLine() : undefined;
const indexCache = searchIndexCache(cacheDir);

// The output folder is kept: Astro's incremental build leaves the pages it can reuse where they are.
const buildStarted = Date.now();
await indexCache.setAside(outDir);

// Astro's log, less the line per page, kept to locate content errors in it if the build fails.
let log = '';
// One `astro build` of this checkout at a time (see build-lock.ts); the search index step needs no turn.
const releaseLock = await acquireLock('.astro/build.lock', {
  onWait: (holder) => console.log(`Waiting for another build of this project to finish (process ${holder})…`),
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    releaseLock();
    process.exit(1);
  });
}
const astroCode = await runAstroBuild(process.argv.slice(2));
releaseLock();
let code = astroCode;
if (astroCode === 0) {
  const stale = await removeStaleFiles(outDir, cacheDir, buildStarted);
  if (stale > 0) console.log(`Removed ${stale} files of the last build that this one no longer has`);
  const indexStarted = performance.now();
  try {
    // Pagefind has no incremental mode; an index none of whose pages changed is kept as it is.
    const kept = await indexCache.keptFiles();
    const input = await searchIndexInput(outDir, kept, indexCache.keepPage);
    await indexCache.removeGonePages(kept, input);
    const stale = await indexCache.restore(outDir, input);
    if (stale.length === 0) {
      console.log(`Search index: no page changed, the last indexes kept (checked in ${seconds(performance.now() - indexStarted)})`);
    } else {
      console.log(`Writing the search index (${stale.map((bundle) => `/${bundle}/`).join(', ')})…`);
      const { pages } = await writeSearchIndex(indexCache.pagesDir, outDir, stale);
      console.log(`Search index: ${pages} pages in ${seconds(performance.now() - indexStarted)}`);
    }
    await indexCache.record(input);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    code = 1;
  }
}

if (code !== 0) {
  await rm(outDir, { recursive: true, force: true });
  await indexCache.clear();
  const located = locatedContentErrors(log.replace(/\x1b\[[0-9;]*m/g, ''), process.cwd(), (path) => {
    try {
      return readFileSync(path, 'utf-8');
    } catch {
      return undefined;
    }
  });
  if (located.length > 0) console.error(`\nWhere to fix it:\n${located.map((line) => `  ${line}`).join('\n')}`);
  console.error(`\nThe build failed (see the message above); removed ${outDir} so no partial site is left behind.`);
} else {
  console.log(`Built ${outDir} in ${seconds(performance.now() - started)}.`);
}
process.exit(code);

/** Runs `astro build`, printing its log without the line per page. Resolves to its exit code. */
async function runAstroBuild(args: string[]): Promise<number> {
  const astro = spawn('astro', ['build', ...args], { stdio: ['inherit', 'pipe', 'pipe'] });
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
      resolve(1);
    });
    astro.on('close', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
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
