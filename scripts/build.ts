/**
 * `npm run build`: `astro build`, then the Pagefind search index as a step of its own once Astro has exited (so
 * the two never hold their memory at the same time). If anything fails, the output folder is removed, so a
 * failed build never leaves a half-built site that looks like a good one.
 *
 * The log stays short at any size (scripts/astro-step.ts): Astro's line per written page is counted instead of
 * printed; every other line, warnings and errors included, is printed in full.
 */
import { rm } from 'node:fs/promises';
import { archivePaths } from '../src/lib/archive-paths.ts';
import { seconds } from '../src/build/build-log.ts';
import { printWhereToFix, runAstroStep } from './astro-step.ts';
import { searchIndexCache, searchIndexInput, writeSearchIndex } from './search-index.ts';
import { removeStaleFiles } from './stale-files.ts';

const { outDir, cacheDir } = archivePaths(process.env);
const started = performance.now();
const indexCache = searchIndexCache(cacheDir);

// The output folder is kept: Astro's incremental build leaves the pages it can reuse where they are.
const buildStarted = Date.now();
await indexCache.setAside(outDir);

const { code: astroCode, log } = await runAstroStep(['build', ...process.argv.slice(2)]);
let code = astroCode;
if (astroCode === 0) {
  const stale = await removeStaleFiles(outDir, cacheDir, buildStarted);
  if (stale > 0) console.log(`Removed ${stale} files of the last build that this one no longer has`);
  const indexStarted = performance.now();
  try {
    // Pagefind has no incremental mode; an index none of whose pages changed is kept as it is.
    const kept = await indexCache.keptFiles(outDir);
    const input = await searchIndexInput(outDir, kept, indexCache.keepPage);
    await indexCache.removeGonePages(kept, input);
    const stale = await indexCache.restore(outDir, input);
    if (stale.length === 0) {
      console.log(
        `Search index: no page changed, the last indexes kept (checked in ${seconds(performance.now() - indexStarted)})`,
      );
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
  printWhereToFix(log);
  console.error(`\nThe build failed (see the message above); removed ${outDir} so no partial site is left behind.`);
} else {
  console.log(`Built ${outDir} in ${seconds(performance.now() - started)}.`);
}
process.exit(code);
