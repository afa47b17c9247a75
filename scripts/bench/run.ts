/**
 * `npm run bench -- --articles N [--seed S] [--json path]`: generates a synthetic archive of N reports, builds it
 * with `npm run build` three times (cold; again with no change; again after one report's text changed), and
 * measures the builds, the output, page weights and, in headless Chromium, the first search on a cold search page,
 * typed and entered at once. Prints a table and writes JSON.
 *
 * `npm run bench -- --articles N --search-only [--json path]` times only the first searches, on the site of N
 * reports an earlier run built (`site-N`), as it is now: for a change to the search page or the index, built or
 * indexed again there, without the three builds.
 */
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtPages, fileFor } from '../../tests/setup/site.ts';
import { projectRoot } from '../../tests/setup/paths.ts';
import { logNoise, measureBuild, type BuildMeasurement } from './measure-build.ts';
import { folderSize, isDetailPage, transferWeight } from './page-weight.ts';
import { budgetRows, figureRows, formatTable, searchRows, type BenchResults, type BuildFigures } from './report.ts';
import { timeSearches } from './search-timing.ts';
import { timelineReach } from './timeline-reach.ts';
import { editOneReport, generateArchive, readRealArchive, shareOfReportsHolding, writeArchive } from './synthetic-archive.ts';

// Five words of a minority of reports, and the words readers of the archive type most, in nearly every report.
const SEARCH_QUERIES = [
  'vaccine',
  'East Sea',
  'Motegi',
  'ACPHEED',
  'Korean Peninsula',
  'ASEAN',
  'Japan',
  'ASEAN Japan',
  'minister',
  'cooperation',
];

const { values: options } = parseArgs({
  options: {
    articles: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    json: { type: 'string' },
    'search-only': { type: 'boolean', default: false },
  },
});
const articleCount = Number(options.articles);
const seed = Number(options.seed);
if (!Number.isInteger(articleCount) || articleCount < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run bench -- --articles N [--seed S] [--json path] [--search-only]  (N and S whole numbers, N ≥ 1)');
  process.exit(2);
}

// Inside the project, not the system temp folder: the build's output must resolve the project's packages.
const benchDir = join(projectRoot, 'node_modules/.cache/archive-bench');
const dirs = {
  content: join(benchDir, `content-${articleCount}`),
  site: join(benchDir, `site-${articleCount}`),
  cache: join(benchDir, `astro-cache-${articleCount}`),
};
const buildEnv = { ARCHIVE_CONTENT_DIR: dirs.content, ARCHIVE_OUT_DIR: dirs.site, ARCHIVE_CACHE_DIR: dirs.cache };

/** Writes the figures to `--json`, or else to `defaultFile`. */
async function writeJson(defaultFile: string, figures: object): Promise<void> {
  const jsonFile = resolve(options.json ?? defaultFile);
  await mkdir(join(jsonFile, '..'), { recursive: true });
  await writeFile(jsonFile, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nFigures written to ${jsonFile}`);
}

if (options['search-only']) await benchSearchOnly();
else await benchAll();

async function benchSearchOnly(): Promise<void> {
  console.log(
    `Timing the first search on the site in ${dirs.site} (${SEARCH_QUERIES.length} queries, typed and entered at once)`,
  );
  const search = await timeSearches(dirs.site, '/search/', SEARCH_QUERIES);
  console.log(`\n${formatTable(['figure', 'value'], searchRows(search))}`);
  await writeJson(join(benchDir, `search-${articleCount}.json`), {
    articles: articleCount,
    date: new Date().toISOString(),
    command: `npm run bench -- --articles ${articleCount} --search-only`,
    search,
  });
}

async function benchAll(): Promise<void> {
  console.log(`Generating ${articleCount} reports (seed ${seed}) in ${dirs.content}`);
  // The synthetic reports are drawn from the archive's own entities and reports.
  const realContentDir = join(projectRoot, 'content');
  const files = generateArchive(await readRealArchive(realContentDir), { articles: articleCount, seed });
  await writeArchive(dirs.content, files, realContentDir);
  await rm(dirs.cache, { recursive: true, force: true });

  async function build(label: string): Promise<BuildMeasurement> {
    const logFile = join(benchDir, `build-${articleCount}-${label}.log`);
    console.log(`Building (${label}); log in ${logFile}`);
    const measured = await measureBuild(buildEnv, logFile);
    if (measured.exitCode !== 0) {
      console.error(measured.logLines.slice(-30).join('\n'));
      console.error(`\nThe ${label} build failed (exit ${measured.exitCode}); the whole log is in ${logFile}`);
      process.exit(1);
    }
    return measured;
  }
  const figures = ({ wallSeconds, cpuSeconds, peakProcessRssBytes, peakTreeRssBytes }: BuildMeasurement): BuildFigures => ({
    wallSeconds,
    cpuSeconds,
    peakProcessRssBytes,
    peakTreeRssBytes,
  });

  const coldBuild = await build('cold');

  const pages = builtPages(dirs.site);
  const htmlSizes = await Promise.all(pages.map(async (path) => ({ path, bytes: (await stat(fileFor(dirs.site, path)!)).size })));
  const largest = (sizes: typeof htmlSizes) => sizes.reduce((most, page) => (page.bytes > most.bytes ? page : most));
  const articlePages = htmlSizes.filter(({ path }) => path.startsWith('/articles/') && isDetailPage(path));
  const heaviestArticlePath = largest(articlePages).path;

  console.log(`Timing the first search on a cold search page (${SEARCH_QUERIES.length} queries, typed and entered at once)`);
  const search = await timeSearches(dirs.site, '/search/', SEARCH_QUERIES);

  const warmBuild = await build('warm');
  const edited = await editOneReport(dirs.content);
  console.log(`Changed one word of ${edited} (and of its received file)`);
  const editBuild = await build('edit');

  const results: BenchResults = {
    articles: articleCount,
    seed,
    date: new Date().toISOString(),
    command: `npm run bench -- --articles ${articleCount} --seed ${seed}`,
    coldBuild: figures(coldBuild),
    warmBuild: figures(warmBuild),
    editBuild: figures(editBuild),
    pages: pages.length,
    outputBytes: folderSize(dirs.site).bytes,
    pagefind: folderSize(join(dirs.site, 'pagefind')),
    heaviestArticle: { path: heaviestArticlePath, weight: transferWeight(dirs.site, heaviestArticlePath) },
    largestPage: largest(htmlSizes),
    largestListingPage: largest(htmlSizes.filter(({ path }) => !isDetailPage(path))),
    largestTimelinePage: largest(htmlSizes.filter(({ path }) => path.startsWith('/timeline/'))),
    timelineReach: await timelineReach(dirs.site),
    queryShares: SEARCH_QUERIES.map((query) => ({ query, share: shareOfReportsHolding(files, query) })),
    search,
    log: logNoise(coldBuild.logLines),
  };

  await writeJson(join(benchDir, `results-${articleCount}.json`), results);

  console.log(`\n${articleCount} articles, seed ${seed}\n`);
  console.log(formatTable(['figure', 'value'], figureRows(results)));
  console.log(`\nBudgets (set for 10,000 articles)\n`);
  const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'met' : 'NOT MET');
  console.log(
    formatTable(
      ['budget', 'measured', 'verdict'],
      budgetRows(results).map(({ budget, measured, met }) => [budget, measured, verdict(met)]),
    ),
  );
  if (results.log.warnings.length > 0) {
    console.log('\nWarnings in the build log (paths and numbers blanked):');
    for (const { message, count } of results.log.warnings.slice(0, 10)) console.log(`  ${count} × ${message}`);
  }
}
