import { monthSegment } from './chronology.ts';
import { paragraphId } from './paragraph-anchors.ts';

/** Joins the site's base path and a site-relative path, so the archive works under a sub-path too. */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${trimmedPath}`;
}

/** The absolute URL of a site path, for anything read away from the site: feeds, data files, metadata. */
export function absoluteUrl(site: URL, base: string, sitePath: string): string {
  return new URL(withBase(base, sitePath), site).href;
}

/** A person's or topic's quotes as CSV or JSON, and the CSV's data dictionary (CSVW) beside it. */
export type QuotesFormat = 'csv' | 'json' | 'csv-metadata.json';

/** A listing's first page at `root`, its later pages under it (`page/2` → `root` + `page/2/`). */
const listing = (root: string, page?: string) => `${root}${page ? `${page}/` : ''}`;

export const paths = {
  home: () => '/',
  /** Every report, newest meeting first, and the later pages of that list (`page/2`). */
  articles: (page?: string) => listing('/articles/', page),
  article: (id: string) => `/articles/${id}/`,
  /** Every meeting, newest first, and the later pages of that list (`page/2`). */
  meetings: (page?: string) => listing('/meetings/', page),
  /** A meeting: its facts and its reports, read side by side. */
  meeting: (id: string) => `/meetings/${id}/`,
  /** A meeting as a calendar file of one event, the same event as in the whole calendar. */
  meetingCalendar: (id: string) => `/meetings/${id}/meeting.ics`,
  people: (page?: string) => listing('/people/', page),
  /** A person's page, and the later pages of their meetings (`page/2`). */
  person: (id: string, page?: string) => listing(`/people/${id}/`, page),
  topics: () => '/topics/',
  /** A topic's page, and the later pages of its articles (`page/2`). */
  topic: (id: string, page?: string) => listing(`/topics/${id}/`, page),
  /** The timeline's index of decades and years. */
  timeline: () => '/timeline/',
  /** A year's timeline, and its later pages (`page/2`). */
  timelineYear: (year: number, page?: string) => listing(`/timeline/${year}/`, page),
  /** The timeline's pages before it was split by year, kept as pointers to the year that holds their first entry. */
  movedTimelinePage: (number: number) => `/timeline/page/${number}/`,
  archive: () => '/archive/',
  /** A year's or a month's listing (month 1–12), and its later pages (`page/2`). */
  archiveYear: (year: number, page?: string) => listing(`/archive/${year}/`, page),
  archiveMonth: (year: number, month: number, page?: string) => listing(`/archive/${year}/${monthSegment(month)}/`, page),
  glossary: () => '/glossary/',
  glossaryEntry: (id: string) => `/glossary/#${id}`,
  /** Every report using an abbreviation, and the later pages of that list. */
  glossaryTerm: (id: string, page?: string) => listing(`/glossary/${id}/`, page),
  paragraph: (articleId: string, paragraph: number) => `/articles/${articleId}/#${paragraphId(paragraph)}`,
  citation: (articleId: string, format: 'bib' | 'ris' | 'json') => `/articles/${articleId}/citation.${format}`,
  /** A report as received, published byte for byte. */
  source: (file: string) => `/sources/${file}`,
  search: () => '/search/',
  data: () => '/data/',
  /** The RSS feed of the reports a person appears in, or a topic is tagged on. */
  personFeed: (id: string) => `/people/${id}/rss.xml`,
  topicFeed: (id: string) => `/topics/${id}/rss.xml`,
  /** What the reports said of a person or topic: their paragraphs quoted, and the later pages (`page/2`). */
  personQuotes: (id: string, page?: string) => listing(`/people/${id}/quotes/`, page),
  topicQuotes: (id: string, page?: string) => listing(`/topics/${id}/quotes/`, page),
  /** Every quote of a person or topic as a file beside the quote pages (`QuotesFormat`). */
  personQuotesFile: (id: string, format: QuotesFormat) => `/people/${id}/quotes/quotes.${format}`,
  topicQuotesFile: (id: string, format: QuotesFormat) => `/topics/${id}/quotes/quotes.${format}`,
} as const;

/**
 * Pagefind's bundle of the reports, written by `npm run build`. A constant of its own so that the article page's
 * highlighter script imports this one string, not every address below.
 */
export const SEARCH_BUNDLE = '/pagefind/';

/** Where the feeds, data files and other fixed files are served, as site paths. */
export const filePaths = {
  rss: '/rss.xml',
  favicon: '/favicon.svg',
  searchBundle: SEARCH_BUNDLE,
  /** Pagefind's script in the reports' bundle, which the search page imports (and preloads as the page loads). */
  searchScript: `${SEARCH_BUNDLE}pagefind.js`,
  /** A second, small Pagefind bundle of the people, topic and glossary pages, searched beside the reports. */
  entitySearchBundle: '/pagefind-entities/',
  /** The names of the people, topics and glossary entries, for the search page's suggestions. */
  searchNames: '/search/names.json',
  /**
   * The reports' page ids in date order, for the search page's "Newest" and "Oldest": written into the reports'
   * bundle with its index (`scripts/search-index.ts`), whose page ids it names.
   */
  searchDateOrder: `${SEARCH_BUNDLE}date-order.json`,
  /** Written by @astrojs/sitemap. */
  sitemap: '/sitemap-index.xml',
  articlesJson: '/data/articles.json',
  articlesSchema: '/data/articles.schema.json',
  meetingsCalendar: '/data/meetings.ics',
  /** The whole archive for reference managers and spreadsheets. */
  articlesBibtex: '/data/articles.bib',
  articlesCslJson: '/data/articles.csl.json',
  articlesRis: '/data/articles.ris',
  meetingsCsv: '/data/meetings.csv',
  reportsCsv: '/data/reports.csv',
  participantsCsv: '/data/participants.csv',
  /** The CSV files' data dictionary, as W3C CSV on the Web (CSVW) metadata. */
  csvMetadata: '/data/csv-metadata.json',
} as const;
