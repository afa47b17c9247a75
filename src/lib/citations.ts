import { monthName, type PartialDate } from './dates.ts';
import { shownHeadline } from './headline.ts';

/**
 * Ready citations of an archived report: Chicago (notes and bibliography, bibliography entry), APA 7, MLA 9,
 * BibTeX and CSL-JSON. The reports carry no personal bylines, so the publisher stands as corporate author.
 * Headlines stay word for word; one the archive supplied is shown in square brackets, as on the page.
 */
export interface CitationSource {
  /** Used as the BibTeX key and CSL id; article ids are unique and key-safe. */
  id: string;
  headline: string;
  headlineSupplied: boolean;
  publisher: string;
  /** The publication date, to the precision the report gives it. */
  date: PartialDate;
  /** The article's address in the archive. */
  url: string;
  /** Name of the archive, cited as the site the report is read on. */
  archiveName: string;
  /** The meeting the report is about, for the BibTeX note. */
  meetingName: string;
}

/** Appends a full stop unless the text already ends with terminal punctuation. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** A title in quotation marks, with the following full stop inside them (Chicago, MLA). */
function quotedTitle(source: CitationSource): string {
  return source.headlineSupplied ? `[${source.headline}].` : `“${sentence(source.headline)}”`;
}

function plainTitle(source: CitationSource): string {
  return source.headlineSupplied ? `[${source.headline}].` : sentence(source.headline);
}

/** "October 15, 2020", "October 2020", "2020". */
function chicagoDate(date: PartialDate): string {
  if (date.precision === 'year') return String(date.year);
  if (date.precision === 'month') return `${monthName(date.month!)} ${date.year}`;
  return `${monthName(date.month!)} ${date.day}, ${date.year}`;
}

export function chicago(source: CitationSource): string {
  return `${sentence(source.publisher)} ${quotedTitle(source)} ${chicagoDate(source.date)}. ${source.archiveName}. ${source.url}.`;
}

/** "(2020, October 15)", "(2020, October)", "(2020)". */
function apaDate(date: PartialDate): string {
  if (date.precision === 'year') return `(${date.year})`;
  if (date.precision === 'month') return `(${date.year}, ${monthName(date.month!)})`;
  return `(${date.year}, ${monthName(date.month!)} ${date.day})`;
}

export function apa(source: CitationSource): string {
  return `${sentence(source.publisher)} ${apaDate(source.date)}. ${plainTitle(source)} ${source.archiveName}. ${source.url}`;
}

/** MLA abbreviates months longer than four letters. */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** "15 Oct. 2020", "Oct. 2020", "2020". */
function mlaDate(date: PartialDate): string {
  if (date.precision === 'year') return String(date.year);
  if (date.precision === 'month') return `${MLA_MONTHS[date.month! - 1]} ${date.year}`;
  return `${date.day} ${MLA_MONTHS[date.month! - 1]} ${date.year}`;
}

/**
 * MLA starts with the title when the author is the publisher, and drops the URL's scheme.
 */
export function mla(source: CitationSource): string {
  const url = source.url.replace(/^https?:\/\//, '');
  return `${quotedTitle(source)} ${source.publisher}, ${mlaDate(source.date)}. ${source.archiveName}, ${url}.`;
}

/** Escapes the characters TeX treats specially. */
function tex(text: string): string {
  return text.replace(/[\\{}%&$#_~^]/g, (char) =>
    char === '\\' ? '\\textbackslash{}' : char === '~' ? '\\textasciitilde{}' : char === '^' ? '\\textasciicircum{}' : `\\${char}`,
  );
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A BibTeX `@misc` entry (read by BibTeX and biblatex alike). The author and title sit in double braces so
 * that styles neither split the corporate name into first and last names nor change the title's case.
 */
export function bibtex(source: CitationSource): string {
  const { date } = source;
  const fields: [string, string][] = [
    ['author', `{${tex(source.publisher)}}`],
    ['title', `{${tex(plainTitle(source).replace(/\.$/, ''))}}`],
    ['year', String(date.year)],
    ...(date.month ? [['month', BIBTEX_MONTHS[date.month - 1]] as [string, string]] : []),
    ['date', date.iso],
    ['howpublished', tex(source.archiveName)],
    ['url', source.url],
    ['note', tex(`Report of the ${source.meetingName}`)],
  ];
  // Month macros (jan, feb…) must stay unbraced to be expanded.
  const body = fields
    .map(([name, value]) => `  ${name} = ${name === 'month' ? value : `{${value}}`}`)
    .join(',\n');
  return `@misc{${source.id},\n${body}\n}\n`;
}

/** The date as CSL date parts: [[2020, 10, 15]], [[2020, 10]] or [[2020]]. */
function cslDateParts(date: PartialDate): number[][] {
  return [[date.year, date.month, date.day].filter((part): part is number => part !== undefined)];
}

export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  author: { literal: string }[];
  issued: { 'date-parts': number[][] };
  'container-title': string;
  URL: string;
  note: string;
}

/** One CSL-JSON item, as reference managers (Zotero, Pandoc) import it. */
export function cslJson(source: CitationSource): CslItem {
  return {
    id: source.id,
    type: 'webpage',
    title: shownHeadline(source),
    author: [{ literal: source.publisher }],
    issued: { 'date-parts': cslDateParts(source.date) },
    'container-title': source.archiveName,
    URL: source.url,
    note: `Report of the ${source.meetingName}`,
  };
}
