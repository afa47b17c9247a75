/**
 * The search page: Pagefind's own index and search engine (its JavaScript API), with result cards of the
 * archive's own. Pagefind's Component UI lists one kind of result, builds each card from its own template
 * and fetches a result's data only as it scrolls into view; the archive needs two groups from one query
 * (people and subjects apart from reports), the paragraph a match is in, and cards whose space is known
 * before they arrive. The query, ticked filters and sort live in the address, so a search can be shared
 * and Back works.
 */
import {
  EXCERPT_WORDS,
  facetOptionOrder,
  NEW_ENTRY_AFTER_MS,
  pagefindFilters,
  paragraphOfMatch,
  parseSort,
  readSearchState,
  RESULTS_PAGE_SIZE,
  SEARCH_FACETS,
  SEARCH_SECTION_FILTER,
  SEARCH_SORTS,
  searchesAtOnce,
  SHORT_QUERY_PAUSE_MS,
  writeSearchState,
  type FacetKey,
  type SearchSection,
  type SearchState,
} from '../lib/search-terms.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  anchors: { id: string; location: number }[];
  locations: number[];
}

interface PagefindResult {
  /** The page's id in the index, the same in every search. */
  id: string;
  data(): Promise<PagefindResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

type FilterCounts = Record<string, Record<string, number>>;

interface PagefindApi {
  init(): Promise<void>;
  preload(term: string, options?: object): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: { filters?: object; sort?: object }): Promise<PagefindSearch | null>;
}

interface PagefindModule {
  createInstance(options: { basePath: string; baseUrl: string; excerptLength: number; noWorker?: boolean }): PagefindApi;
}

/** People, topics and glossary entries shown above the reports. */
const ENTITY_LIMIT = 6;

const ENTITY_KIND_LABELS: Record<SearchSection, string> = {
  report: 'Report',
  person: 'Person',
  topic: 'Topic',
  glossary: 'Abbreviation',
};

const facetLabel = (key: FacetKey) => SEARCH_FACETS.find((facet) => facet.key === key)!.label;

