/**
 * Wires Pagefind's Component UI to the address bar, the filter checkboxes and the sort menu.
 * No Pagefind UI reads `?q=` itself (Pagefind issue 819), so this module does it through the instance API.
 */
import {
  FACET_OPEN_LIMIT,
  facetOptionOrder,
  pagefindFilters,
  readSearchState,
  SEARCH_FACETS,
  SEARCH_SORTS,
  writeSearchState,
  type FacetKey,
  type SearchState,
} from '../lib/search-terms.ts';

interface PagefindSearchResult {
  results: unknown[];
  filters?: Record<string, Record<string, number>>;
}

interface PagefindApi {
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options: { filters?: object }): Promise<PagefindSearchResult | null>;
}

interface PagefindInstance {
  searchTerm: string;
  searchSort: Record<string, string>;
  faceted: boolean;
  triggerSearchWithFilters(term: string, filters: object): void;
  triggerLoad(): Promise<void>;
  on(event: 'search', callback: (term: string) => void): void;
  on(event: 'results', callback: (result: PagefindSearchResult) => void): void;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
  }
}

/** A new history entry for a search that settled; quick successive changes (typing) replace it. */
const NEW_ENTRY_AFTER_MS = 1500;

export async function startSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const filterForm = document.querySelector<HTMLElement>('[data-search-filters]');
  const sortSelect = document.querySelector<HTMLSelectElement>('[data-search-sort]');
  if (!root || !filterForm || !sortSelect) return;
  root.hidden = false;

  await customElements.whenDefined('pagefind-results');
  const instance = window.PagefindComponents!.getInstanceManager().getInstance('default');

  // The same module URL the Component UI loaded, so this shares its index rather than loading another.
  const bundlePath = document.querySelector('pagefind-config')?.getAttribute('bundle-path') ?? '/pagefind/';
  const loadPagefind = () => import(/* @vite-ignore */ `${bundlePath}pagefind.js`) as Promise<PagefindApi>;

  const queryInput = () => document.querySelector<HTMLInputElement>('pagefind-input input');
  let state = readSearchState(new URLSearchParams(location.search));
  // A reader quick enough to type before this ran keeps what they typed.
  const typedEarly = queryInput()?.value;
  if (typedEarly && !state.query) state = { ...state, query: typedEarly };
  let lastEntryAt = 0;

  const showStateInControls = () => {
    const input = queryInput();
    if (input && input.value !== state.query) input.value = state.query;
    for (const box of filterForm.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
    }
    // A facet folded away must not hide what is ticked in it.
    for (const facet of filterForm.querySelectorAll('details')) {
      if (facet.querySelector('input:checked')) facet.open = true;
    }
    sortSelect.value = state.sort;
  };

  const search = () => {
    instance.searchSort = { ...(SEARCH_SORTS[state.sort] ?? {}) };
    instance.triggerSearchWithFilters(state.query, pagefindFilters(state.filters));
  };

  const recordInUrl = () => {
    const query = writeSearchState(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    const now = performance.now();
    if (now - lastEntryAt > NEW_ENTRY_AFTER_MS) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    lastEntryAt = now;
  };

  /** A deliberate change (a tick, a sort): always its own history entry, then the search. */
  const applyChange = (change: Partial<SearchState>) => {
    state = { ...state, ...change };
    lastEntryAt = 0;
    recordInUrl();
    search();
  };

  instance.on('search', (term) => {
    if (term === state.query) return;
    state = { ...state, query: term };
    recordInUrl();
  });

  instance.on('results', () => {
    // The input re-renders itself once its translations load, losing a query set from the address.
    const input = queryInput();
    if (input && document.activeElement !== input && input.value !== state.query) input.value = state.query;
    void loadPagefind().then((pagefind) => updateCounts(pagefind, state, filterForm));
  });

  filterForm.addEventListener('change', () => {
    const filters: SearchState['filters'] = {};
    for (const { key } of SEARCH_FACETS) {
      const ticked = [...filterForm.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map((box) => box.value);
      if (ticked.length > 0) filters[key] = ticked;
    }
    applyChange({ filters });
  });

  sortSelect.addEventListener('change', () => applyChange({ sort: sortSelect.value as SearchState['sort'] }));

  window.addEventListener('popstate', () => {
    state = readSearchState(new URLSearchParams(location.search));
    showStateInControls();
    search();
  });

  // Faceted mode lists results for filters alone, without a query. It is switched on only after
  // loading: set before, the instance runs an empty search on load that overtakes the address's query.
  await instance.triggerLoad();
  instance.faceted = true;
  buildFilterOptions(filterForm, await (await loadPagefind()).filters());
  showStateInControls();
  search();
  root.dataset.searchReady = '';
}

/** One checkbox per value of each facet in Pagefind's filter index, with its count over the whole archive. */
function buildFilterOptions(container: HTMLElement, totals: Record<string, Record<string, number>>) {
  for (const { key } of SEARCH_FACETS) {
    const facet = container.querySelector<HTMLDetailsElement>(`[data-facet="${key}"]`);
    const list = facet?.querySelector('[data-facet-options]');
    if (!facet || !list) continue;
    const counts = totals[key] ?? {};
    const values = facetOptionOrder(key, Object.keys(counts));
    list.replaceChildren(
      ...values.map((value) => {
        const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: key, value });
        const name = Object.assign(document.createElement('span'), { className: 'search-filters__value', textContent: value });
        const count = Object.assign(document.createElement('span'), {
          className: 'search-filters__count',
          textContent: String(counts[value]),
        });
        count.dataset.countValue = value;
        const label = Object.assign(document.createElement('label'), { className: 'search-filters__option' });
        label.append(box, name, count);
        const item = document.createElement('li');
        item.append(label);
        return item;
      }),
    );
    facet.hidden = values.length === 0;
    facet.open = values.length <= FACET_OPEN_LIMIT;
  }
}

/**
 * Counts beside each filter option: how many results it would give with the other facets' choices,
 * so the numbers match what ticking it shows (OR within a facet, AND across facets).
 */
async function updateCounts(pagefind: PagefindApi, state: SearchState, form: HTMLElement) {
  // Pagefind counts filter values only once its filter index is loaded.
  await pagefind.filters();
  const term = state.query.trim() ? state.query : null;
  const perFacet = await Promise.all(
    SEARCH_FACETS.map(async ({ key }) => {
      const result = await pagefind.search(term, { filters: pagefindFilters(state.filters, key) });
      return [key, result?.filters?.[key] ?? {}] as const;
    }),
  );
  for (const [key, values] of perFacet) {
    for (const counter of form.querySelectorAll<HTMLElement>(`[data-facet="${key}"] [data-count-value]`)) {
      counter.textContent = String(values[counter.dataset.countValue!] ?? 0);
    }
  }
}
