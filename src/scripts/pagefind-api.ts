/** The part of Pagefind's JavaScript API the search page uses (types only: Pagefind's script is loaded at run time). */

export interface PagefindResultData {
  url: string;
  /** The page's indexed text, whole. */
  content: string;
  /** The same with `<` and `>` escaped, and the words Pagefind found in a text written without spaces parted by zero-width spaces. */
  raw_content: string;
  excerpt: string;
  /** The same without its marks. */
  plain_excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  anchors: { id: string; text: string; location: number }[];
  locations: number[];
}

export interface PagefindResult {
  /** The page's id in the index, the same in every search: its index's language, `_`, a hash. */
  id: string;
  data(): Promise<PagefindResultData>;
}

/** Per facet, per value: how many reports. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}

export interface PagefindApi {
  init(): Promise<void>;
  /** Adds an index to the instance's searches (another language's index, of this bundle or another), with no WebAssembly of its own. */
  mergeIndex(indexPath: string, options: { language: string; baseUrl: string; excerptLength: number }): Promise<void>;
  preload(term: string, options?: object): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: { filters?: object }): Promise<PagefindSearch | null>;
}

declare global {
  interface Window {
    /** The search page's Pagefind instance, started by the page's head (`pagefindStartScript`, src/lib/search-bundles.ts). */
    archivePagefind?: Promise<PagefindApi>;
  }
}
