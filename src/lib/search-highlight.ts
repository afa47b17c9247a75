/**
 * The URL parameter that carries the search terms to a result page, for highlighting.
 * A module of its own, so the article pages' loader does not pull in the search page's code.
 */
export const SEARCH_HIGHLIGHT_PARAM = 'highlight';
