import { ENTITY_INDEX_LANGUAGE } from './search-terms.ts';
import { jsonForScript } from './structured-data.ts';

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

/**
 * The search page's first script, inline in its head: it starts Pagefind as the head is read, not once the page's
 * own modules (and the module they share, which the page cannot preload) have arrived and run, so Pagefind's worker,
 * WebAssembly and metadata come a round trip sooner. One instance, in Pagefind's worker, of the reports' bundle (its
 * script, worker and WebAssembly), into which the reports' other languages and the entities' index are merged: a
 * merged index loads no WebAssembly of its own, where an instance of its own would fetch and compile Pagefind's
 * again. The reports' other languages are the same bundle's, named by its full address (Pagefind skips a merge whose
 * address starts its own, taking it for the same index); each is searched with its language's word segmentation.
 * It leaves the instance, once ready, as `window.archivePagefind` (`src/scripts/pagefind-api.ts`) for the page's
 * scripts. The page's policy allows the script by the hash of this text.
 */
export function pagefindStartScript(
  { bundlePath, entityBundlePath, scriptPath, otherLanguages }: SearchBundles,
  options: { baseUrl: string; excerptLength: number },
): string {
  const merged = [...otherLanguages.map((language) => [bundlePath, language]), [entityBundlePath, ENTITY_INDEX_LANGUAGE]];
  return (
    'window.archivePagefind=(async([script,basePath,merged,options])=>{' +
    'const pagefind=(await import(script)).createInstance({basePath,...options});' +
    'await pagefind.init();' +
    'await Promise.all(merged.map(([index,language])=>pagefind.mergeIndex(new URL(index,location.href).href,{language,...options})));' +
    'performance.mark("search:pagefind-ready");' +
    `return pagefind})(${jsonForScript([scriptPath, bundlePath, merged, options])})`
  );
}
