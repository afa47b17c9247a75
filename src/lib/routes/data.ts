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
      what: 'Every report as a BibTeX entry, for LaTeX, JabRef, Zotero or any reference manager.',
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
      what: 'One row per report: meeting date, meeting, publisher, publication date, participants with their roles, topics and the report’s address.',
    },
    {
      path: filePaths.articlesJson,
      name: 'articles.json',
      type: 'application/json',
      what: 'The open data export: every report with its frontmatter and full text.',
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
      what: 'The meetings as an iCalendar file, one all-day event per report.',
    },
    {
      path: filePaths.rss,
      name: 'rss.xml',
      type: 'application/rss+xml',
      what: `The RSS feed of the newest ${FEED_ITEMS} reports with their full text; each person and topic page has its own.`,
    },
  ].map(({ path, ...download }) => ({ href: linkTo(site, path), ...download }));
}
