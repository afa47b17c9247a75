import { describe, expect, it } from 'vitest';
import { NEW_ENTRY_AFTER_MS, RESULTS_PAGE_SIZE } from '../../src/lib/search-terms.ts';
import type { PagefindResult, PagefindResultData } from '../../src/scripts/pagefind-api.ts';
import {
  activeFilters,
  asksNothing,
  asksSame,
  beginSearch,
  createStore,
  fromAddress,
  hasMore,
  historyEntry,
  initialState,
  isCurrent,
  isOvertaken,
  nextPage,
  requestSearch,
  searchEnded,
  searchAnnouncement,
  searchSummary,
  withAddressChanged,
  withCountsStale,
  withFilter,
  withFilterIndex,
  withFound,
  foundNothing,
  withMoreCards,
  withoutFilters,
  withQuery,
  withSort,
  type Found,
  type SearchPageState,
} from '../../src/scripts/search-state.ts';

const stateOf = (address: string): SearchPageState => initialState(new URLSearchParams(address));

const data = (url: string): PagefindResultData => ({
  url,
  content: '',
  raw_content: '',
  plain_excerpt: '',
  excerpt: '',
  meta: {},
  filters: {},
  anchors: [],
  locations: [],
});
const result = (id: string): PagefindResult => ({ id, data: async () => data(`/articles/${id}/`) });
const reports = (count: number, prefix = 'r') => Array.from({ length: count }, (_, index) => result(`${prefix}${index}`));

/** What a search found, with its first page of cards. */
function found(term: string | null, results: PagefindResult[]): Found {
  const cards = results.slice(0, RESULTS_PAGE_SIZE).map(({ id }) => data(`/articles/${id}/`));
  return { term, status: searchSummary(results.length, term), reports: results, cards, entities: [], suggestions: [] };
}

describe('the state from and to the address', () => {
  it('starts from what the address asks, with nothing found and nothing running', () => {
    const state = stateOf('q=vaccine&topic=Myanmar&sort=newest');
    expect(state.asked).toEqual({ query: 'vaccine', filters: { topic: ['Myanmar'] }, sort: 'newest' });
    expect(state.found.reports).toEqual([]);
    expect(state.running || state.waiting).toBe(false);
  });

  it('takes the address again on Back, keeping what was found', () => {
    const shown = withFound(stateOf('q=ASEAN'), 1, found('ASEAN', reports(2)));
    const back = fromAddress(shown, new URLSearchParams('q=Myanmar'));
    expect(back.asked.query).toBe('Myanmar');
    expect(back.found).toBe(shown.found);
  });
});

describe('what the reader asks', () => {
  it('keeps the typed query as typed, spaces and all, with the filters and sort unchanged', () => {
    const state = withQuery(stateOf('topic=Myanmar&sort=oldest'), ' Myanmar  ');
    expect(state.asked).toEqual({ query: ' Myanmar  ', filters: { topic: ['Myanmar'] }, sort: 'oldest' });
  });

  it('ticks and unticks values, dropping a facet left empty', () => {
    let state = withFilter(stateOf('q=ASEAN'), 'topic', 'Myanmar', true);
    state = withFilter(state, 'topic', 'Korean Peninsula', true);
    state = withFilter(state, 'year', '2020', true);
    expect(state.asked.filters).toEqual({ topic: ['Myanmar', 'Korean Peninsula'], year: ['2020'] });
    state = withFilter(withFilter(state, 'topic', 'Myanmar', false), 'year', '2020', false);
    expect(state.asked.filters).toEqual({ topic: ['Korean Peninsula'] });
  });

  it('ticks a value once however often it is ticked', () => {
    const state = withFilter(withFilter(stateOf(''), 'year', '2021', true), 'year', '2021', true);
    expect(state.asked.filters).toEqual({ year: ['2021'] });
  });

  it('clears every filter and sets the sort, leaving the query', () => {
    const state = withSort(withoutFilters(stateOf('q=ASEAN&topic=Myanmar&year=2021')), 'newest');
    expect(state.asked).toEqual({ query: 'ASEAN', filters: {}, sort: 'newest' });
  });

  it("lists the ticked values as chips in the facets' order, with their labels", () => {
    expect(activeFilters(stateOf('year=2020&topic=Myanmar&topic=Korean+Peninsula').asked)).toEqual([
      { key: 'topic', label: 'Topic', value: 'Myanmar' },
      { key: 'topic', label: 'Topic', value: 'Korean Peninsula' },
      { key: 'year', label: 'Year', value: '2020' },
    ]);
  });

  it('asks nothing without a word or a filter, whatever the sort', () => {
    expect(asksNothing(stateOf('q=%20%20&sort=newest').asked)).toBe(true);
    expect(asksNothing(stateOf('topic=Myanmar').asked)).toBe(false);
    expect(asksNothing(stateOf('q=ASEAN').asked)).toBe(false);
  });

  it('counts a space round the words as asking the same, a new word or tick as not', () => {
    const state = stateOf('q=East+Sea');
    expect(asksSame(state.asked, withQuery(state, 'East Sea ').asked)).toBe(true);
    expect(asksSame(state.asked, withQuery(state, 'East Seas').asked)).toBe(false);
    expect(asksSame(state.asked, withFilter(state, 'year', '2020', true).asked)).toBe(false);
  });
});

