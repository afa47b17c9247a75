/**
 * The reports in order of their meeting dates, for the search page's "Newest" and "Oldest".
 *
 * Pagefind's own sort (`data-pagefind-sort`) would put each page's position in its language's order into the
 * metadata every search fetches, and orders each language's results apart. The search is unsorted instead, and a
 * sorted search puts its results in the date order, which the build writes into the reports' bundle once Pagefind
 * has written the index (`scripts/search-index.ts`) and the search page fetches only for a sorted search. It names
 * each report by its page id in the index (its index's language, `_`, a hash), which every result carries without
 * its data being fetched.
 */

/** Which way a sorted search goes: newest first (dates descending) or oldest first (ascending). */
export type DateDirection = 'asc' | 'desc';

/** The reports' page ids in groups of one date, newest date first. */
export type DateOrder = string[][];

/** Each report's page id and the rank of its date in the date order: 0 for the newest. */
export type DateRanks = Map<string, number>;

/**
 * The date order of pages given with their id and their date: an ISO date, whole or cut to a month or a year. Those
 * are ASCII, so their order as strings puts a date cut to a year before the months and days within it; one date's
 * pages are in the order of their ids, so that equal indexes give equal files.
 */
export function dateOrder(pages: Iterable<{ id: string; date: string }>): DateOrder {
  const byDate = Map.groupBy(pages, ({ date }) => date);
  return [...byDate.keys()]
    .sort()
    .reverse()
    .map((date) =>
      byDate
        .get(date)!
        .map(({ id }) => id)
        .sort(),
    );
}

/** Each page id's rank, from the date order. */
export function dateRanks(order: DateOrder): DateRanks {
  return new Map(order.flatMap((ids, rank) => ids.map((id) => [id, rank] as const)));
}

/**
 * The results of a search in date order, newest (`desc`) or oldest (`asc`) first, whatever their languages; results
 * of one date keep the search's order. A result the ranks do not have (a date order from another build than the
 * index) leaves the results in the search's order.
 */
export function inDateOrder<R extends { id: string }>(results: readonly R[], ranks: DateRanks, direction: DateDirection): R[] {
  const keyed = results.map((result) => ({ result, rank: ranks.get(result.id) }));
  if (keyed.some(({ rank }) => rank === undefined)) return [...results];
  // Rank 0 is the newest date.
  const sign = direction === 'desc' ? 1 : -1;
  return keyed.sort((a, b) => sign * (a.rank! - b.rank!)).map(({ result }) => result);
}
