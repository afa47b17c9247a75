/**
 * The extra names under which search should find an article: every name, variant, alias and
 * own-script name of the people and topics it is tagged with. They come from the entity files only,
 * so the search code holds no list of its own.
 */

import type { DateDirection } from './search-date-order.ts';
import { firstCodePoints } from './text-caps.ts';

export interface NamedEntity {
  name: string;
  variants?: readonly string[];
  aliases?: readonly string[];
  nativeName?: { text: string };
}

/** All names of the given entities, each once (compared case- and accent-insensitively), in order. */
export function searchAliases(entities: Iterable<NamedEntity>): string[] {
  return searchAliasGroups(entities).flat();
}

/** The names of `searchAliases`, one list per entity (an entity whose every name came before has none). */
export function searchAliasGroups(entities: Iterable<NamedEntity>): string[][] {
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const entity of entities) {
    const all = [entity.name, ...(entity.variants ?? []), ...(entity.aliases ?? [])];
    if (entity.nativeName) all.push(entity.nativeName.text);
    const names = all.filter((name) => {
      const key = foldForComparison(name);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (names.length > 0) groups.push(names);
  }
  return groups;
}

/**
 * The attribute in which a page's search data (`SearchData.astro`) names, by their pages' addresses, the people,
 * topics and glossary entries whose names search also finds the page by; the search index's input pages give their
 * names in its place (`src/build/search-input-page.ts`). An address written `<facet>=<address>` is also a value of
 * that filter (`participant=/people/x/`), the entity's name written in by the index too: names no reader sees are
 * not sent to readers.
 */
export const SEARCH_ENTITIES_ATTRIBUTE = 'data-search-entities';

/** An entity of a page's search data, and the filter its name is a value of, if any (`SEARCH_ENTITIES_ATTRIBUTE`). */
export interface SearchEntity {
  address: string;
  facet?: FacetKey;
}

/** The attribute's tokens, `<address>` or `<facet>=<address>`. */
export function searchEntityTokens(entities: readonly SearchEntity[]): string {
  return entities.map(({ address, facet }) => (facet ? `${facet}=${address}` : address)).join(' ');
}

export function parseSearchEntityTokens(value: string): SearchEntity[] {
  return value
    .split(' ')
    .filter(Boolean)
    .map((token) => {
      const at = token.indexOf('=');
      return at < 0 ? { address: token } : { address: token.slice(at + 1), facet: token.slice(0, at) as FacetKey };
    });
}

/**
 * The attribute in which a report page's search data gives the report's language (BCP 47). The served page is the
 * archive's, `<html lang="en">`, its report's words marked with their own `lang`; the search index's input page is
 * `<html lang>` of the report's language (`withIndexLanguage`, `src/build/search-input-page.ts`), so Pagefind
 * indexes it with that language's word segmentation and stemming, in that language's index.
 */
export const SEARCH_LANGUAGE_ATTRIBUTE = 'data-search-lang';

/**
 * The aliases as a page's search data holds them (Pagefind's `aliases` meta): names joined by " · ", entities by
 * " | ", so a result card can tell which names are one entity's ("Bien Dong" and "East Sea").
 */
const ALIAS_SEPARATOR = ' · ';
const ALIAS_GROUP_SEPARATOR = ' | ';

export function joinAliasGroups(groups: readonly (readonly string[])[]): string {
  return groups.map((names) => names.join(ALIAS_SEPARATOR)).join(ALIAS_GROUP_SEPARATOR);
}

export function splitAliasGroups(joined: string | undefined): string[][] {
  if (!joined) return [];
  return joined.split(ALIAS_GROUP_SEPARATOR).map((names) => names.split(ALIAS_SEPARATOR));
}

function foldForComparison(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .trim();
}

/** Search-page sort orders, as they appear in the URL. */
export const SEARCH_SORTS = {
  relevance: undefined,
  newest: 'desc',
  oldest: 'asc',
} as const satisfies Record<string, DateDirection | undefined>;

export type SearchSort = keyof typeof SEARCH_SORTS;

/** The filter facets of the search page: Pagefind filter key and the label readers see. */
export const SEARCH_FACETS = [
  { key: 'participant', label: 'Participant' },
  { key: 'topic', label: 'Topic' },
  { key: 'year', label: 'Year' },
  { key: 'publisher', label: 'Publisher' },
  { key: 'language', label: 'Language' },
] as const;

export type FacetKey = (typeof SEARCH_FACETS)[number]['key'];

/** A facet's options in reading order: years newest first, names alphabetically. */
export function facetOptionOrder(key: FacetKey, values: Iterable<string>): string[] {
  const sorted = [...values];
  return key === 'year' ? sorted.sort((a, b) => b.localeCompare(a)) : sorted.sort((a, b) => a.localeCompare(b, 'en'));
}

/** Facets with more options than this start folded, so a long list does not push the results down. */
export const FACET_OPEN_LIMIT = 8;

/** What the search page's URL holds: the query, the ticked filter values and the sort. */
export interface SearchState {
  query: string;
  filters: Partial<Record<FacetKey, string[]>>;
  sort: SearchSort;
}

/** A search that settled this long gets its own history entry; quicker changes (typing) replace it. */
export const NEW_ENTRY_AFTER_MS = 1500;

/**
 * A query whose last word is this short (in code points) is searched only once typing pauses for
 * `SHORT_QUERY_PAUSE_MS`: a one- or two-letter prefix ("v", "East S") matches most of the index, and at 10,000
 * reports its search (about 0.3 s, which Pagefind cannot cancel) held up the word typed after it. Other queries,
 * and the empty one, are searched at once.
 */
export const SHORT_QUERY = 3;
export const SHORT_QUERY_PAUSE_MS = 300;

export function searchesAtOnce(query: string): boolean {
  const lastWord = query.trim().split(/\s+/).at(-1) ?? '';
  const length = [...lastWord].length;
  return length === 0 || length >= SHORT_QUERY;
}

/** Longest query kept from a URL, in code points; longer input is cut rather than sent to the index whole. */
export const MAX_QUERY_LENGTH = 200;

export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const { key } of SEARCH_FACETS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length > 0) filters[key] = [...new Set(values)];
  }
  return {
    query: firstCodePoints(params.get('q') ?? '', MAX_QUERY_LENGTH),
    filters,
    sort: parseSort(params.get('sort')),
  };
}