export async function startSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const filterPanel = document.querySelector<HTMLElement>('[data-search-filters]');
  const sortSelect = document.querySelector<HTMLSelectElement>('[data-search-sort]');
  if (!root || !form || !input || !filterPanel || !sortSelect) return;
  const element = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const ui = {
    status: element('[data-search-status]'),
    hits: element('#search-hits'),
    chips: element('[data-search-chips]'),
    chipList: element('[data-chip-list]'),
    clear: element<HTMLButtonElement>('[data-clear-filters]'),
    entityGroup: element('[data-entity-group]'),
    entityList: element('[data-entity-list]'),
    reportsHeading: element('[data-reports-heading]'),
    results: element('[data-result-list]'),
    more: element<HTMLButtonElement>('[data-more-results]'),
    filtersToggle: element<HTMLButtonElement>('[data-filters-toggle]'),
    filtersCount: element('[data-filters-count]'),
  };
  const highlightParam = root.dataset.highlightParam ?? 'highlight';

  // Pagefind starts as the page loads, not at the first keystroke: the reports' index and the entities'. One copy
  // of Pagefind's script serves both (the reports' bundle's; both bundles are written by the same Pagefind), each
  // index an instance of it. The reports' searches run in Pagefind's worker; the entities' index is small enough
  // to search on the page, which spares a second worker and keeps the reports' worker to the reports.
  const pagefindModule = import(/* @vite-ignore */ `${root.dataset.bundlePath}pagefind.js`) as Promise<PagefindModule>;
  const pagefindReady = startPagefind(pagefindModule, { basePath: root.dataset.bundlePath! });
  const entityPagefindReady = startPagefind(pagefindModule, { basePath: root.dataset.entityBundlePath!, noWorker: true });

  let state = readSearchState(new URLSearchParams(location.search));
  // A reader quick enough to type before this ran keeps what they typed.
  if (input.value && !state.query) state = { ...state, query: input.value };
  let lastEntryAt = 0;
  /**
   * Pagefind's filter index (every value of every facet, with its reports) is loaded only once the reader turns
   * to the filters. Once loaded, Pagefind counts every facet's values over every result of every search: at
   * 10,000 reports that took a search from about 0.1 s to over 1 s. Until then the options show no counts for
   * a query (the counts written into the page are for the whole archive), and the long facets get their options.
   */
  let filterIndexLoaded = false;
  let filterIndex: Promise<void> | undefined;
  let archiveCounts: FilterCounts = {};
  const useFilterIndex = () =>
    (filterIndex ??= pagefindReady.then(async (pagefind) => {
      archiveCounts = await pagefind.filters();
      addDeferredOptions(filterPanel, archiveCounts);
      filterIndexLoaded = true;
      showStateInControls();
      await searchSoon();
    }));
  let searchNumber = 0;
  let shownReports: PagefindResult[] = [];
  let shownCount = 0;
  /** What the cards on the page show: the words, the status and the addresses of the results. */
  let shownResults = '';

  const showStateInControls = () => {
    if (input.value !== state.query) input.value = state.query;
    for (const box of filterPanel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
    }
    sortSelect.value = state.sort;
    showActiveFilters();
  };

  const showActiveFilters = () => {
    const active = SEARCH_FACETS.flatMap(({ key }) => (state.filters[key] ?? []).map((value) => ({ key, value })));
    ui.chipList.replaceChildren(
      ...active.map(({ key, value }) => {
        const chip = Object.assign(document.createElement('button'), { type: 'button', className: 'search__chip' });
        chip.append(
          Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: 'Remove filter ' }),
          `${facetLabel(key)}: ${value}`,
          Object.assign(document.createElement('span'), { className: 'search__chip-x', textContent: '×', ariaHidden: 'true' }),
        );
        chip.addEventListener('click', () => {
          const left = (state.filters[key] ?? []).filter((ticked) => ticked !== value);
          const filters = { ...state.filters };
          if (left.length > 0) filters[key] = left;
          else delete filters[key];
          applyChange({ filters });
          showStateInControls();
          // The chip is gone: keep the reader's place in the chip row.
          (ui.chipList.querySelector('button') ?? input).focus();
        });
        const item = document.createElement('li');
        item.append(chip);
        return item;
      }),
    );
    ui.chips.hidden = active.length === 0;
    ui.filtersCount.textContent = active.length > 0 ? String(active.length) : '';
    ui.filtersToggle.setAttribute('aria-label', active.length > 0 ? `Filters, ${active.length} on` : 'Filters');
    // A facet folded away must not hide what is ticked in it.
    for (const facet of filterPanel.querySelectorAll('details')) {
      if (facet.querySelector('input:checked')) facet.open = true;
    }
  };

  /**
   * Searches both indexes for what the page's state asks. Resolves once Pagefind has answered, with the showing of
   * the results still under way, so the next search need not wait for this one's result data.
   */
  const search = async (): Promise<{ shown: Promise<void> } | undefined> => {
    const number = ++searchNumber;
    const asked = searchAsked(state);
    const term = state.query.trim() || null;
    const facets = pagefindFilters(state.filters);
    if (!term && Object.keys(facets).length === 0) {
      // Nothing asked yet. Listing every report here kept Pagefind busy for 0.6 s at 10,000 reports, and the
      // reader's first word waited behind it; the Articles page lists them all.
      showResults({ term, reports: [], reportData: [], entityData: [], status: 'Type to search' });
      if (filterIndexLoaded) void updateCounts(await pagefindReady, state, null, archiveCounts, filterPanel);
      filterPanel.toggleAttribute('data-counts-stale', false);
      return;
    }
    const [pagefind, entityPagefind] = await Promise.all([pagefindReady, entityPagefindReady]);
    // The reports' index holds only reports, so a query is searched unfiltered (a filter costs Pagefind time in
    // proportion to the results it keeps). People, topics and glossary entries are searched at once in their own
    // small index.
    const [reports, entities] = await Promise.all([
      pagefind.search(term, { filters: facets, ...(SEARCH_SORTS[state.sort] && { sort: SEARCH_SORTS[state.sort] }) }),
      term ? entityPagefind.search(term) : null,
    ]);
    // Overtaken: by a newer search, by a search waiting for this one to end, or by what the reader asked since
    // (typed on, ticked). Their results are the ones to show, and fetching these results' data would hold them up.
    if (number !== searchNumber || searchWaiting || searchAsked(state) !== asked || !reports) return;
    return { shown: showFound(number, term, reports, entities?.results ?? [], pagefind) };
  };

  /** Fetches what the cards of a search show and shows them, unless a newer search has begun meanwhile. */
  const showFound = async (
    number: number,
    term: string | null,
    reports: PagefindSearch,
    entities: PagefindResult[],
    pagefind: PagefindApi,
  ) => {
    const [reportData, entityData] = await Promise.all([
      Promise.all(reports.results.slice(0, RESULTS_PAGE_SIZE).map((result) => result.data())),
      Promise.all(entities.slice(0, ENTITY_LIMIT).map((result) => result.data())),
    ]);
    if (number !== searchNumber) return;
    // Said of the words searched: while the reader types, an earlier search can still be the one shown.
    showResults({ term, reports: reports.results, reportData, entityData, status: summary(reports.results.length, term ?? '') });
    if (filterIndexLoaded) void updateCounts(pagefind, state, term, reports.filters, filterPanel);
    // Without the filter index the counts written into the page hold for the whole archive, not for a query.
    filterPanel.toggleAttribute('data-counts-stale', !filterIndexLoaded && Boolean(term));
  };

  /** Shows a search's results; `term` is the words it searched, which the reader may have typed on from. */
  const showResults = ({
    term,
    reports,
    reportData,
    entityData,
    status,
  }: {
    term: string | null;
    reports: PagefindResult[];
    reportData: PagefindResultData[];
    entityData: PagefindResultData[];
    status: string;
  }) => {
    shownReports = reports;
    // The same results again (the search that follows loading the filter index, for its counts) leave the cards
    // as they are: replacing them would move the reader's focus and the cards shown by "Show more".
    const shown = JSON.stringify([term, status, reportData.map(({ url }) => url), entityData.map(({ url }) => url)]);
    if (shown !== shownResults) {
      shownResults = shown;
      shownCount = reportData.length;
      ui.results.replaceChildren(...reportData.map((data) => reportCard(data, term, highlightParam)));
      ui.entityList.replaceChildren(...entityData.map(entityCard));
      ui.entityGroup.hidden = entityData.length === 0;
      // Named for screen readers always; shown only when it has another group to stand apart from.
      ui.reportsHeading.classList.toggle('visually-hidden', entityData.length === 0);
      ui.status.textContent = status;
    }
    ui.more.hidden = shownCount >= shownReports.length;
    root.dataset.searchReady = '';
    performance.mark('search:rendered');
  };

  /**
   * Searches as the reader types without a fixed pause (from a last word's third letter: `searchesAtOnce`): one
   * search of the indexes at a time (Pagefind cannot cancel one), and while one runs only the newest query waits
   * to follow it, so the results after the last keystroke come as soon as they can.
   */
  let searching = false;
  let searchWaiting = false;
  const searchSoon = async () => {
    if (searching) {
      searchWaiting = true;
      return;
    }
    searching = true;
    let found: Awaited<ReturnType<typeof search>>;
    try {
      found = await search();
    } finally {
      searching = false;
      if (searchWaiting) {
        searchWaiting = false;
        void searchSoon();
      }
    }
    await found?.shown;
  };

  let pause: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    const words = state.query.trim();
    state = { ...state, query: input.value };
    recordInUrl();
    // A space typed between words changes nothing to search.
    if (input.value.trim() === words) return;
    clearTimeout(pause);
    if (!searchesAtOnce(input.value)) {
      // Words waiting to follow a running search are out of date now; these are searched when typing pauses.
      searchWaiting = false;
      pause = setTimeout(() => void searchSoon(), SHORT_QUERY_PAUSE_MS);
      return;
    }
    // Fetch the index chunks for the words typed so far, even while an earlier search still runs.
    for (const ready of [pagefindReady, entityPagefindReady]) void ready.then((pagefind) => pagefind.preload(input.value.trim()));
    void searchSoon();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(pause);
    void searchSoon();
  });

  // The first Tab from the box reaches this link; it and ArrowDown go straight to the results.
  const focusResults = () => (ui.hits.querySelector<HTMLElement>('a') ?? ui.hits).focus();
  root.ownerDocument.querySelector('[data-skip-to-results]')?.addEventListener('click', (event) => {
    event.preventDefault();
    ui.hits.focus();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusResults();
    }
  });

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
    if (Object.keys(state.filters).length > 0) void useFilterIndex();
    lastEntryAt = 0;
    recordInUrl();
    showActiveFilters();
    void searchSoon();
  };

  filterPanel.addEventListener('change', () => {
    const filters: SearchState['filters'] = {};
    for (const { key } of SEARCH_FACETS) {
      const ticked = [...filterPanel.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map((box) => box.value);
      if (ticked.length > 0) filters[key] = ticked;
    }
    applyChange({ filters });
  });

  ui.clear.addEventListener('click', () => {
    applyChange({ filters: {} });
    showStateInControls();
    input.focus();
  });

  ui.filtersToggle.addEventListener('click', () => {
    const open = ui.filtersToggle.getAttribute('aria-expanded') !== 'true';
    ui.filtersToggle.setAttribute('aria-expanded', String(open));
  });

  sortSelect.addEventListener('change', () => applyChange({ sort: parseSort(sortSelect.value) }));

  ui.more.addEventListener('click', async () => {
    const next = shownReports.slice(shownCount, shownCount + RESULTS_PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    const cards = data.map((item) => reportCard(item, state.query.trim() || null, highlightParam));
    ui.results.append(...cards);
    shownCount += data.length;
    ui.more.hidden = shownCount >= shownReports.length;
    cards[0]?.querySelector('a')?.focus();
  });

  window.addEventListener('popstate', () => {
    state = readSearchState(new URLSearchParams(location.search));
    showStateInControls();
    void searchSoon();
  });

  // The reader reaching for the filters loads their index: opening or entering the panel, or a facet.
  filterPanel.addEventListener('focusin', useFilterIndex);
  filterPanel.addEventListener('pointerenter', useFilterIndex);
  filterPanel.addEventListener('toggle', useFilterIndex, true);
  ui.filtersToggle.addEventListener('click', useFilterIndex);

  showStateInControls();
  await searchSoon();
  if (Object.keys(state.filters).length > 0) await useFilterIndex();
}

/** The options of the facets written folded, from Pagefind's filter index; topics filed under their kind. */
function addDeferredOptions(panel: HTMLElement, totals: FilterCounts) {
  const template = panel.querySelector<HTMLTemplateElement>('template[data-filter-option]');
  if (!template) return;
  const kindOfTopic = JSON.parse(panel.dataset.topicKinds ?? '{}') as Record<string, string>;
  for (const facet of panel.querySelectorAll<HTMLElement>('[data-facet-deferred]')) {
    const key = facet.dataset.facet as FacetKey;
    const lists = facet.querySelectorAll<HTMLElement>('[data-facet-options]');
    for (const value of facetOptionOrder(key, Object.keys(totals[key] ?? {}))) {
      const option = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
      Object.assign(option.querySelector('input')!, { name: key, value });
      option.querySelector('.search-filters__value')!.textContent = value;
      const counter = option.querySelector<HTMLElement>('[data-count-value]')!;
      Object.assign(counter, { textContent: String(totals[key]![value]) });
      counter.dataset.countValue = value;
      const kindList = facet.querySelector(`[data-topic-kind="${kindOfTopic[value]}"] [data-facet-options]`);
      (kindList ?? lists[0])?.append(option);
    }
  }
}

async function startPagefind(
  pagefindModule: Promise<PagefindModule>,
  bundle: { basePath: string; noWorker?: boolean },
): Promise<PagefindApi> {
  const pagefind = (await pagefindModule).createInstance({
    ...bundle,
    baseUrl: import.meta.env.BASE_URL,
    excerptLength: EXCERPT_WORDS,
  });
  await pagefind.init();
  performance.mark('search:pagefind-ready');
  return pagefind;
}

/** What a state asks the indexes: two states that ask the same give the same results. */
function searchAsked(state: SearchState): string {
  return writeSearchState({ ...state, query: state.query.trim() }).toString();
}

function summary(count: number, query: string): string {
  const reports = `${count} ${count === 1 ? 'report' : 'reports'}`;
  if (!query) return count === 0 ? 'No reports with these filters' : reports;
  return count === 0 ? `No reports for “${query}”` : `${reports} for “${query}”`;
}

/** Pagefind's excerpt as text with its <mark>s, and nothing else: no markup from the index reaches the page. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) =>
    node.nodeName === 'MARK'
      ? Object.assign(document.createElement('mark'), { textContent: node.textContent })
      : document.createTextNode(node.textContent ?? ''),
  );
}

function resultLink(data: PagefindResultData, term: string | null, highlightParam: string): string {
  const url = new URL(data.url, location.origin);
  for (const word of term?.split(/\s+/).filter(Boolean) ?? []) url.searchParams.append(highlightParam, word);
  const paragraph = term ? paragraphOfMatch(data.anchors, data.locations) : undefined;
  if (paragraph) url.hash = paragraph;
  return `${url.pathname}${url.search}${url.hash}`;
}

function reportCard(data: PagefindResultData, term: string | null, highlightParam: string): HTMLLIElement {
  const card = Object.assign(document.createElement('li'), { className: 'result' });
  const title = Object.assign(document.createElement('h3'), { className: 'result__title' });
  if (data.meta.headlineSupplied) title.classList.add('result__title--supplied');
  title.append(
    Object.assign(document.createElement('a'), {
      href: resultLink(data, term, highlightParam),
      textContent: data.meta.title ?? data.url,
    }),
  );
  const facts = [data.meta.meeting, data.meta.meetingDate, data.meta.publisher].filter(Boolean).join(' · ');
  const factsLine = Object.assign(document.createElement('p'), { className: 'result__facts', textContent: facts });
  card.append(title, factsLine);
  if (data.excerpt) {
    const excerpt = Object.assign(document.createElement('p'), { className: 'result__excerpt' });
    excerpt.append(...excerptNodes(data.excerpt));
    card.append(excerpt);
  }
  return card;
}

function entityCard(data: PagefindResultData): HTMLLIElement {
  const card = Object.assign(document.createElement('li'), { className: 'result result--entity' });
  const section = data.filters[SEARCH_SECTION_FILTER]?.[0] as SearchSection | undefined;
  const kind = Object.assign(document.createElement('p'), {
    className: 'result__kind',
    textContent: ENTITY_KIND_LABELS[section ?? 'report'],
  });
  const title = Object.assign(document.createElement('h3'), { className: 'result__title' });
  title.append(
    Object.assign(document.createElement('a'), {
      href: new URL(data.url, location.origin).pathname,
      textContent: data.meta.title ?? data.url,
    }),
  );
  card.append(kind, title);
  if (data.meta.description) {
    card.append(Object.assign(document.createElement('p'), { className: 'result__facts', textContent: data.meta.description }));
  }
  return card;
}

/**
 * Counts beside each filter option: how many reports it would give with the other facets' choices, so the
 * numbers match what ticking it shows (OR within a facet, AND across facets). A facet with nothing ticked
 * takes its counts from the search just shown; only a facet with ticks needs a search without its own.
 * An option that would give none is disabled, unless it is ticked (it must stay removable).
 */
async function updateCounts(
  pagefind: PagefindApi,
  state: SearchState,
  term: string | null,
  shown: FilterCounts,
  panel: HTMLElement,
) {
  const perFacet = await Promise.all(
    SEARCH_FACETS.map(async ({ key }) => {
      if (!state.filters[key]?.length) return [key, shown[key] ?? {}] as const;
      // The reports' index holds only reports: no section filter is needed (each filter costs Pagefind time).
      const result = await pagefind.search(term, { filters: pagefindFilters(state.filters, key) });
      return [key, result?.filters?.[key] ?? {}] as const;
    }),
  );
  for (const [key, values] of perFacet) {
    for (const counter of panel.querySelectorAll<HTMLElement>(`[data-facet="${key}"] [data-count-value]`)) {
      const count = values[counter.dataset.countValue!] ?? 0;
      counter.textContent = String(count);
      const box = counter.parentElement?.querySelector('input');
      if (box) box.disabled = count === 0 && !box.checked;
    }
  }
}
