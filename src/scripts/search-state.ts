/**
 * Everything the search page knows, in one value, and the transitions between values: pure functions of plain
 * objects (no DOM), so each can be tested alone. The page's elements subscribe to the store and render what changed;
 * the address holds `asked` (`readSearchState` / `writeSearchState`, src/lib/search-terms.ts).
 */
import {
  NEW_ENTRY_AFTER_MS,
  readSearchState,
  RESULTS_PAGE_SIZE,
  SEARCH_FACETS,
  writeSearchState,
  type FacetKey,
  type SearchSort,
  type SearchState,
} from '../lib/search-terms.ts';
import type { Suggestion } from '../lib/search-suggestions.ts';
import type { FilterCounts, PagefindResult, PagefindResultData } from './pagefind-api.ts';

/** What a shown search found, and the cards shown of it. */
export interface Found {
  /** The words it searched (the reader may have typed on since); null when it searched none. */
  term: string | null;
  status: string;
  reports: PagefindResult[];
  /** The data of the report cards shown: the first page, then each "Show more". */
  cards: PagefindResultData[];
  entities: PagefindResultData[];
  /** After a search with words that found no report: the people, topics and glossary entries closest to them. */
  suggestions: Suggestion[];
}

export interface SearchPageState {
  /** What the reader asked: the query, the ticked filters and the sort, as the address holds them. */
  asked: SearchState;
  /** The number of the newest search begun; any other search is overtaken and shows nothing. */
  searchId: number;
  /** Pagefind cannot cancel a search: one runs at a time, and only the newest ask waits to follow it. */
  running: boolean;
  waiting: boolean;
  found: Found;
  /** The search last shown, even when it found what was already shown (the cards then stay as they are). */
  shownSearchId: number;
  /** When the address last changed (performance.now()); 0 makes the next change a history entry of its own. */
  addressChangedAt: number;
  /** Every facet value's count over the archive, once Pagefind's filter index is loaded (the reader reached for it). */
  facetTotals?: FilterCounts;
  /** The filter options' counts for the search shown; undefined keeps those written into the page. */
  counts?: FilterCounts;
  /** The counts written into the page hold for the whole archive, not for the query shown. */
  countsStale: boolean;
}

/** Before the first search: the page's own markup shows its status. */
const NOTHING_FOUND: Found = { term: null, status: '', reports: [], cards: [], entities: [], suggestions: [] };

/** The page as it loads: what its address asks, nothing found yet. */
export function initialState(params: URLSearchParams): SearchPageState {
  return {
    asked: readSearchState(params),
    searchId: 0,
    running: false,
    waiting: false,
    found: NOTHING_FOUND,
    shownSearchId: 0,
    addressChangedAt: 0,
    countsStale: false,
  };
}

/** Back or Forward: the address's search replaces the reader's. */
export function fromAddress(state: SearchPageState, params: URLSearchParams): SearchPageState {
  return { ...state, asked: readSearchState(params) };
}

/** The words as typed, spaces and all (the box shows what the state holds). */
export function withQuery(state: SearchPageState, query: string): SearchPageState {
  return { ...state, asked: { ...state.asked, query } };
}

/** A tick or untick; like every deliberate change, its own history entry. */
export function withFilter(state: SearchPageState, key: FacetKey, value: string, ticked: boolean): SearchPageState {
  const others = (state.asked.filters[key] ?? []).filter((known) => known !== value);
  const values = ticked ? [...others, value] : others;
  const filters = { ...state.asked.filters };
  if (values.length > 0) filters[key] = values;
  else delete filters[key];
  return deliberate(state, { filters });
}

export function withoutFilters(state: SearchPageState): SearchPageState {
  return deliberate(state, { filters: {} });
}

export function withSort(state: SearchPageState, sort: SearchSort): SearchPageState {
  return deliberate(state, { sort });
}

function deliberate(state: SearchPageState, change: Partial<SearchState>): SearchPageState {
  return { ...state, asked: { ...state.asked, ...change }, addressChangedAt: 0 };
}

/** The ticked values as chips, in the facets' order, each with its facet's label. */
export function activeFilters(asked: SearchState): { key: FacetKey; label: string; value: string }[] {
  return SEARCH_FACETS.flatMap(({ key, label }) => (asked.filters[key] ?? []).map((value) => ({ key, label, value })));
}

export function hasFilters(asked: SearchState): boolean {
  return Object.keys(asked.filters).length > 0;
}

/** No word and no filter: nothing to search (listing every report kept Pagefind busy; the Articles page lists them). */
export function asksNothing(asked: SearchState): boolean {
  return !searchTerm(asked) && !hasFilters(asked);
}

/** The words to search, or null for none. */
export function searchTerm(asked: SearchState): string | null {
  return asked.query.trim() || null;
}

/** Two asks that give the same results (spaces round the words change nothing). */
export function asksSame(a: SearchState, b: SearchState): boolean {
  return searchKey(a) === searchKey(b);
}

function searchKey(asked: SearchState): string {
  return writeSearchState({ ...asked, query: asked.query.trim() }).toString();
}

/** How the address takes the state: a new history entry after a pause or a deliberate change, else in place. */
export function historyEntry(state: SearchPageState, now: number): 'pushState' | 'replaceState' {
  return now - state.addressChangedAt > NEW_ENTRY_AFTER_MS ? 'pushState' : 'replaceState';
}

export function withAddressChanged(state: SearchPageState, now: number): SearchPageState {
  return { ...state, addressChangedAt: now };
}

