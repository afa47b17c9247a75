/**
 * `node scripts/bench/citation-cost.ts [calls]`: what one report's citations cost: the styled citations by
 * citeproc-js as the report loader renders them (`styled-citations.ts`: one engine per style, reused), BibTeX,
 * and the calendar through ical-generator. Prints milliseconds per report, of the clock and of the CPU (the
 * CPU's figure is steadier on a shared machine).
 */
import { styledCitations } from '../../src/build/styled-citations.ts';
import { bibtex } from '../../src/lib/citation-files.ts';
import { citedItem, cslItem, type CitationSource } from '../../src/lib/citations.ts';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';
import { formatCalendar } from '../../src/lib/icalendar.ts';

const calls = Number(process.argv[2] ?? 10_000);

const source = (index: number): CitationSource => ({
  id: `report-${index}`,
  headline: `ASEAN-Japan cooperation should be highly improved ${index}`,
  headlineSupplied: index % 5 === 0,
  publisher: 'Ministry of Industry and Trade of Viet Nam',
  // Both kinds, as an archive has them: the styles lay out a web page otherwise than a newspaper article.
  publicationType: index % 2 === 0 ? 'website' : 'newspaper',
  date: parsePartialDate('2020-10-15') as PartialDate,
  url: `https://archive.test/articles/report-${index}/`,
  language: ['en', 'vi', 'ja', 'th'][index % 4],
  archiveName: 'ASEAN–Japan Dialogue Archive',
  meetingName: '35th ASEAN–Japan Forum',
});

/** Runs `run` `count` times; `reports` is how many reports that covers (one call may write them all). */
function perCall(label: string, count: number, run: (index: number) => unknown, reports = count) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (let index = 0; index < count; index++) run(index);
  const { user, system } = process.cpuUsage(cpu);
  const wall = (performance.now() - start) / reports;
  console.log(
    `${label.padEnd(56)} ${wall.toFixed(3)} ms per report, ${((user + system) / 1000 / reports).toFixed(3)} ms CPU (${reports} reports)`,
  );
}

// The first report also builds the engines (parses the styles and the locale): timed on its own.
perCall('citeproc-js engines, first report', 1, () => styledCitations(citedItem(source(-1))));
perCall('Chicago + APA + MLA and their pinpoints, citeproc-js', calls, (index) => styledCitations(citedItem(source(index))));
perCall('BibTeX', calls, (index) => bibtex([cslItem(source(index))]));
perCall(
  'calendar event, ical-generator (one file)',
  1,
  () =>
    formatCalendar({
      productId: { company: 'Archive', product: 'Meetings' },
      name: 'Bench',
      events: Array.from({ length: calls }, (_, index) => ({
        uid: `report-${index}@archive.test`,
        start: { year: 2020, month: 10, day: 15 },
        summary: '35th ASEAN–Japan Forum',
        description: 'Summary by the archive: a forum, with commas; and semicolons.',
        url: `https://archive.test/articles/report-${index}/`,
        stamp: new Date(0),
      })),
    }),
  calls,
);
