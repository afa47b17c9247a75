import { FEED_ITEMS } from '../feeds.ts';
import { linkTo, type SiteContext } from '../site.ts';
import { filePaths } from '../urls.ts';

/** A file of the whole archive on the "Data and downloads" page. */
export interface Download {
  href: string;
  /** The file's name, as its link says it. */
  name: string;
  /** Its media type, for the link's `type`. */
  type: string;
  what: string;
}

/** Every file the archive offers for download, in the page's order. */
export function dataDownloads(site: SiteContext): Download[] {
  return [
    {
      path: filePaths.articlesBibtex,
      name: 'articles.bib',
      type: 'application/x-bibtex',
      what: 'Every report as a biblatex entry in UTF-8 (a newspaper article, with its date and language), for LaTeX with biber, JabRef, Zotero or any reference manager.',
    },
    {
      path: filePaths.articlesRis,
      name: 'articles.ris',
      type: 'application/x-research-info-systems',
      what: 'Every report as an RIS record, for EndNote, Mendeley, Zotero and most other reference managers.',
    },
    {
      path: filePaths.articlesCslJson,
      name: 'articles.csl.json',
      type: 'application/vnd.citationstyles.csl+json',
      what: 'Every report as CSL-JSON, for Zotero, Pandoc and other citation processors.',
    },
    {
      path: filePaths.meetingsCsv,
      name: 'meetings.csv',
      type: 'text/csv',
      what: 'One row per meeting, however many reports describe it: its id, name, series, number, the meeting it was part of, date with its precision and basis, format, place, number of reports and the meeting’s address. Opens in Excel as UTF-8.',
    },
    {
      path: filePaths.reportsCsv,
      name: 'reports.csv',
      type: 'text/csv',
      what: 'One row per report: its id, its meeting’s id (a row of meetings.csv), publisher and the language of its name, publication date, headline, language, the report it is a version of, and address.',
    },
    {
      path: filePaths.participantsCsv,
      name: 'participants.csv',
      type: 'text/csv',
      what: 'One row per person per report: the meeting’s and the report’s ids, the person’s id and name, the role that report gives them, whether it names them co-chair, and whether they took part or are only mentioned.',
    },
    {
      path: filePaths.csvMetadata,
      name: 'csv-metadata.json',
      type: 'application/csvm+json',
      what: 'The data dictionary of the three CSV files, as W3C CSV on the Web metadata: each column’s name, title, meaning and datatype, the tables’ keys and how they join, and the licence.',
    },
    {
      path: filePaths.articlesJson,
      name: 'articles.json',
      type: 'application/json',
      what: 'The open data export: every meeting with its facts and the ids of its reports, and every report with its frontmatter, its meeting and its full text.',
    },
    {
      path: filePaths.articlesSchema,
      name: 'articles.schema.json',
      type: 'application/schema+json',
      what: 'The JSON Schema of the open data export.',
    },
    {
      path: filePaths.meetingsCalendar,
      name: 'meetings.ics',
      type: 'text/calendar',
      what: 'The meetings as an iCalendar file: one all-day event per meeting, with its place, its page and its reports.',
    },
    {
      path: filePaths.rss,
      name: 'rss.xml',
      type: 'application/rss+xml',
      what: `The RSS feed of the newest ${FEED_ITEMS} reports with their full text; each person and topic page has its own.`,
    },
  ].map(({ path, ...download }) => ({ href: linkTo(site, path), ...download }));
}