describe('history entries', () => {
  it('replaces the entry while typing, and adds one once a search has settled', () => {
    const typed = withAddressChanged(stateOf('q=Myan'), 10_000);
    expect(historyEntry(typed, 10_000 + 200)).toBe('replaceState');
    expect(historyEntry(typed, 10_000 + NEW_ENTRY_AFTER_MS + 1)).toBe('pushState');
  });

  it('gives a deliberate change (a tick, a sort, clearing) an entry of its own', () => {
    const typed = withAddressChanged(stateOf('q=ASEAN'), 10_000);
    for (const changed of [withFilter(typed, 'year', '2020', true), withSort(typed, 'oldest'), withoutFilters(typed)]) {
      expect(historyEntry(changed, 10_000 + 1)).toBe('pushState');
    }
    expect(historyEntry(withQuery(typed, 'ASEAN Japan'), 10_000 + 1)).toBe('replaceState');
  });
});

describe('one search at a time', () => {
  it('starts a search when none runs; a second ask waits, and starts once the first ends', () => {
    const first = requestSearch(stateOf('q=ASEAN'));
    expect(first.start).toBe(true);
    const second = requestSearch(first.state);
    expect(second.start).toBe(false);
    const ended = searchEnded(second.state);
    expect(ended.again).toBe(true);
    expect(ended.state.running || ended.state.waiting).toBe(false);
    expect(searchEnded(first.state).again).toBe(false);
  });

  it('numbers each search; only the newest is current', () => {
    const first = beginSearch(stateOf('q=ASEAN'));
    const second = beginSearch(first);
    expect(isCurrent(second, first.searchId)).toBe(false);
    expect(isCurrent(second, second.searchId)).toBe(true);
  });

  it('counts a search as overtaken by a newer one, by an ask waiting for it, or by words typed on', () => {
    const running = requestSearch(beginSearch(stateOf('q=Myanmar'))).state;
    const { searchId, asked } = running;
    expect(isOvertaken(running, searchId, asked)).toBe(false);
    expect(isOvertaken(withQuery(running, 'Myanmar '), searchId, asked)).toBe(false);
    expect(isOvertaken(beginSearch(running), searchId, asked)).toBe(true);
    expect(isOvertaken(requestSearch(running).state, searchId, asked)).toBe(true);
    expect(isOvertaken(withQuery(running, 'Myanmar coup'), searchId, asked)).toBe(true);
  });
});