/** A sort the page knows, from the address or the sort menu; anything else is relevance. */
export function parseSort(value: string | null): SearchSort {
  return value !== null && isSort(value) ? value : 'relevance';
}

function isSort(value: string): value is SearchSort {
  return Object.hasOwn(SEARCH_SORTS, value);
}

export function writeSearchState({ query, filters, sort }: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const { key } of SEARCH_FACETS) for (const value of filters[key] ?? []) params.append(key, value);
  if (sort !== 'relevance') params.set('sort', sort);
  return params;
}

/**
 * Pagefind's filter object for the ticked values: any of the values within one facet (OR),
 * every facet at once (AND). `except` leaves one facet out, to count that facet's own options.
 */
export function pagefindFilters(filters: SearchState['filters'], except?: FacetKey): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const { key } of SEARCH_FACETS) {
    const values = filters[key];
    if (key !== except && values && values.length > 0) result[key] = { any: values };
  }
  return result;
}

/**
 * What kind of page a search result is, as a Pagefind filter: reports are listed as results, the other
 * kinds apart from them ("People and subjects"), from an index of their own (`ENTITY_INDEX_LANGUAGE`). Not a facet: readers never tick it;
 * it labels the entity cards.
 */
export const SEARCH_SECTION_FILTER = 'section';
/**
 * The Pagefind metadata field of a report's meeting date (`articleSortDate`), read from the index by the build to write
 * the date order (`scripts/search-index.ts`), not shown.
 */
export const SEARCH_DATE_META = 'date';
export const SEARCH_SECTIONS = ['report', 'person', 'topic', 'glossary'] as const;
export type SearchSection = (typeof SEARCH_SECTIONS)[number];

/**
 * The language Pagefind indexes the people, topic and glossary pages in: English (their words are stemmed as
 * English), with a private-use subtag, so that their index is one of its own. The search page merges it into the
 * reports' Pagefind instance, which loads Pagefind's WebAssembly once for every index, and Pagefind names each page
 * of an index after its language (`en-x-entity_…`), which tells an entity's result from a report's.
 */
export const ENTITY_INDEX_LANGUAGE = 'en-x-entity';

/** Whether a Pagefind result (by its id) is a person, topic or glossary entry rather than a report. */
export function isEntityResult({ id }: { id: string }): boolean {
  return id.startsWith(`${ENTITY_INDEX_LANGUAGE}_`);
}

/** Pagefind's filter that keeps only the people, topic and glossary pages. */
export const ENTITY_FILTER = {
  [SEARCH_SECTION_FILTER]: { any: SEARCH_SECTIONS.filter((section) => section !== 'report') },
};

/** Words in an excerpt: about two lines of a result card at desk width. */
export const EXCERPT_WORDS = 24;

/**
 * Report cards shown at once, and added by "Show more": five, as in Pagefind's own UI. Each card waits for its
 * result's data, one file each; two or three cards fill a first screen, and fewer cards are shown sooner after the
 * last keystroke.
 */
export const RESULTS_PAGE_SIZE = 5;

/** Where a report's own words start among the words Pagefind indexed: its first paragraph anchor (`p-N`). */
export function bodyStart(anchors: readonly { id: string; location: number }[]): number | undefined {
  const paragraphs = anchors.filter(({ id }) => /^p-\d+$/.test(id)).map(({ location }) => location);
  return paragraphs.length > 0 ? Math.min(...paragraphs) : undefined;
}

/** A report paragraph (`p-N`) holding a match: its id, where it starts and where its first matched word stands. */
export interface MatchedParagraph {
  id: string;
  location: number;
  match: number;
}

/**
 * The report paragraph a result card's link opens at: the one holding the first match of the excerpt the card shows,
 * which starts at the word `shownFrom` (Pagefind's excerpt is where matches are densest, not always the first), or
 * the report's first match.
 */
export function linkedParagraph(
  anchors: readonly { id: string; location: number }[],
  locations: readonly number[],
  shownFrom?: number,
): MatchedParagraph | undefined {
  const first = matchedParagraph(anchors, locations);
  if (shownFrom === undefined) return first;
  return (
    matchedParagraph(
      anchors,
      locations.filter((location) => location >= shownFrom),
    ) ?? first
  );
}

/**
 * The report paragraph (`p-N`) holding a match, and where it and its first matched word stand: the last paragraph
 * anchor at or before the first matched word of the report's paragraphs, where the headline matched too. `anchors` and
 * `locations` are Pagefind's word positions for a result; undefined when only the headline matched, or nothing.
 */
export function matchedParagraph(
  anchors: readonly { id: string; location: number }[],
  locations: readonly number[],
): MatchedParagraph | undefined {
  const start = bodyStart(anchors);
  const inBody = start === undefined ? [] : locations.filter((location) => location >= start);
  if (inBody.length === 0) return undefined;
  const match = Math.min(...inBody);
  let found: { id: string; location: number } | undefined;
  for (const anchor of anchors) {
    if (!/^p-\d+$/.test(anchor.id) || anchor.location > match) continue;
    if (!found || anchor.location > found.location) found = anchor;
  }
  return found && { id: found.id, location: found.location, match };
}
