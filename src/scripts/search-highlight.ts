import { MAX_HIGHLIGHT_LENGTH, SEARCH_HIGHLIGHT_PARAM } from '../lib/search-highlight.ts';
import { SEARCH_BUNDLE, withBase } from '../lib/urls.ts';

/**
 * Marks the search terms on a page reached from a search result (`?highlight=…`). Pagefind's highlighter (~45 KB)
 * is fetched only then, so ordinary visits load nothing.
 */
export async function highlightSearchTerms(): Promise<void> {
  const url = new URL(location.href);
  const terms = url.searchParams.getAll(SEARCH_HIGHLIGHT_PARAM);
  if (terms.length === 0) return;
  // Pagefind reads every such parameter from the address itself, so over-long input is cut there first: to its
  // first code points (the u flag never cuts a character outside the Basic Multilingual Plane in half). Not
  // firstCodePoints (text-caps.ts): the search page's script imports that too, and a module two scripts share
  // becomes a file of its own, one more request on every report page.
  const capped = terms.join(' ').match(new RegExp(`^[\\s\\S]{0,${MAX_HIGHLIGHT_LENGTH}}`, 'u'))![0];
  if (terms.length > 1 || capped !== terms[0]) {
    url.searchParams.set(SEARCH_HIGHLIGHT_PARAM, capped);
    history.replaceState(history.state, '', url);
  }
  const bundle = withBase(import.meta.env.BASE_URL, `${SEARCH_BUNDLE}pagefind-highlight.js`);
  await import(/* @vite-ignore */ bundle);
  const { PagefindHighlight } = window as unknown as {
    PagefindHighlight: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
  };
  // Its own <style> element would be refused by the Content-Security-Policy; global.css styles the marks.
  new PagefindHighlight({ highlightParam: SEARCH_HIGHLIGHT_PARAM, addStyles: false });
  // A result that knew its paragraph linked to it (#p-N); otherwise bring the first match in the report into view.
  const firstMatch = document.querySelector('.article__body mark.pagefind-highlight');
  if (!location.hash && firstMatch) firstMatch.scrollIntoView({ block: 'center' });
}
