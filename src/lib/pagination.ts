/**
 * Splitting long listings into pages, so that no page grows without bound as the archive does.
 * Each page has the shape of Astro's `Page`, so the shared Pagination component shows any of them.
 */

/** How many items a listing page shows. */
export const LIST_PAGE_SIZE = 50;

/** The timeline shows fewer: each entry carries its people and topics (about 2 KB of HTML), and a page must stay under 100 KB. */
export const TIMELINE_PAGE_SIZE = 25;

export interface ListPage<T> {
  data: T[];
  /** Index of the first item on the page, from 0. */
  start: number;
  /** Index of the last item on the page, from 0. */
  end: number;
  total: number;
  /** From 1. */
  currentPage: number;
  size: number;
  lastPage: number;
  url: {
    current: string;
    prev: string | undefined;
    next: string | undefined;
    first: string | undefined;
    last: string | undefined;
  };
}

/** The newest-first list of every report: 25 cards a page, the size readers of news archives expect. */
export const ARTICLES_PAGE_SIZE = 25;

/** The people index: small cards, 120 to a page, keep it well under the 100 KB listing budget at any size. */
export const PEOPLE_PAGE_SIZE = 120;

/** Quote pages show fewer still: a quoted paragraph with its attribution runs to about 1 KB. */
export const QUOTE_PAGE_SIZE = 30;

/**
 * The route parameter for page `number` of a listing: none for the first page (`/archive/2021/`),
 * `page/2` after it (`/archive/2021/page/2/`). A bare number would collide with month segments
 * (`/archive/2021/10/`), hence the `page/` prefix.
 */
export function pageSegment(number: number): string | undefined {
  return number === 1 ? undefined : `page/${number}`;
}

/**
 * Every page of a listing, in order. `urlFor(n)` gives the address of page n.
 * An empty listing still has one (empty) page, so its route exists and can say so.
 */
export function paginateList<T>(
  items: readonly T[],
  urlFor: (page: number) => string,
  pageSize: number = LIST_PAGE_SIZE,
): ListPage<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`page size must be a positive integer, not ${pageSize}`);
  const lastPage = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: lastPage }, (_, index) => {
    const currentPage = index + 1;
    const start = index * pageSize;
    const data = items.slice(start, start + pageSize);
    return {
      data,
      start,
      end: start + Math.max(0, data.length - 1),
      total: items.length,
      currentPage,
      size: pageSize,
      lastPage,
      url: {
        current: urlFor(currentPage),
        prev: currentPage > 1 ? urlFor(currentPage - 1) : undefined,
        next: currentPage < lastPage ? urlFor(currentPage + 1) : undefined,
        first: currentPage > 1 ? urlFor(1) : undefined,
        last: currentPage < lastPage ? urlFor(lastPage) : undefined,
      },
    };
  });
}

/** A listing's title with its page number after the first page: "Meetings in 2021, page 2". */
export function pageTitle(title: string, currentPage: number): string {
  return `${title}${pageSuffix(currentPage)}`;
}

/** What a later page of a listing adds to its title: ", page 2"; nothing on the first. */
export function pageSuffix(currentPage: number): string {
  return currentPage === 1 ? '' : `, page ${currentPage}`;
}

/** Which items a page of a longer listing shows, for its count line: " (showing 51–100)", or nothing on a single page. */
export function showingRange({ start, end, lastPage }: Pick<ListPage<unknown>, 'start' | 'end' | 'lastPage'>): string {
  return lastPage > 1 ? ` (showing ${start + 1}–${end + 1})` : '';
}