/** Asks for a search: starts one if none runs, else the newest ask waits to follow the running one. */
export function requestSearch(state: SearchPageState): { state: SearchPageState; start: boolean } {
  if (state.running) return { state: { ...state, waiting: true }, start: false };
  return { state: { ...state, running: true }, start: true };
}

/** A search has ended: the ask waiting for it, if any, starts now. */
export function searchEnded(state: SearchPageState): { state: SearchPageState; again: boolean } {
  return { state: { ...state, running: false, waiting: false }, again: state.waiting };
}

/** Words typed on while a search runs are searched once typing pauses, not after the running search. */
export function withoutWaiting(state: SearchPageState): SearchPageState {
  return { ...state, waiting: false };
}

export function beginSearch(state: SearchPageState): SearchPageState {
  return { ...state, searchId: state.searchId + 1 };
}

/** No newer search has begun since `searchId`. */
export function isCurrent(state: SearchPageState, searchId: number): boolean {
  return searchId === state.searchId;
}

/**
 * Overtaken: by a newer search, by an ask waiting for this one to end, or by what the reader asked since (typed on,
 * ticked). Their results are the ones to show, and fetching this search's result data would hold them up.
 */
export function isOvertaken(state: SearchPageState, searchId: number, asked: SearchState): boolean {
  return !isCurrent(state, searchId) || state.waiting || !asksSame(state.asked, asked);
}

/**
 * Shows what a search found. The same results again (the search that follows loading the filter index, for its
 * counts) keep the cards as they are: replacing them would move the reader's focus and the cards "Show more" added.
 */
export function withFound(state: SearchPageState, searchId: number, found: Found): SearchPageState {
  return { ...state, found: sameFound(found, state.found) ? state.found : found, shownSearchId: searchId };
}

/** Same words, status, reports (by their ids in the index), entities and suggestions. */
function sameFound(a: Found, b: Found): boolean {
  return (
    a.term === b.term &&
    a.status === b.status &&
    sameList(a.reports, b.reports, (report) => report.id) &&
    sameList(a.entities, b.entities, (entity) => entity.url) &&
    sameList(a.suggestions, b.suggestions, (suggestion) => suggestion.href)
  );
}

/** A search with words that found no report: the page offers the closest names and the browse links. */
export function foundNothing(found: Found): boolean {
  return found.term !== null && found.reports.length === 0;
}

function sameList<T>(a: T[], b: T[], idOf: (item: T) => string): boolean {
  return a.length === b.length && a.every((item, index) => idOf(item) === idOf(b[index]!));
}

/** The reports whose cards "Show more" adds next. */
export function nextPage(state: SearchPageState): PagefindResult[] {
  const shown = state.found.cards.length;
  return state.found.reports.slice(shown, shown + RESULTS_PAGE_SIZE);
}

/** Adds the cards of `nextPage`, unless another search's results were shown meanwhile. */
export function withMoreCards(state: SearchPageState, reports: PagefindResult[], cards: PagefindResultData[]): SearchPageState {
  if (reports !== state.found.reports) return state;
  return { ...state, found: { ...state.found, cards: [...state.found.cards, ...cards] } };
}

export function hasMore(state: SearchPageState): boolean {
  return state.found.cards.length < state.found.reports.length;
}

export function withFilterIndex(state: SearchPageState, facetTotals: FilterCounts): SearchPageState {
  return { ...state, facetTotals };
}

export function withCounts(state: SearchPageState, counts: FilterCounts): SearchPageState {
  return { ...state, counts };
}

/** Without the filter index the counts in the page are the archive's, which a query's results do not match. */
export function withCountsStale(state: SearchPageState, term: string | null): SearchPageState {
  return { ...state, countsStale: !state.facetTotals && Boolean(term) };
}

/** The status line, said of the words searched. */
export function searchSummary(count: number, term: string | null): string {
  const reports = `${count} ${count === 1 ? 'report' : 'reports'}`;
  if (!term) return count === 0 ? 'No reports with these filters' : reports;
  return count === 0 ? `No reports for “${term}”` : `${reports} for “${term}”`;
}

/**
 * How long the results must stay as they are before the page's live region says them: a search runs at each
 * keystroke, and a screen reader would otherwise read out every count on the way to the word (GOV.UK's accessible
 * autocomplete waits 1.4 s for the same reason).
 */
export const ANNOUNCE_PAUSE_MS = 1000;

/** The order the results are in, said after the status where it is not by relevance. */
const SORT_ANNOUNCEMENTS: Record<SearchSort, string | undefined> = {
  relevance: undefined,
  newest: 'newest meeting first',
  oldest: 'oldest meeting first',
};

/** What the live region says of the results shown: the status and, unless by relevance, their order. */
export function searchAnnouncement({ found, asked }: Pick<SearchPageState, 'found' | 'asked'>): string {
  const order = SORT_ANNOUNCEMENTS[asked.sort];
  return order && found.status ? `${found.status}, ${order}` : found.status;
}

export type Listener = (state: SearchPageState, previous: SearchPageState) => void;

/** The one place the page's state lives; each listener hears every change, with the state before it. */
export function createStore(initial: SearchPageState) {
  let state = initial;
  const listeners: Listener[] = [];
  return {
    get: () => state,
    set(next: SearchPageState) {
      const previous = state;
      state = next;
      for (const listener of listeners) listener(next, previous);
    },
    /** Renders the state now (against an empty page), then on every change. */
    subscribe(listener: Listener) {
      listeners.push(listener);
      listener(state, initialState(new URLSearchParams()));
    },
  };
}
