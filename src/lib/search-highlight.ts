/**
 * The URL parameter that carries the search terms to a result page, for highlighting.
 * A module of its own, so the article pages' loader does not pull in the search page's code.
 */
export const SEARCH_HIGHLIGHT_PARAM = 'highlight';

/**
 * Longest highlight text kept, in code points. Pagefind's highlighter builds one pattern from the whole text,
 * and a very long one (a crafted link) makes it throw; search queries are capped at this length anyway.
 */
export const MAX_HIGHLIGHT_LENGTH = 200;
