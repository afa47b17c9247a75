import type { PartialDate } from './dates.ts';
import type { PublicationType } from './vocabulary.ts';

/**
 * The `<meta>` tags reference managers and scholarly search engines read on an article page: Highwire Press
 * `citation_*` tags (Google Scholar's inclusion guidelines; Zotero's and Mendeley's "Embedded Metadata"), and the
 * three tags Zotero's Embedded Metadata translator needs to save a report as what it is. That translator makes
 * every page with `citation_journal_title` a journal article, so the publisher is given as PRISM's
 * `publicationName` (its publication) instead, and `DC.type` names Zotero's item type, newspaper article or web page
 * (`ZOTERO_ITEM_TYPES`), which it takes over its journal-article guess; a web page's publication is its Website
 * Title. It hands any tag of Zotero's own namespace (`z.`) to its RDF import,
 * which copies it into the field of that name, so `z.archive` fills Archive; it reads Loc. in Archive from
 * `DC.coverage` (as Zotero's own RDF export writes it).
 */
export interface ReferenceSource {
  /** The headline as cited: a headline the archive supplied stands in its square brackets, as everywhere else. */
  headline: string;
  publisher: string;
  publicationType: PublicationType;
  date: PartialDate;
  /** BCP 47 language of the report. */
  language: string;
  /** The article's public address. */
  url: string;
  /** The archive the report is read in: its name. */
  archive: string;
  /** Where the report is found in the archive: its id. */
  archiveLocation: string;
  /**
   * Topic names, offered as keywords in one tag separated by "; ", which Zotero splits into one tag each
   * (one tag rather than one per topic: the article page has a weight budget).
   */
  keywords: readonly string[];
}

/** Zotero's item type of each kind of publication (`DC.type`). */
export const ZOTERO_ITEM_TYPES: Record<PublicationType, string> = { newspaper: 'newspaperArticle', website: 'webpage' };

/** Google Scholar asks for "2020/10/15", or the year alone when the day is not known. */
function highwireDate(date: PartialDate): string {
  return [date.year, date.month, date.day]
    .filter((part): part is number => part !== undefined)
    .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
    .join('/');
}

/**
 * The tags in page order. The reports' bylines name no person, so no `citation_author` is written (a corporate
 * name given there would be split into a first and last name by Zotero).
 */
export function referenceMetaTags(source: ReferenceSource): [name: string, content: string][] {
  return [
    ['citation_title', source.headline],
    ['citation_publication_date', highwireDate(source.date)],
    ['citation_language', source.language],
    ['citation_public_url', source.url],
    ...(source.keywords.length > 0 ? [['citation_keywords', source.keywords.join('; ')] as [string, string]] : []),
    ['prism.publicationName', source.publisher],
    ['DC.type', ZOTERO_ITEM_TYPES[source.publicationType]],
    ['z.archive', source.archive],
    ['DC.coverage', source.archiveLocation],
  ];
}
