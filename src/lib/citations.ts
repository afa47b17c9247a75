import type { PartialDate } from './dates.ts';
import { shownHeadline } from './headline.ts';
import { spliceHtml, tagTokens, type Splice } from './html.ts';
import type { TextInLanguage } from './report-language.ts';
import { absoluteTo, ARCHIVE_LICENCE, RIGHTS_STATEMENT, SITE_NAME, type SiteContext } from './site.ts';
import { paths } from './urls.ts';

/**
 * Citations of an archived report. The reference data is one CSL item (`cslItem`): a newspaper article whose
 * periodical is the publisher (the reports' bylines name no person), read in the archive at its URL. From it:
 * CSL-JSON as is, and biblatex and RIS (`bibtex`, `ris`: written here, as Citation.js's writers drop the date's day
 * (RIS) or the entry's subtype and language, and leave `&` unescaped (biblatex)). The styled citations (APA,
 * Chicago, MLA) are citeproc-js's, rendered from the official CSL styles when the report is loaded
 * (`src/build/styled-citations.ts`); this module names the styles and types what the page receives.
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

/** What the styled citations are rendered from: the report's own facts, without the meeting it reports. */
export type CitedReport = Omit<CitationSource, 'meetingName'>;

/** The CSL item of what the styles print: every field but the note (none of the three styles prints a note). */
export interface CitedItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title': string;
  issued: { 'date-parts': number[][] };
  archive: string;
  URL: string;
  language: string;
}

export interface CslItem extends CitedItem {
  note: string;
}

/** The date as CSL date parts: [[2020, 10, 15]], [[2020, 10]] or [[2020]]. */
function cslDateParts(date: PartialDate): number[][] {
  return [[date.year, date.month, date.day].filter((part): part is number => part !== undefined)];
}

/** What the citations read of a report's frontmatter. */
export interface CitedFrontmatter {
  headline: string;
  headlineSupplied: boolean;
  publication: { publisher: string; date: PartialDate };
  lang: string;
}

/** The report as cited: its facts, at its address on the site. */
export function citedReport(id: string, data: CitedFrontmatter, site: SiteContext): CitedReport {
  return {
    id,
    headline: data.headline,
    headlineSupplied: data.headlineSupplied,
    publisher: data.publication.publisher,
    date: data.publication.date,
    url: absoluteTo(site, paths.article(id)),
    archiveName: SITE_NAME,
    language: data.lang,
  };
}

/** The CSL item the styles are rendered from (`styled-citations.ts`): `cslItem` without its note. */
export function citedItem(source: CitedReport): CitedItem {
  return {
    id: source.id,
    type: 'article-newspaper',
    title: shownHeadline(source),
    'container-title': source.publisher,
    issued: { 'date-parts': cslDateParts(source.date) },
    archive: source.archiveName,
    URL: source.url,
    language: source.language,
  };
}

/** One CSL-JSON item, as reference managers (Zotero, Mendeley, Pandoc) import it. */
export function cslItem(source: CitationSource): CslItem {
  return { ...citedItem(source), note: `Report of the ${source.meetingName}` };
}

/** The styles a report is cited in on its page, in the order shown, with the file of each in `csl/`. */
export const CITATION_STYLES = [
  { id: 'chicago', name: 'Chicago', full: 'Chicago (notes and bibliography)', file: 'chicago-notes-bibliography' },
  { id: 'apa', name: 'APA', full: 'APA (7th edition)', file: 'apa' },
  { id: 'mla', name: 'MLA', full: 'MLA (9th edition)', file: 'modern-language-association' },
] as const;

export type CitationStyle = (typeof CITATION_STYLES)[number]['id'];

/**
 * One style's citations of a report, as citeproc-js writes them in HTML (its escaping, with `<i>` for italics):
 * the bibliography entry, and the citation of a paragraph as the pieces around the paragraph's number, which the
 * page joins with the number of the paragraph a reader picks. A citation in the text
 * (APA's, MLA's) names no address, so the paragraph's address (`…#p-N`) follows it.
 */
export interface StyledCitation {
  entry: string;
  pinpoint: string[];
}

export type StyledCitations = Record<CitationStyle, StyledCitation>;

/** Text as citeproc-js's HTML writes it: `&`, `<` and `>` as numeric character references. */
const citeprocEscaped = (text: string) => text.replaceAll('&', '&#38;').replaceAll('<', '&#60;').replaceAll('>', '&#62;');

/**
 * A styled citation's HTML with the names in another language than the interface's marked with it (`<span lang>`),
 * so that a screen reader reads them in that language's voice: each where it first stands as citeproc wrote it, in
 * a run of text (never in a tag). A name a style wrote otherwise (quoted, title-cased) is left unmarked.
 */
export function withLanguageMarks(html: string, names: readonly TextInLanguage[]): string {
  const marked = names.filter(({ lang }) => lang !== undefined);
  if (marked.length === 0) return html;
  const tokens = tagTokens(html);
  const runs = [0, ...tokens.map(({ end }) => end)].map((start, index) => ({
    start,
    end: tokens[index]?.start ?? html.length,
  }));
  const splices: Splice[] = [];
  for (const { text, lang } of marked) {
    const written = citeprocEscaped(text);
    for (const run of runs) {
      const at = html.slice(run.start, run.end).indexOf(written);
      if (at < 0) continue;
      const start = run.start + at;
      const end = start + written.length;
      if (!splices.some((other) => start < other.end && other.start < end))
        splices.push({ start, end, text: `<span lang="${lang}">${written}</span>` });
      break;
    }
  }
  return spliceHtml(
    html,
    splices.sort((a, b) => a.start - b.start),
  );
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
 * with its full date (`DA`), its language, the archive as the database (`DB`), the report's id in it as the
 * accession number (`AN`), the meeting as a note (`N1`) and whose the words are (`CR`, `RIS_RIGHTS`). Tags and values
 * one per line, as the format has them; a value keeps every character.
 */
/** The rights statement short enough for RIS, whose fields readers may cut at 255 characters. */
export const RIS_RIGHTS = `The reports' words belong to their publishers; the archive's own work is licensed ${ARCHIVE_LICENCE.name} (${ARCHIVE_LICENCE.url}).`;

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
        // Each record's own: RIS has no file-wide note. Zotero reads CR as the item's Rights.
        ['CR', RIS_RIGHTS],
      ];
      // A line break inside a value would start a new tag.
      return `${lines.map(([tag, value]) => `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`).join('\r\n')}\r\nER  - \r\n`;
    })
    .join('\r\n');
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