describe('what is shown', () => {
  it('shows a new search, and keeps what is shown when a search finds the same again', () => {
    const shown = withFound(stateOf('q=ASEAN'), 1, found('ASEAN', reports(12)));
    const more = withMoreCards(shown, shown.found.reports, [data('/articles/r5/')]);
    const again = withFound(more, 2, found('ASEAN', reports(12)));
    expect(again.found).toBe(more.found);
    expect(again.shownSearchId).toBe(2);
    const other = withFound(more, 3, found('ASEAN', reports(12, 'other')));
    expect(other.found.cards).toHaveLength(RESULTS_PAGE_SIZE);
    expect(withFound(more, 4, found('Japan', reports(12))).found.term).toBe('Japan');
  });

  it('pages through the reports five at a time until none is left', () => {
    let state = withFound(stateOf('q=ASEAN'), 1, found('ASEAN', reports(12)));
    const pages: string[][] = [];
    while (hasMore(state)) {
      const page = nextPage(state);
      pages.push(page.map(({ id }) => id));
      state = withMoreCards(
        state,
        state.found.reports,
        page.map(({ id }) => data(`/articles/${id}/`)),
      );
    }
    expect(pages).toEqual([
      ['r5', 'r6', 'r7', 'r8', 'r9'],
      ['r10', 'r11'],
    ]);
    expect(state.found.cards).toHaveLength(12);
  });

  it('offers the closest names and the browse links only after words that found no report', () => {
    expect(foundNothing(found('Montegi', []))).toBe(true);
    expect(foundNothing(found('Motegi', reports(1)))).toBe(false);
    // Filters alone that match nothing are a matter of the filters, not of spelling.
    expect(foundNothing(found(null, []))).toBe(false);
    const motegi = { href: '/people/motegi-toshimitsu/', kind: 'person', name: 'Toshimitsu Motegi', matched: undefined } as const;
    const shown = withFound(stateOf('q=Montegi'), 1, { ...found('Montegi', []), suggestions: [motegi] });
    expect(withFound(shown, 2, found('Montegi', [])).found.suggestions).toEqual([]);
  });

  it('drops the cards "Show more" fetched for results no longer shown', () => {
    const shown = withFound(stateOf('q=ASEAN'), 1, found('ASEAN', reports(12)));
    const newer = withFound(shown, 2, found('Japan', reports(8, 'j')));
    expect(withMoreCards(newer, shown.found.reports, [data('/articles/r5/')])).toBe(newer);
  });

  it('marks the counts written into the page stale for a query until the filter index is loaded', () => {
    const state = stateOf('q=ASEAN');
    expect(withCountsStale(state, 'ASEAN').countsStale).toBe(true);
    expect(withCountsStale(state, null).countsStale).toBe(false);
    expect(withCountsStale(withFilterIndex(state, { year: { 2020: 1 } }), 'ASEAN').countsStale).toBe(false);
  });

  it('says how many reports were found, for which words', () => {
    expect(searchSummary(1, 'vaccine')).toBe('1 report for “vaccine”');
    expect(searchSummary(2, null)).toBe('2 reports');
    expect(searchSummary(0, 'zzz')).toBe('No reports for “zzz”');
    expect(searchSummary(0, null)).toBe('No reports with these filters');
  });

  it('announces the status, with the order of the results where it is not by relevance', () => {
    const vaccines = found('vaccine', reports(2));
    expect(searchAnnouncement({ ...stateOf('q=vaccine'), found: vaccines })).toBe('2 reports for “vaccine”');
    expect(searchAnnouncement({ ...stateOf('q=vaccine&sort=newest'), found: vaccines })).toBe(
      '2 reports for “vaccine”, newest meeting first',
    );
    expect(searchAnnouncement({ ...stateOf('q=vaccine&sort=oldest'), found: vaccines })).toBe(
      '2 reports for “vaccine”, oldest meeting first',
    );
    // Before the first search the page says nothing of an order.
    expect(searchAnnouncement(stateOf('sort=newest'))).toBe('');
  });
});

describe('the store', () => {
  it('renders a subscriber at once against an empty page, then tells it each change with the state before', () => {
    const store = createStore(stateOf('q=ASEAN'));
    const heard: [string, string][] = [];
    store.subscribe((state, previous) => heard.push([state.asked.query, previous.asked.query]));
    store.set(withQuery(store.get(), 'ASEAN Japan'));
    expect(heard).toEqual([
      ['ASEAN', ''],
      ['ASEAN Japan', 'ASEAN'],
    ]);
    expect(store.get().asked.query).toBe('ASEAN Japan');
  });
});
