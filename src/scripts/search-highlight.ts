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
  // Pagefind marks each such parameter as a phrase of its own, read from the address itself, so over-long input is
  // cut there first: the terms kept whole up to their first code points in all (the u flag never cuts a character
  // outside the Basic Multilingual Plane in half). Not firstCodePoints (text-caps.ts): the search page's script
  // imports that too, and a module two scripts share becomes a file of its own, one more request on every report page.
  let room = MAX_HIGHLIGHT_LENGTH;
  const capped = terms
    .map((term) => {
      const kept = term.match(new RegExp(`^[\\s\\S]{0,${Math.max(room, 0)}}`, 'u'))![0];
      room -= [...kept].length + 1;
      return kept;
    })
    .filter(Boolean);
  if (capped.length !== terms.length || capped.some((term, index) => term !== terms[index])) {
    url.searchParams.delete(SEARCH_HIGHLIGHT_PARAM);
    for (const term of capped) url.searchParams.append(SEARCH_HIGHLIGHT_PARAM, term);
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
