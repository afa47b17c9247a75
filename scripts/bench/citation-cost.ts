/**
 * `node tests/bench/citation-cost.ts [calls]`: what one report's citations cost, written by the archive's own
 * functions (the build's way) and by citeproc-js from the official CSL styles (the tests' reference), and what
 * the calendar costs through ical-generator. Prints milliseconds per report.
 */
import { readFileSync } from 'node:fs';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { apa, bibtex, chicago, cslItem, mla, type CitationSource } from '../../src/lib/citations.ts';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';
import { formatCalendar } from '../../src/lib/icalendar.ts';

const calls = Number(process.argv[2] ?? 10_000);
const styles = ['apa', 'chicago-notes-bibliography', 'modern-language-association'];
const csl = plugins.config.get('@csl');
for (const style of styles)
  csl.styles.add(style, readFileSync(new URL(`../../src/lib/csl/${style}.csl`, import.meta.url), 'utf-8'));

const source = (index: number): CitationSource => ({
  id: `report-${index}`,
  headline: `ASEAN-Japan cooperation should be highly improved ${index}`,
  headlineSupplied: index % 5 === 0,
  publisher: 'Ministry of Industry and Trade of Viet Nam',
  date: parsePartialDate('2020-10-15') as PartialDate,
  url: `https://archive.test/articles/report-${index}/`,
  language: 'en',
  archiveName: 'ASEAN–Japan Dialogue Archive',
  meetingName: '35th ASEAN–Japan Forum',
});

/** Runs `run` `count` times; `reports` is how many reports that covers (one call may write them all). */
function perCall(label: string, count: number, run: (index: number) => unknown, reports = count) {
  const start = performance.now();
  for (let index = 0; index < count; index++) run(index);
  console.log(`${label.padEnd(48)} ${((performance.now() - start) / reports).toFixed(3)} ms per report (${reports} reports)`);
}

perCall('Chicago + APA + MLA, archive functions', calls, (index) => [chicago, apa, mla].map((write) => write(source(index))));
perCall('BibTeX, Citation.js', calls, (index) => bibtex([cslItem(source(index))]));
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
// citeproc-js is slow enough that a tenth of the calls tells the cost.
for (const style of styles) {
  perCall(`${style}, citeproc-js`, Math.max(1, Math.round(calls / 10)), (index) =>
    new Cite(cslItem(source(index))).format('bibliography', { format: 'text', template: style, lang: 'en-US' }),
  );
}
