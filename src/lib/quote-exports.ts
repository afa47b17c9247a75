import { csvwMetadata } from './csvw.ts';
import { csvOf, LANGUAGE_TAG, type CsvTable } from './meetings-csv.ts';
import { SITE_NAME } from './site.ts';
import type { QuotesFormat } from './urls.ts';

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
 * The columns of a `quotes.csv`, defined as the archive's other tables are (`meetings-csv.ts`), and described in the
 * `quotes.csv-metadata.json` beside it (`quotesCsvMetadata`).
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

/**
 * The data dictionary of one `quotes.csv` (W3C CSVW metadata, with its licence and rights), served beside it as
 * `quotes.csv-metadata.json`: where a CSVW processor given the CSV looks for it first. `/data/csv-metadata.json`
 * cannot describe the quotes' files, which are outside its folder.
 */
export function quotesCsvMetadata(head: QuotesFileHead, files: { csv: string; metadata: string }): string {
  const metadata = csvwMetadata([{ ...QUOTES_TABLE, file: files.csv }], {
    title: `${SITE_NAME}: what the reports said of ${head.about.name}`,
    description: QUOTES_TABLE.description,
    licence: head.license,
    rights: head.rights,
    publisher: SITE_NAME,
    metadataPath: files.metadata,
  });
  return `${JSON.stringify(metadata, null, 2)}\n`;
}

/** One quotes file of a person or topic, written, with the type it is served as. */
export function quotesFile(
  format: QuotesFormat,
  head: QuotesFileHead,
  quotes: readonly QuoteRecord[],
  files: { csv: string; metadata: string },
): { body: string; contentType: string } {
  switch (format) {
    case 'csv':
      return { body: quotesCsv(quotes), contentType: 'text/csv; charset=utf-8; header=present' };
    case 'json':
      return { body: quotesJson(head, quotes), contentType: 'application/json; charset=utf-8' };
    case 'csv-metadata.json':
      return { body: quotesCsvMetadata(head, files), contentType: 'application/csvm+json; charset=utf-8' };
  }
}
