import type { PartialDate } from './dates.ts';

/**
 * The `<meta>` tags reference managers and scholarly search engines read on an article page: Highwire Press
 * `citation_*` tags (Google Scholar's inclusion guidelines; Zotero's and Mendeley's "Embedded Metadata"). No Dublin
 * Core copy (`DC.*`): Zotero's translator reads `citation_*` over it field by field, so it would add nothing, and
 * the article page has a weight budget.
 */
export interface ReferenceSource {
  /** The headline as written. A headline the archive supplied is marked as such on the page, not in the tags. */
  headline: string;
  publisher: string;
  date: PartialDate;
  /** BCP 47 language of the report. */
  language: string;
  /** The article's public address. */
  url: string;
  /**
   * Topic names, offered as keywords in one tag separated by "; ", which Zotero splits into one tag each
   * (one tag rather than one per topic: the article page has a weight budget).
   */
  keywords: readonly string[];
}

/** Google Scholar asks for "2020/10/15", or the year alone when the day is not known. */
function highwireDate(date: PartialDate): string {
  return [date.year, date.month, date.day]
    .filter((part): part is number => part !== undefined)
    .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
    .join('/');
}

/**
 * The tags in page order. The publisher stands as the periodical (`citation_journal_title`): the reports are
 * news items, and their bylines name no person, so no `citation_author` is written (a corporate name given
 * there would be split into a first and last name by Zotero).
 */
export function referenceMetaTags(source: ReferenceSource): [name: string, content: string][] {
  return [
    ['citation_title', source.headline],
    ['citation_publication_date', highwireDate(source.date)],
    ['citation_journal_title', source.publisher],
    ['citation_language', source.language],
    ['citation_public_url', source.url],
    ...(source.keywords.length > 0 ? [['citation_keywords', source.keywords.join('; ')] as [string, string]] : []),
  ];
}
