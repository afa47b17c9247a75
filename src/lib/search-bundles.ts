/**
 * What the search page's script fetches besides the page: the route (`searchPage`) writes it, the page carries it in
 * one data attribute and the script (`startSearch`) reads it back.
 */
export interface SearchBundles {
  /** Where Pagefind's indexes are: the reports', and the people, topic and glossary pages'. */
  bundlePath: string;
  entityBundlePath: string;
  /** Pagefind's script, in the reports' bundle: the page preloads it from its head, before its own scripts ask for it. */
  scriptPath: string;
  /**
   * The reports' index holds one index per language (Pagefind indexes each report in its own language); Pagefind
   * loads the one of the page's language (English) or, with no English report, the largest, and these are the
   * others, which the page's script merges into its searches (`otherIndexLanguages`).
   */
  otherLanguages: string[];
  /** The names of the people, topics and glossary entries, fetched when a search finds nothing (`searchNameEntries`). */
  namesPath: string;
  /** The reports' date order, in the reports' bundle, fetched for the first search sorted by date (`src/lib/search-date-order.ts`). */
  dateOrderPath: string;
}
