import type { PartialDate } from './dates.ts';
import { shownHeadline } from './headline.ts';
import { spliceHtml, tagTokens, type Splice } from './html.ts';
import type { TextInLanguage } from './report-language.ts';
import { absoluteTo, SITE_NAME, type SiteContext } from './site.ts';
import { escapeRegExp } from './regexp.ts';
import { paths } from './urls.ts';
import type { PublicationType } from './vocabulary.ts';

/**
 * Citations of an archived report. The reference data is one CSL item (`cslItem`): a newspaper article whose
 * periodical is the publisher, or a web page of an official body's site (`publication.type: website`), whose
 * site is the publisher (the reports' bylines name no person), read in the archive at its URL. From it:
 * the files for reference managers (`citation-files.ts`). The styled citations (APA,
 * Chicago, MLA) are citeproc-js's, rendered from the official CSL styles when the report is loaded
 * (`src/build/styled-citations.ts`); this module names the styles and types what the page receives.
 */
export interface CitationSource {
  /** Used as the BibTeX key and CSL id; article ids are unique slugs. */
  id: string;
  headline: string;
  headlineSupplied: boolean;
  publisher: string;
  /** A news outlet's report, or a page of an official body's own site. */
  publicationType: PublicationType;
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

/** The CSL type of each kind of publication: a newspaper's article, or a web page whose container is its site. */
export const CSL_TYPES = { newspaper: 'article-newspaper', website: 'webpage' } as const satisfies Record<
  PublicationType,
  string
>;

/** The CSL item of what the styles print: every field but the note (none of the three styles prints a note). */
export interface CitedItem {
  id: string;
  type: (typeof CSL_TYPES)[PublicationType];
  title: string;
  /** The newspaper, or the website. */
  'container-title': string;
  issued: { 'date-parts': number[][] };
  archive: string;
  URL: string;
  language: string;
}

export interface CslItem extends CitedItem {
  note: string;
  /** The day a reader downloaded the citation, which only the reader's copy has (`withAccessDate`, `citation-access-date.ts`). */
  accessed?: { 'date-parts': number[][] };
}

/** The date as CSL date parts: [[2020, 10, 15]], [[2020, 10]] or [[2020]]. */
function cslDateParts(date: PartialDate): number[][] {
  return [[date.year, date.month, date.day].filter((part): part is number => part !== undefined)];
}

/** What the citations read of a report's frontmatter. */
export interface CitedFrontmatter {
  headline: string;
  headlineSupplied: boolean;
  publication: { publisher: string; type: PublicationType; date: PartialDate };
  lang: string;
}

/** The report as cited: its facts, at its address on the site. */
export function citedReport(id: string, data: CitedFrontmatter, site: SiteContext): CitedReport {
  return {
    id,
    headline: data.headline,
    headlineSupplied: data.headlineSupplied,
    publisher: data.publication.publisher,
    publicationType: data.publication.type,
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
    type: CSL_TYPES[source.publicationType],
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
 * Quotation marks, which a style sets inside its own quotes otherwise (a headline's 'x' as ‘x’ within “…”), the
 * sentence's full stop or comma moved in before a closing one (“… ‘x.’”).
 */
const QUOTATION_MARK = /['"‘’“”]/g;
const QUOTATION_AS_STYLED = `[.,]?${QUOTATION_MARK.source}`;

/**
 * What marks, in a styled citation's HTML, the names in another language than the interface's with it (`<span
 * lang>`), so that a screen reader reads them in that language's voice: each where it first stands as citeproc wrote
 * it, in a run of text (never in a tag), its quotation marks as the style set them. A name a style wrote otherwise
 * (title-cased) is left unmarked. Each name's pattern is made once, for all of a report's citations.
 */
export function languageMarker(names: readonly TextInLanguage[]): (html: string) => string {
  const patterns = names.flatMap(({ text, lang }) =>
    lang === undefined
      ? []
      : [{ lang, written: new RegExp(escapeRegExp(citeprocEscaped(text)).replace(QUOTATION_MARK, QUOTATION_AS_STYLED), 'u') }],
  );
  if (patterns.length === 0) return (html) => html;
  return (html) => {
    const tokens = tagTokens(html);
    const runs = [0, ...tokens.map(({ end }) => end)].map((start, index) => ({
      start,
      end: tokens[index]?.start ?? html.length,
    }));
    const splices: Splice[] = [];
    for (const { lang, written } of patterns) {
      for (const run of runs) {
        const found = written.exec(html.slice(run.start, run.end));
        if (!found) continue;
        const start = run.start + found.index;
        const end = start + found[0].length;
        if (!splices.some((other) => start < other.end && other.start < end))
          splices.push({ start, end, text: `<span lang="${lang}">${found[0]}</span>` });
        break;
      }
    }
    return spliceHtml(
      html,
      splices.sort((a, b) => a.start - b.start),
    );
  };
}
