/** The benchmark's figures, the budgets they are held to, and the plain-text table they are printed as. */
import type { LogNoise } from './measure-build.ts';
import type { SearchKind, SearchReport, SearchTiming } from './search-timing.ts';
import type { TransferWeight } from './page-weight.ts';
import type { TimelineReach } from './timeline-reach.ts';

export interface BuildFigures {
  wallSeconds: number;
  cpuSeconds: number;
  peakProcessRssBytes: number;
  peakTreeRssBytes: number;
}

export interface BenchResults {
  articles: number;
  seed: number;
  date: string;
  command: string;
  coldBuild: BuildFigures;
  /** The same content built again with the content layer cache left in place. */
  warmBuild: BuildFigures;
  /** Built again after one word of one report (and of its received file) changed. */
  editBuild: BuildFigures;
  pages: number;
  outputBytes: number;
  pagefind: { bytes: number; files: number };
  heaviestArticle: { path: string; weight: TransferWeight };
  largestPage: { path: string; bytes: number };
  largestListingPage: { path: string; bytes: number };
  /** The largest of the timeline's pages (its index and each year's). */
  largestTimelinePage: { path: string; bytes: number };
  timelineReach: TimelineReach;
  /** The share of the reports whose body holds every word of each of the bench's queries. */
  queryShares: { query: string; share: number }[];
  search: SearchReport;
  log: LogNoise;
}

/** The performance budgets of issues 6 and 10, set for an archive of 10,000 reports. A kilobyte is 1,024 bytes. */
export const BUDGETS = {
  buildSeconds: 240,
  unchangedRebuildSeconds: 30,
  editRebuildSeconds: 60,
  peakMemoryBytes: 4 * 1024 ** 3,
  articleGzipBytes: 12 * 1024,
  articleJsGzipBytes: 2 * 1024,
  listingHtmlBytes: 100 * 1024,
  searchBytes: 300 * 1024,
  searchMs: 300,
};

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

const seconds = (value: number) => `${value.toFixed(1)} s`;
const milliseconds = (value: number) => `${value.toFixed(0)} ms`;

/** The slowest and the median of some times (the mean of the middle two of an even count). */
export function slowestAndMedian(values: readonly number[]): { slowest: number; median: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return {
    slowest: sorted.at(-1) ?? Number.NaN,
    median: sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2,
  };
}

const KIND_LABELS: Record<SearchKind, string> = {
  typed: 'typed, from the last keystroke to the results',
  entered: 'entered at once (?q=), from navigation to the first card',
};
const ofKind = (timings: readonly SearchTiming[], kind: SearchKind) => timings.filter((timing) => timing.kind === kind);

/** Left-aligned columns padded to their widest cell, with a rule under the header. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (cell ?? '').padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** The measured figures, one per row. */
export function figureRows(results: BenchResults): string[][] {
  const { coldBuild, warmBuild, editBuild, heaviestArticle, search } = results;
  const rows = [
    ['build, wall time', seconds(coldBuild.wallSeconds)],
    ['build, CPU time (user + sys)', seconds(coldBuild.cpuSeconds)],
    ['build, peak RSS of one process', formatBytes(coldBuild.peakProcessRssBytes)],
    ['build, peak RSS of the process tree', formatBytes(coldBuild.peakTreeRssBytes)],
    ['rebuild with no change, wall time', seconds(warmBuild.wallSeconds)],
    ['rebuild after one report changed, wall time', seconds(editBuild.wallSeconds)],
    ['pages', String(results.pages)],
    ['output folder', formatBytes(results.outputBytes)],
    [
      'search index (pagefind/)',
      results.pagefind.files ? `${formatBytes(results.pagefind.bytes)} in ${results.pagefind.files} files` : 'absent',
    ],
    [
      'heaviest article page, gzip',
      `${formatBytes(heaviestArticle.weight.total)} (HTML ${formatBytes(heaviestArticle.weight.html)}, CSS ${formatBytes(heaviestArticle.weight.css)}, JS ${formatBytes(heaviestArticle.weight.js)}, fonts ${formatBytes(heaviestArticle.weight.fonts)}) ${heaviestArticle.path}`,
    ],
    ['largest page, HTML', `${formatBytes(results.largestPage.bytes)} ${results.largestPage.path}`],
    ['largest listing page, HTML', `${formatBytes(results.largestListingPage.bytes)} ${results.largestListingPage.path}`],
    ['largest timeline page, HTML', `${formatBytes(results.largestTimelinePage.bytes)} ${results.largestTimelinePage.path}`],
    [
      'years two clicks from /timeline/ and /',
      `${results.timelineReach.reachable} of ${results.timelineReach.years} years list their entries` +
        (results.timelineReach.missingFromHome.length > 0
          ? `; not linked from /: ${results.timelineReach.missingFromHome.join(', ')}`
          : '; every year with meetings linked from /'),
    ],
    [
      'meetings two clicks from /timeline/',
      `${results.timelineReach.linkedFromFirstPage} of the ${results.timelineReach.onLaterPages} meetings on a year's later pages linked from its first; ` +
        `Chromium: ${results.timelineReach.clickThrough.reached ? 'reached' : 'did not reach'} "${results.timelineReach.clickThrough.meeting}" ` +
        `(entry on page ${results.timelineReach.clickThrough.entryPage} of ${results.timelineReach.clickThrough.year}) in two clicks`,
    ],
    [
      'build log',
      `${results.log.lines} lines, ${results.log.pageLines} naming one page each, ${results.log.warnings.reduce((sum, warning) => sum + warning.count, 0)} warnings`,
    ],
  ];
  rows.push([
    'reports holding the queries',
    results.queryShares.map(({ query, share }) => `${query} ${(share * 100).toFixed(1)} %`).join(', '),
  ]);
  return [...rows, ...searchRows(search)];
}

