import { MAX_HIGHLIGHT_LENGTH, SEARCH_HIGHLIGHT_PARAM } from '../lib/search-highlight.ts';
import { SEARCH_BUNDLE, withBase } from '../lib/urls.ts';

/**
 * Marks the search terms on a page reached from a search result (`?highlight=…`, a parameter a term). Pagefind's
 * highlighter (~45 KB) is fetched only then, so ordinary visits load nothing.
 */
export async function highlightSearchTerms(): Promise<void> {
  const terms = new URLSearchParams(location.search).getAll(SEARCH_HIGHLIGHT_PARAM);
  // Terms longer together than any query the search page sends (a crafted link) are not marked: Pagefind's
  // highlighter builds a pattern of each, and a very long one makes it throw.
  if (terms.length === 0 || [...terms.join(' ')].length > MAX_HIGHLIGHT_LENGTH) return;
  const bundle = withBase(import.meta.env.BASE_URL, `${SEARCH_BUNDLE}pagefind-highlight.js`);
  await import(/* @vite-ignore */ bundle);
  const { PagefindHighlight } = window as unknown as {
    PagefindHighlight: new (options: { highlightParam: string; addStyles: boolean; markOptions: object }) => unknown;
  };
  // Whole words, as the search matched them ("Sea" not inside "ASEAN"), where the report's language puts spaces
  // between words; any run of letters where it does not (Japanese, Thai). Its own <style> element would be refused
  // by the Content-Security-Policy; global.css styles the marks.
  const unspaced = /^(ja|zh|th|lo|km|my)/.test(document.querySelector<HTMLElement>('.article__body')!.lang);
  new PagefindHighlight({
    highlightParam: SEARCH_HIGHLIGHT_PARAM,
    addStyles: false,
    markOptions: {
      className: 'pagefind-highlight',
      accuracy: unspaced ? 'partially' : { value: 'exactly', limiters: [...`.,;:!?()"'‘’“”-–—/`] },
    },
  });
  // A result that knew its paragraph linked to it (#p-N); otherwise bring the first match in the report into view.
  const firstMatch = document.querySelector('.article__body mark.pagefind-highlight');
  if (!location.hash && firstMatch) firstMatch.scrollIntoView({ block: 'center' });
}
