/**
 * The URL parameter that carries the search terms to a result page, for highlighting.
 * A module of its own, so the article pages' loader does not pull in the search page's code.
 */
export const SEARCH_HIGHLIGHT_PARAM = 'highlight';

/**
 * Most code points of highlight terms a report's page marks, all terms together; longer (a crafted link), it marks
 * none. Pagefind's highlighter builds a pattern from each term, and a very long one makes it throw; search queries
 * are capped at this length anyway.
 */
export const MAX_HIGHLIGHT_LENGTH = 200;
