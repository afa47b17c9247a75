/**
 * The reports' meeting dates in one order across the search index's languages.
 *
 * Pagefind keeps one index per language, each with its own order of the `date` sort (its pages, oldest first). A
 * sorted search scores each result by its page's position in its own language's order (negated for oldest first),
 * and the merged indexes' results are put in order of that score, so positions in different languages' orders are
 * compared as if they were one: the 300th Vietnamese report goes beside the 300th English one, whatever their dates.
 * The date order gives each language's positions the rank of their date among all the reports' dates, so the search
 * page can put the results of every language in date order from what Pagefind returns with each result (its id,
 * which starts with its index's language, and its score), without fetching any result's data.
 */

/**
 * For each index language (Pagefind's name for it: the reports' `lang`, lower-cased), its pages in Pagefind's order
 * of the `date` sort, each as the rise of its date's rank over the page before (the first as its rank): mostly
 * zeros and small numbers, which keeps the file small.
 */
export type DateOrder = Record<string, number[]>;

/** Per index language, the date rank of each position in its order (a `DateOrder` summed up). */
export type DateRanks = Record<string, number[]>;

/**
 * The date order of reports given with their index language and their `date` sort value. Pagefind orders the values
 * as strings (as numbers where every value of a language is one, such as years alone, which keeps the order of
 * four-digit years); ISO dates, whole or cut to a month or a year, are ASCII, so JavaScript's order of strings is
 * Pagefind's.
 */
export function dateOrder(reports: Iterable<{ language: string; date: string }>): DateOrder {
  const byLanguage = Map.groupBy(reports, ({ language }) => language);
  const dates = [...byLanguage.values()].flat().map(({ date }) => date);
  const rankOf = new Map([...new Set(dates)].sort().map((date, rank) => [date, rank] as const));
  return Object.fromEntries(
    [...byLanguage].map(([language, ofLanguage]) => {
      const ranks = ofLanguage
        .map(({ date }) => date)
        .sort()
        .map((date) => rankOf.get(date)!);
      return [language, ranks.map((rank, position) => rank - (ranks[position - 1] ?? 0))];
    }),
  );
}

/** Each position's rank, from the rises the date order gives. */
export function dateRanks(order: DateOrder): DateRanks {
  return Object.fromEntries(
    Object.entries(order).map(([language, rises]) => {
      let rank = 0;
      return [language, rises.map((rise) => (rank += rise))];
    }),
  );
}

/**
 * The results of a search sorted by date (Pagefind's `sort: { date }`), in date order across languages, newest or
 * oldest first; results of one date keep Pagefind's order. A result whose language or position the ranks do not
 * have (a date order from another build than the index) leaves the results in Pagefind's order.
 */
export function inDateOrder<R extends { id: string; score: number }>(
  results: readonly R[],
  ranks: DateRanks,
  direction: 'asc' | 'desc',
): R[] {
  const keyed = results.map((result) => ({
    result,
    rank: ranks[result.id.slice(0, result.id.lastIndexOf('_'))]?.[Math.abs(result.score)],
  }));
  if (keyed.some(({ rank }) => rank === undefined)) return [...results];
  const sign = direction === 'asc' ? 1 : -1;
  return keyed.sort((a, b) => sign * (a.rank! - b.rank!)).map(({ result }) => result);
}
