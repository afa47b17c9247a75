/**
 * A report's citation as files for reference managers, from its CSL item: biblatex and RIS (written here, as
 * Citation.js's writers drop the date's day (RIS) or the entry's subtype and language, and leave `&` unescaped
 * (biblatex)) and CSL-JSON, as the build writes them; a reader's download adds the access date
 * (`citation-access-date.ts`).
 */
import { cslJson, isoDate, risDate } from './citation-access-date.ts';
import type { CslItem } from './citations.ts';
import { ARCHIVE_LICENCE, RIGHTS_STATEMENT, SITE_NAME } from './site.ts';

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

/**
 * A biblatex file's first lines: whose the words are and the licence, in an `@comment`, which BibTeX, biber and
 * reference managers skip (braces taken out of the statement, so the comment's own close it).
 */
export const BIBTEX_RIGHTS = `@comment{${SITE_NAME}. ${RIGHTS_STATEMENT.replace(/[{}]/g, '')}}\n`;

/**
 * biblatex entries, written as UTF-8 (biber reads every script; BibTeX's ASCII escapes would turn "Sơn" into
 * "Son" and drop Thai and Japanese): a newspaper article (`@article` with `entrysubtype = {newspaper}`, the
 * publisher as `journaltitle`), or a page of an official body's site (`@online`, the body as its `organization`, the
 * field biblatex gives `@online` for the body that published it); the date to the precision the report gives, the
 * report's language as `langid`, and a `sortkey`, as an entry with no author is otherwise sorted and labelled by
 * whatever comes first. The title is braced whole, so a style's sentence or title case leaves the headline's
 * capitals as the report has them.
 */
export function bibtex(items: readonly CslItem[]): string {
  return `${BIBTEX_RIGHTS}\n${items
    .map((item) => {
      if (!/^[\p{L}\p{N}][\p{L}\p{N}._:-]*$/u.test(item.id)) throw new Error(`"${item.id}" cannot be a BibTeX key`);
      const date = isoDate(item.issued['date-parts']);
      const langid = LANGIDS[item.language.split('-')[0].toLowerCase()];
      const newspaper = item.type === 'article-newspaper';
      const fields: [string, string][] = [
        ...(newspaper ? [['entrysubtype', 'newspaper'] as [string, string]] : []),
        ['title', `{${texText(item.title)}}`],
        // `organization` is a list, whose items " and " separates: braced, "Ministry of Industry and Trade" is one.
        newspaper
          ? ['journaltitle', texText(item['container-title'])]
          : ['organization', `{${texText(item['container-title'])}}`],
        ['date', date],
        ...(langid ? [['langid', langid] as [string, string]] : []),
        ['url', item.URL],
        // Where the report is read: biblatex's field for a library or archive holding the work.
        ['library', texText(item.archive)],
        ['note', texText(item.note)],
        ['sortkey', texText(`${item['container-title']} ${date} ${item.title}`)],
      ];
      return `@${newspaper ? 'article' : 'online'}{${item.id},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}\n`;
    })
    .join('\n')}`;
}

/** RIS's reference type of each CSL type: a newspaper article, or an electronic source (a web page, Zotero's `webpage`). */
const RIS_TYPES: Record<CslItem['type'], string> = { 'article-newspaper': 'NEWS', webpage: 'ELEC' };

/** The rights statement short enough for RIS, whose fields readers may cut at 255 characters. */
export const RIS_RIGHTS = `The reports' words belong to their publishers; the archive's own work is licensed ${ARCHIVE_LICENCE.name} (${ARCHIVE_LICENCE.url}).`;

/**
 * RIS records (what EndNote, Zotero, Mendeley and most reference managers import): a newspaper article (`NEWS`) in
 * its newspaper, or a web page (`ELEC`) of its site (`T2`, which Zotero reads as the Website Title), with its full
 * date (`DA`), its language, the archive as the database (`DB`), the report's id in it as the accession number
 * (`AN`), the meeting as a note (`N1`) and whose the words are (`CR`, `RIS_RIGHTS`). Tags and values one per line, as
 * the format has them; a value keeps every character.
 */
export function ris(items: readonly CslItem[]): string {
  return items
    .map((item) => {
      const [[year]] = item.issued['date-parts'];
      const lines: [string, string][] = [
        ['TY', RIS_TYPES[item.type]],
        ['TI', item.title],
        ['T2', item['container-title']],
        ['PY', String(year)],
        ['DA', risDate(item.issued['date-parts'])],
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

/** The files a report's citation is offered in, by their extension: how each is written and served. */
export const CITATION_FORMATS = {
  bib: { name: 'BibTeX (biblatex)', contentType: 'application/x-bibtex; charset=utf-8', write: bibtex },
  ris: { name: 'RIS', contentType: 'application/x-research-info-systems; charset=utf-8', write: ris },
  json: { name: 'CSL-JSON', contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8', write: cslJson },
} as const;

export type CitationFormat = keyof typeof CITATION_FORMATS;
export const CITATION_FORMAT_NAMES = Object.keys(CITATION_FORMATS) as CitationFormat[];
