import { MAX_HIGHLIGHT_LENGTH, SEARCH_HIGHLIGHT_PARAM } from '../lib/search-highlight.ts';
import { firstCodePoints } from '../lib/text-caps.ts';
import { SEARCH_BUNDLE, withBase } from '../lib/urls.ts';

/**
 * Marks the search terms on a page reached from a search result (`?highlight=…`). Pagefind's highlighter (~45 KB)
 * is fetched only then, so ordinary visits load nothing.
 */
export async function highlightSearchTerms(): Promise<void> {
  const url = new URL(location.href);
  const terms = url.searchParams.getAll(SEARCH_HIGHLIGHT_PARAM);
  if (terms.length === 0) return;
  // Pagefind reads every such parameter from the address itself, so over-long input is cut there first.
  const capped = firstCodePoints(terms.join(' '), MAX_HIGHLIGHT_LENGTH);
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