/** The first searches' figures, one per row. */
export function searchRows(search: SearchReport): string[][] {
  if (search.status === 'absent') return [['first search on a cold search page', 'search index absent']];
  const rows = search.timings.map((timing) => [
    `search "${timing.query}" ${timing.kind} (${timing.results} results)`,
    `${milliseconds(timing.searchMs)} (Pagefind ready ${milliseconds(timing.loadMs)} after navigation), ${formatBytes(timing.pagefindGzipBytes)} fetched in ${timing.fetched.length} files (${formatBytes(timing.pagefindBytes)} uncompressed)`,
  ]);
  for (const kind of ['typed', 'entered'] as const) {
    const { slowest, median } = slowestAndMedian(ofKind(search.timings, kind).map((timing) => timing.searchMs));
    rows.push([`search ${KIND_LABELS[kind]}`, `slowest ${milliseconds(slowest)}, median ${milliseconds(median)}`]);
  }
  const ready = slowestAndMedian(search.timings.map((timing) => timing.loadMs));
  rows.push([
    'search page can search (Pagefind ready) after navigation',
    `slowest ${milliseconds(ready.slowest)}, median ${milliseconds(ready.median)}`,
  ]);
  return rows;
}

/** Each budget with the figure it is held to and whether it is met (undefined where it could not be measured). */
export function budgetRows(results: BenchResults): { budget: string; measured: string; met: boolean | undefined }[] {
  const { coldBuild, warmBuild, editBuild, heaviestArticle, largestListingPage, search } = results;
  const indexBuilt = results.pagefind.files > 0;
  const slowestSearch = (kind: SearchKind) =>
    search.status === 'measured' ? slowestAndMedian(ofKind(search.timings, kind).map((t) => t.searchMs)).slowest : undefined;
  const heaviestSearch = search.status === 'measured' ? Math.max(...search.timings.map((t) => t.pagefindGzipBytes)) : undefined;
  return [
    {
      budget: `whole build incl. search index ≤ ${BUDGETS.buildSeconds / 60} min`,
      measured: `${seconds(coldBuild.wallSeconds)}${indexBuilt ? '' : ' (no search index built)'}`,
      // Without the index the build can still be shown too slow, never fast enough.
      met: coldBuild.wallSeconds > BUDGETS.buildSeconds ? false : indexBuilt || undefined,
    },
    {
      budget: `peak memory (whole process tree) ≤ ${formatBytes(BUDGETS.peakMemoryBytes)}`,
      measured: formatBytes(Math.max(coldBuild.peakTreeRssBytes, warmBuild.peakTreeRssBytes, editBuild.peakTreeRssBytes)),
      met:
        Math.max(coldBuild.peakTreeRssBytes, warmBuild.peakTreeRssBytes, editBuild.peakTreeRssBytes) <= BUDGETS.peakMemoryBytes,
    },
    {
      budget: `rebuild with no change ≤ ${BUDGETS.unchangedRebuildSeconds} s`,
      measured: seconds(warmBuild.wallSeconds),
      met: warmBuild.wallSeconds <= BUDGETS.unchangedRebuildSeconds,
    },
    {
      budget: `rebuild after one report changed ≤ ${BUDGETS.editRebuildSeconds} s`,
      measured: seconds(editBuild.wallSeconds),
      met: editBuild.wallSeconds <= BUDGETS.editRebuildSeconds,
    },
    {
      budget: `article page ≤ ${formatBytes(BUDGETS.articleGzipBytes)} gzip`,
      measured: formatBytes(heaviestArticle.weight.total),
      met: heaviestArticle.weight.total <= BUDGETS.articleGzipBytes,
    },
    {
      budget: `… of which JS ≤ ${formatBytes(BUDGETS.articleJsGzipBytes)}`,
      measured: formatBytes(heaviestArticle.weight.js),
      met: heaviestArticle.weight.js <= BUDGETS.articleJsGzipBytes,
    },
    {
      budget: `no listing page over ${formatBytes(BUDGETS.listingHtmlBytes)} HTML`,
      measured: `${formatBytes(largestListingPage.bytes)} (${largestListingPage.path})`,
      met: largestListingPage.bytes <= BUDGETS.listingHtmlBytes,
    },
    {
      budget: `first search fetches ≤ ${formatBytes(BUDGETS.searchBytes)} (JS gzipped)`,
      measured: heaviestSearch === undefined ? 'search index absent' : formatBytes(heaviestSearch),
      met: heaviestSearch === undefined ? undefined : heaviestSearch <= BUDGETS.searchBytes,
    },
    ...(['typed', 'entered'] as const).map((kind) => {
      const slowest = slowestSearch(kind);
      return {
        budget: `first results within ${BUDGETS.searchMs} ms on a cold search page, ${KIND_LABELS[kind]}`,
        measured: slowest === undefined ? 'search index absent' : milliseconds(slowest),
        met: slowest === undefined ? undefined : slowest <= BUDGETS.searchMs,
      };
    }),
  ];
}
