import { monthName, type PartialDate } from './dates.ts';
import { shownHeadline } from './headline.ts';
import { RIGHTS_STATEMENT, SITE_NAME } from './site.ts';

/**
 * Citations of an archived report. The reference data is one CSL item (`cslItem`): a newspaper article whose
 * periodical is the publisher (the reports' bylines name no person), read in the archive at its URL. From it:
 * CSL-JSON as is, biblatex and RIS (`bibtex`, `ris`: written here, as Citation.js's writers drop the date's day
 * (RIS) or the entry's subtype and language, and leave `&` unescaped (biblatex)), and the Chicago (notes and
 * bibliography), APA 7 and MLA 9 bibliography entries.
 *
 * The three styled entries are written here rather than by the CSL processor at build time: citeproc-js costs
 * about 10 ms per report for the three styles, some 100 s at 10,000 reports, which the build budget cannot take.
 * The unit tests run the official CSL styles (vendored in `csl/`) through citeproc-js and require the same text.
 * Headlines keep their own capitals: the styles would otherwise title-case them, and the words are the report's.
 */
export interface CitationSource {
  /** Used as the BibTeX key and CSL id; article ids are unique slugs. */
  id: string;
  headline: string;
  headlineSupplied: boolean;
  publisher: string;
  /** The publication date, to the precision the report gives it. */
  date: PartialDate;
  /** The article's address in the archive. */
  url: string;
  /** Name of the archive, where the report is read. */
  archiveName: string;
  /** The meeting the report is about, for the note. */
  meetingName: string;
  /** The report's language (BCP 47). */
  language: string;
}

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title': string;
  issued: { 'date-parts': number[][] };
  archive: string;
  URL: string;
  language: string;
  note: string;
}

/** The date as CSL date parts: [[2020, 10, 15]], [[2020, 10]] or [[2020]]. */
function cslDateParts(date: PartialDate): number[][] {
  return [[date.year, date.month, date.day].filter((part): part is number => part !== undefined)];
}

/** One CSL-JSON item, as reference managers (Zotero, Mendeley, Pandoc) import it. */
export function cslItem(source: CitationSource): CslItem {
  return {
    id: source.id,
    type: 'article-newspaper',
    title: shownHeadline(source),
    'container-title': source.publisher,
    issued: { 'date-parts': cslDateParts(source.date) },
    archive: source.archiveName,
    URL: source.url,
    language: source.language,
    note: `Report of the ${source.meetingName}`,
  };
}

const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text as TeX reads it back: the characters that are commands or groups to it escaped, every other kept. */
function texText(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => TEX_SPECIALS[char]);
}

/** biblatex's language names (babel's and polyglossia's) for the languages the archive's reports are in. */
const LANGIDS: Record<string, string> = {
  en: 'english',
  vi: 'vietnamese',
  ja: 'japanese',
  th: 'thai',
  id: 'bahasai',
  ms: 'bahasam',
  lo: 'lao',
  km: 'khmer',
  my: 'burmese',
  zh: 'chinese',
  ko: 'korean',
  fr: 'french',
};

/** The CSL date parts as an ISO 8601 date to their precision: "2021-08-03", "2021-08", "2021". */
function isoDate([parts]: number[][]): string {
  return parts.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');
}

/**
 * A biblatex file's first lines: whose the words are and the licence, in an `@comment`, which BibTeX, biber and
 * reference managers skip (braces taken out of the statement, so the comment's own close it).
 */
export const BIBTEX_RIGHTS = `@comment{${SITE_NAME}. ${RIGHTS_STATEMENT.replace(/[{}]/g, '')}}\n`;

/**
 * biblatex entries, written as UTF-8 (biber reads every script; BibTeX's ASCII escapes would turn "Sơn" into
 * "Son" and drop Thai and Japanese): a newspaper article (`@article` with `entrysubtype = {newspaper}`), the
 * publisher as `journaltitle`, the date to the precision the report gives, the report's language as `langid`,
 * and a `sortkey`, as an entry with no author is otherwise sorted and labelled by whatever comes first. The
 * title is braced whole, so a style's sentence or title case leaves the headline's capitals as the report has them.
 */
export function bibtex(items: readonly CslItem[]): string {
  return `${BIBTEX_RIGHTS}\n${items
    .map((item) => {
      if (!/^[\p{L}\p{N}][\p{L}\p{N}._:-]*$/u.test(item.id)) throw new Error(`"${item.id}" cannot be a BibTeX key`);
      const date = isoDate(item.issued['date-parts']);
      const langid = LANGIDS[item.language.split('-')[0].toLowerCase()];
      const fields: [string, string][] = [
        ['entrysubtype', 'newspaper'],
        ['title', `{${texText(item.title)}}`],
        ['journaltitle', texText(item['container-title'])],
        ['date', date],
        ...(langid ? [['langid', langid] as [string, string]] : []),
        ['url', item.URL],
        // Where the report is read: biblatex's field for a library or archive holding the work.
        ['library', texText(item.archive)],
        ['note', texText(item.note)],
        ['sortkey', texText(`${item['container-title']} ${date} ${item.title}`)],
      ];
      return `@article{${item.id},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}\n`;
    })
    .join('\n')}`;
}

/**
 * RIS records (what EndNote, Zotero, Mendeley and most reference managers import): a newspaper article (`NEWS`)
 * with its full date (`DA`), its language, the archive as the database (`DB`) and the report's id in it as the
 * accession number (`AN`). Tags and values one per line, as the format has them; a value keeps every character.
 */
