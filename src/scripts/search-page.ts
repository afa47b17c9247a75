/**
 * The search page's engine: Pagefind's own index and search engine (its JavaScript API), with result cards of the
 * archive's own. Pagefind's Component UI lists one kind of result, builds each card from its own template
 * and fetches a result's data only as it scrolls into view; the archive needs two groups from one query
 * (people and subjects apart from reports), the paragraph a match is in, and cards whose space is known
 * before they arrive. The query, ticked filters and sort live in the address, so a search can be shared
 * and Back works.
 *
 * What the page knows lives in `searchState` (src/scripts/search-state.ts); the page's elements (<search-box>,
 * <search-filters>, <search-results>) render it and call the actions here.
 */
import {
  ENTITY_FILTER,
  isEntityResult,
  pagefindFilters,
  RESULTS_PAGE_SIZE,
  SEARCH_FACETS,
  SEARCH_SORTS,
  searchesAtOnce,
  SHORT_QUERY_PAUSE_MS,
  writeSearchState,
  type FacetKey,
  type SearchState,
} from '../lib/search-terms.ts';
import { dateRanks, inDateOrder, type DateOrder, type DateRanks } from '../lib/search-date-order.ts';
import { closestEntities, type NameEntry, type Suggestion } from '../lib/search-suggestions.ts';
import type { FilterCounts, PagefindApi, PagefindResult, PagefindSearch } from './pagefind-api.ts';
import type { SearchBundles } from '../lib/search-bundles.ts';
import type { FacetValueLanguages } from '../lib/search-filters.ts';
import {
  asksNothing,
  asksSame,
  beginSearch,
  createStore,
  fromAddress,
  hasFilters,
  historyEntry,
  initialState,
  isCurrent,
  isOvertaken,
  nextPage,
  requestSearch,
  searchEnded,
  searchSummary,
  searchTerm,
  withAddressChanged,
  withCounts,
  withCountsStale,
  withFilterIndex,
  withFound,
  withMoreCards,
  withoutWaiting,
  withQuery,
  type Found,
  type SearchPageState,
} from './search-state.ts';

/** People, topics and glossary entries shown above the reports. */
const ENTITY_LIMIT = 6;

/** The page's one state, read from its address as it loads; the elements subscribe to it. */
export const searchState = createStore(initialState(new URLSearchParams(location.search)));

let valueLanguages: FacetValueLanguages | undefined;

/**
 * The language a filter value is written in, where it is not the page's (a Vietnamese publisher's name), for the
 * options and chips the page adds: the filter panel carries them (`facetValueLanguages`).
 */
export function facetValueLang(key: FacetKey, value: string): string | undefined {
  valueLanguages ??= JSON.parse(
    document.querySelector<HTMLElement>('[data-value-langs]')?.dataset.valueLangs ?? '{}',
  ) as FacetValueLanguages;
  return valueLanguages[key]?.[value];
}

/** One of the transitions of search-state.ts, with what it takes besides the state. */
type Transition<A extends unknown[]> = (state: SearchPageState, ...args: A) => SearchPageState;

/** Given by startSearch: where the files the page fetches besides Pagefind's are (the names, the date order). */
let giveBundles!: (bundles: SearchBundles) => void;
const bundles = new Promise<SearchBundles>((resolve) => (giveBundles = resolve));
// Pagefind was started by the page's head (`pagefindStartScript`, src/lib/search-bundles.ts), as the page loaded.
const pagefindIndex = window.archivePagefind ?? Promise.reject(new Error('The search page did not start Pagefind'));
/**
 * Pagefind's filter index (every value of every facet, with its reports) is loaded only once the reader turns
 * to the filters. Once loaded, Pagefind counts every facet's values over every result of every search: at
 * 10,000 reports that took a search from about 0.1 s to over 1 s. Until then the options show no counts for
 * a query (the counts written into the page are for the whole archive), and the long facets get their options.
 */
let filterIndex: Promise<void> | undefined;
/** The names of the people, topics and glossary entries: fetched once, by the first search that finds no report. */
let entityNames: Promise<NameEntry[]> | undefined;
/** The reports' date ranks: fetched once, by the first search sorted by date. */
let reportDateRanks: Promise<DateRanks | undefined> | undefined;
let pause: ReturnType<typeof setTimeout> | undefined;

