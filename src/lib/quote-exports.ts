import { csvOf, LANGUAGE_TAG, type CsvTable } from './meetings-csv.ts';

/**
 * A person's or topic's quotes ("What the reports said") as files: `quotes.csv` and `quotes.json` beside the quote
 * pages, every quote of the entity in one file, the quoted words as plain text (no HTML, to keep the files lean at
 * thousands of reports).
 */
export interface QuoteRecord {
  reportId: string;
  meetingId: string;
  /** ISO 8601, to the precision the report gives. */
  publicationDate: string;
  /** From 1, as the report's page numbers it. */
  paragraph: number;
  /** The report's language (its `lang`), BCP 47: one file quotes reports in several. */
  language: string;
  /** The paragraph's words as plain text, lines (a list's items) separated by a line break. */
  text: string;
  /** The paragraph's address on the report's page (`#p-N`), absolute: last, as in the archive's other tables. */
  url: string;
}

const column = (
  name: string,
  title: string,
  datatype: CsvTable<QuoteRecord>['columns'][number]['datatype'],
  description: string,
  cell: (quote: QuoteRecord) => string,
) => ({ name, title, datatype, description, required: true, cell });

/**
 * The columns of a `quotes.csv`, defined as the archive's other tables are (`meetings-csv.ts`); `csv-metadata.json`
 * does not list the quotes' files (docs/feeds-and-data.md, "Quotes as files", says why).
 */
export const QUOTES_TABLE: Omit<CsvTable<QuoteRecord>, 'file'> = {
  title: 'Quotes',
  description: 'Every paragraph of the reports that names the person or topic, oldest meeting first.',
  columns: [
    column('report_id', 'Report id', 'string', 'The report quoted: a row of /data/reports.csv.', ({ reportId }) => reportId),
    column(
      'meeting_id',
      'Meeting id',
      'string',
      'The meeting it reports: a row of /data/meetings.csv.',
      ({ meetingId }) => meetingId,
    ),
    column(
      'publication_date',
      'Publication date',
      { base: 'string', format: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
      'ISO 8601, to the precision known.',
      ({ publicationDate }) => publicationDate,
    ),
    column('paragraph', 'Paragraph', { base: 'integer', minimum: 1 }, 'The paragraph’s number in the report.', ({ paragraph }) =>
      String(paragraph),
    ),
    column(
      'language',
      'Language',
      LANGUAGE_TAG,
      'The language the report, and so the paragraph, was published in: BCP 47 (en, vi, ja, th).',
      ({ language }) => language,
    ),
    column('text', 'Text', 'string', 'The paragraph word for word, as plain text.', ({ text }) => text),
    column('paragraph_url', 'Paragraph address', 'anyURI', 'The paragraph on the report’s page.', ({ url }) => url),
  ],
  primaryKey: ['report_id', 'paragraph'],
};

export function quotesCsv(quotes: readonly QuoteRecord[]): string {
  return csvOf({ ...QUOTES_TABLE, file: '' }, quotes, (sitePath) => sitePath);
}

/** Whose quotes they are, and the rights over the file. */
export interface QuotesFileHead {
  /** "person" or "topic", its id, name and page. */
  about: { kind: 'person' | 'topic'; id: string; name: string; url: string };
  license: string;
  rights: string;
}

export function quotesJson(head: QuotesFileHead, quotes: readonly QuoteRecord[]): string {
  return JSON.stringify({ ...head, quotes });
}