export function ris(items: readonly CslItem[]): string {
  return items
    .map((item) => {
      const [[year, month, day]] = item.issued['date-parts'];
      const risDate = `${year}/${month ? String(month).padStart(2, '0') : ''}/${day ? String(day).padStart(2, '0') : ''}/`;
      const lines: [string, string][] = [
        ['TY', 'NEWS'],
        ['TI', item.title],
        ['T2', item['container-title']],
        ['PY', String(year)],
        ['DA', risDate],
        ['LA', item.language],
        ['UR', item.URL],
        ['DB', item.archive],
        ['AN', item.id],
        ['N1', item.note],
      ];
      // A line break inside a value would start a new tag.
      return `${lines.map(([tag, value]) => `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`).join('\r\n')}\r\nER  - \r\n`;
    })
    .join('\r\n');
}

/** Ends a title with `mark` unless it ends with terminal punctuation; a mark after a closing quote goes inside it. */
function closeTitle(title: string, mark: '.' | ','): string {
  if (/[.?!]["”’]?$/.test(title)) return title;
  const closingQuote = /["”’]$/.exec(title);
  return closingQuote ? `${title.slice(0, -1)}${mark}${closingQuote[0]}` : `${title}${mark}`;
}

/** A title in double quotation marks: quotation marks inside it become single ones, and the full stop goes in. */
function quotedTitle(title: string): string {
  const inner = title.replace(/“/g, '‘').replace(/”/g, '’');
  return `“${closeTitle(inner, '.')}”`;
}

/** "October 15, 2020", "October 2020", "2020". */
function chicagoDate(date: PartialDate): string {
  if (date.precision === 'year') return String(date.year);
  if (date.precision === 'month') return `${monthName(date.month)} ${date.year}`;
  return `${monthName(date.month)} ${date.day}, ${date.year}`;
}

/** Chicago bibliography entry of an unsigned news article: the periodical stands first. */
export function chicago(source: CitationSource): string {
  const item = cslItem(source);
  return `${closeTitle(item['container-title'], '.')} ${quotedTitle(item.title)} ${chicagoDate(source.date)}. ${item.archive}. ${item.URL}.`;
}

/** "(2020, October 15)", "(2020, October)", "(2020)". */
function apaDate(date: PartialDate): string {
  if (date.precision === 'year') return `(${date.year})`;
  if (date.precision === 'month') return `(${date.year}, ${monthName(date.month)})`;
  return `(${date.year}, ${monthName(date.month)} ${date.day})`;
}

/** APA reference of a news article with no author: the title moves to the author's place. */
export function apa(source: CitationSource): string {
  const item = cslItem(source);
  return `${closeTitle(item.title, '.')} ${apaDate(source.date)}. ${closeTitle(item['container-title'], '.')} ${item.archive}. ${item.URL}`;
}

/**
 * APA's citation in the text of one paragraph of the report, and the paragraph's address: `(“Headline,” 2020,
 * para. 7) https://…/#p-7`. An unsigned article is cited by its title, in quotation marks (a title the archive
 * supplied stands in its brackets instead), and the year; a work without page numbers by its paragraph ("para.").
 * As the pieces that stand around the paragraph's number: the page joins them with the number of the paragraph a
 * reader picks (`apaPinpoint`).
 */
export function apaPinpointParts(source: CitationSource): string[] {
  const title = shownHeadline(source);
  const cited = source.headlineSupplied ? `${title},` : `“${closeTitle(title.replace(/\.$/, ''), ',')}”`;
  // The address ends in the paragraph's id, `p-N` (`paragraphId`).
  return [`(${cited} ${source.date.year}, para. `, `) ${source.url}#p-`, ''];
}

/** APA's citation in the text of paragraph `paragraph`, with its address (`apaPinpointParts`). */
export function apaPinpoint(source: CitationSource, paragraph: number): string {
  return apaPinpointParts(source).join(String(paragraph));
}

/** MLA abbreviates months longer than four letters. */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** "15 Oct. 2020", "Oct. 2020", "2020". */
function mlaDate(date: PartialDate): string {
  if (date.precision === 'year') return String(date.year);
  if (date.precision === 'month') return `${MLA_MONTHS[date.month - 1]} ${date.year}`;
  return `${date.day} ${MLA_MONTHS[date.month - 1]} ${date.year}`;
}

/** MLA works-cited entry: with no author, the title leads; the archive is the second container. */
export function mla(source: CitationSource): string {
  const item = cslItem(source);
  return `${quotedTitle(item.title)} ${item['container-title']}, ${mlaDate(source.date)}, ${item.archive}, ${item.URL}.`;
}

/** CSL-JSON: the items as reference managers and Pandoc read them. */
export function cslJson(items: readonly CslItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}

/** The files a report's citation is offered in, by their extension: how each is written and served. */
export const CITATION_FORMATS = {
  bib: { name: 'BibTeX (biblatex)', contentType: 'application/x-bibtex; charset=utf-8', write: bibtex },
  ris: { name: 'RIS', contentType: 'application/x-research-info-systems; charset=utf-8', write: ris },
  json: { name: 'CSL-JSON', contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8', write: cslJson },
} as const;

export type CitationFormat = keyof typeof CITATION_FORMATS;
export const CITATION_FORMAT_NAMES = Object.keys(CITATION_FORMATS) as CitationFormat[];