/** Starts Pagefind and the first search, with the bundles <search-results> names. */
export async function startSearch(given: SearchBundles): Promise<void> {
  giveBundles(given);
  addEventListener('popstate', () => {
    update(fromAddress, new URLSearchParams(location.search));
    void searchSoon();
  });
  await searchSoon();
  if (hasFilters(searchState.get().asked)) await useFilterIndex();
}

/** The reader typed: the address follows, and the words are searched now or once typing pauses. */
export function typeQuery(query: string): void {
  const before = searchState.get();
  update(withQuery, query);
  recordInAddress();
  // A space typed between words changes nothing to search.
  if (asksSame(before.asked, searchState.get().asked)) return;
  clearTimeout(pause);
  if (!searchesAtOnce(query)) {
    // Words waiting to follow a running search are out of date now; these are searched when typing pauses.
    update(withoutWaiting);
    pause = setTimeout(() => void searchSoon(), SHORT_QUERY_PAUSE_MS);
    return;
  }
  // Fetch the index chunks for the words typed so far, even while an earlier search still runs.
  void pagefindIndex.then((pagefind) => pagefind.preload(query.trim()));
  void searchSoon();
}

/** Enter: no pause for a short last word. */
export function searchNow(): void {
  clearTimeout(pause);
  void searchSoon();
}

/** A deliberate change (a tick, a sort): always its own history entry, then the search. */
export function change<A extends unknown[]>(transition: Transition<A>, ...args: A): void {
  update(transition, ...args);
  if (hasFilters(searchState.get().asked)) void useFilterIndex();
  recordInAddress();
  void searchSoon();
}

/** Loads the filter index, once: the reader reached for the filters. */
export function useFilterIndex(): Promise<void> {
  return (filterIndex ??= pagefindIndex.then(async (pagefind) => {
    update(withFilterIndex, await pagefind.filters());
    await searchSoon();
  }));
}

/** Fetches the next page of report cards and adds them. */
export async function showMore(): Promise<void> {
  const state = searchState.get();
  const cards = await Promise.all(nextPage(state).map((result) => result.data()));
  update(withMoreCards, state.found.reports, cards);
}

/** Moves the page's state on by one transition. */
function update<A extends unknown[]>(transition: Transition<A>, ...args: A): void {
  searchState.set(transition(searchState.get(), ...args));
}

/**
 * Searches as the reader types without a fixed pause (from a last word's third letter: `searchesAtOnce`): one
 * search of the indexes at a time (Pagefind cannot cancel one), and while one runs only the newest query waits
 * to follow it, so the results after the last keystroke come as soon as they can.
 */
async function searchSoon(): Promise<void> {
  const request = requestSearch(searchState.get());
  searchState.set(request.state);
  if (!request.start) return;
  let found: Awaited<ReturnType<typeof search>>;
  try {
    found = await search();
  } finally {
    const ended = searchEnded(searchState.get());
    searchState.set(ended.state);
    if (ended.again) void searchSoon();
  }
  await found?.shown;
}

/**
 * Searches the reports and the entities for what the page's state asks. Resolves once Pagefind has answered, with the showing of
 * the results still under way, so the next search need not wait for this one's result data.
 */
async function search(): Promise<{ shown: Promise<void> } | undefined> {
  update(beginSearch);
  const { searchId, asked } = searchState.get();
  const term = searchTerm(asked);
  if (asksNothing(asked)) {
    show(searchId, { term, status: 'Type to search', reports: [], cards: [], entities: [], suggestions: [] });
    const totals = searchState.get().facetTotals;
    if (totals) void updateCounts(await pagefindIndex, asked, null, totals);
    return;
  }
  const direction = SEARCH_SORTS[asked.sort];
  const ranks = direction && loadDateRanks();
  const pagefind = await pagefindIndex;
  const filters = pagefindFilters(asked.filters);
  // One search finds both: the entities' index is merged into the reports', and their results are told apart by
  // their ids, not by a section filter (a filter costs Pagefind time in proportion to the results it keeps). A
  // ticked filter is a facet no entity page has, so with filters the entities, shown whatever is ticked, are
  // searched apart, by their section.
  const filtered = Object.keys(filters).length > 0;
  const [found, filteredEntities] = await Promise.all([
    pagefind.search(term, { filters }),
    term && filtered ? pagefind.search(term, { filters: ENTITY_FILTER }) : null,
  ]);
  if (isOvertaken(searchState.get(), searchId, asked) || !found) return;
  const reportResults = found.results.filter((result) => !isEntityResult(result));
  // Pagefind's search is unsorted (its own sort would put its order in the metadata every search fetches): the date
  // order puts the results of every language in one.
  const dates = direction && (await ranks);
  const reports = { ...found, results: dates ? inDateOrder(reportResults, dates, direction) : reportResults };
  const entities = term ? (filteredEntities ?? found).results.filter(isEntityResult) : [];
  return { shown: showFound(searchId, asked, reports, entities, pagefind) };
}

