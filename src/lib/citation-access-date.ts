/**
 * The access date a reader's download of a citation file adds (`withAccessDate`), and the pieces of the files'
 * writing it shares with `citation-files.ts`: kept apart from the writers so that the report page's script, which
 * adds it, carries no more than these.
 */
import type { CitationFormat } from './citation-files.ts';
import type { CslItem } from './citations.ts';

/** The CSL date parts as an ISO 8601 date to their precision: "2021-08-03", "2021-08", "2021". */
export function isoDate([parts]: number[][]): string {
  return parts.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');
}

/** The CSL date parts as RIS writes a date: "2021/08/03/", "2021/08//". */
export function risDate([[year, month, day]]: number[][]): string {
  return `${year}/${month ? String(month).padStart(2, '0') : ''}/${day ? String(day).padStart(2, '0') : ''}/`;
}

/** CSL-JSON: the items as reference managers and Pandoc read them. */
export function cslJson(items: readonly CslItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}

/**
 * A citation file as downloaded on a day (a `Date`, read in the reader's time zone): the day is the access date,
 * biblatex's `urldate` and RIS's `Y2` after the address they date, CSL's `accessed`. What the build writes cannot know
 * it; the report page's script adds it to the file it downloads.
 */
export function withAccessDate(format: CitationFormat, file: string, day: Date): string {
  const parts = [[day.getFullYear(), day.getMonth() + 1, day.getDate()]];
  if (format === 'bib') return file.replace(/^( {2}url = \{.*\},)$/gm, `$1\n  urldate = {${isoDate(parts)}},`);
  if (format === 'ris') return file.replace(/^(UR {2}- [^\r\n]*)/gm, `$1\r\nY2  - ${risDate(parts)}`);
  return cslJson((JSON.parse(file) as CslItem[]).map((item) => ({ ...item, accessed: { 'date-parts': parts } })));
}