/**
 * The reports' date ranks, fetched once. Without them (the file did not load) results keep Pagefind's order, and the
 * next sorted search asks for them again.
 */
async function loadDateRanks(): Promise<DateRanks | undefined> {
  reportDateRanks ??= bundles
    .then(({ dateOrderPath }) => fetch(dateOrderPath))
    .then(async (response) => (response.ok ? dateRanks((await response.json()) as DateOrder) : undefined))
    .catch(() => undefined);
  const ranks = await reportDateRanks;
  if (!ranks) reportDateRanks = undefined;
  return ranks;
}

/** The names closest to the words of a search that found no report, but for the entities it found. */
async function suggestionsFor(term: string, entityCards: Promise<{ url: string }[]>): Promise<Suggestion[]> {
  entityNames ??= bundles
    .then(({ namesPath }) => fetch(namesPath))
    .then((response) => (response.ok ? (response.json() as Promise<NameEntry[]>) : []))
    // Without the names the page still offers the browse links.
    .catch(() => []);
  const [names, shown] = await Promise.all([entityNames, entityCards]);
  const shownPaths = new Set(shown.map(({ url }) => new URL(url, location.origin).pathname));
  return closestEntities(term, names).filter(({ href }) => !shownPaths.has(href));
}

/** Fetches what the cards of a search show and shows them, unless a newer search has begun meanwhile. */
async function showFound(
  searchId: number,
  asked: SearchState,
  reports: PagefindSearch,
  entities: PagefindResult[],
  pagefind: PagefindApi,
) {
  const term = searchTerm(asked);
  const entityData = Promise.all(entities.slice(0, ENTITY_LIMIT).map((result) => result.data()));
  const [cards, entityCards, suggestions] = await Promise.all([
    Promise.all(reports.results.slice(0, RESULTS_PAGE_SIZE).map((result) => result.data())),
    entityData,
    term && reports.results.length === 0 ? suggestionsFor(term, entityData) : [],
  ]);
  if (!isCurrent(searchState.get(), searchId)) return;
  // Said of the words searched: while the reader types, an earlier search can still be the one shown.
  show(searchId, {
    term,
    status: searchSummary(reports.results.length, term),
    reports: reports.results,
    cards,
    entities: entityCards,
    suggestions,
  });
  if (searchState.get().facetTotals) void updateCounts(pagefind, asked, term, reports.filters);
}

function show(searchId: number, found: Found): void {
  update(withFound, searchId, found);
  update(withCountsStale, found.term);
  performance.mark('search:rendered');
}

/**
 * Counts beside each filter option: how many reports it would give with the other facets' choices, so the
 * numbers match what ticking it shows (OR within a facet, AND across facets). A facet with nothing ticked
 * takes its counts from the search just shown; only a facet with ticks needs a search without its own.
 */
async function updateCounts(pagefind: PagefindApi, asked: SearchState, term: string | null, shown: FilterCounts) {
  const perFacet = await Promise.all(
    SEARCH_FACETS.map(async ({ key }) => {
      if (!asked.filters[key]?.length) return [key, shown[key] ?? {}] as const;
      // Only reports have the facets: no section filter is needed (each filter costs Pagefind time).
      const result = await pagefind.search(term, { filters: pagefindFilters(asked.filters, key) });
      return [key, result?.filters?.[key] ?? {}] as const;
    }),
  );
  update(withCounts, Object.fromEntries(perFacet));
}

function recordInAddress(): void {
  const state = searchState.get();
  const query = writeSearchState(state.asked).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  const now = performance.now();
  history[historyEntry(state, now)](null, '', url);
  update(withAddressChanged, now);
}
