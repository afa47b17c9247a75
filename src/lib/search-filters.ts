import { mustGet, type Archive, type Article } from './archive.ts';
import type { FacetKey } from './search-terms.ts';

/**
 * A report's values for each search facet, as its page gives them to the index. The search page lists its
 * filter options from the same function, so option values and indexed values cannot drift apart.
 */
export function articleFacetValues(article: Article, { people, topics }: Pick<Archive, 'people' | 'topics'>): Record<FacetKey, string[]> {
  const { participants, meeting, publication } = article.data;
  return {
    participant: participants.map(({ person }) => mustGet(people, person.id).data.name),
    topic: article.data.topics.map(({ id }) => mustGet(topics, id).data.name),
    year: [String(meeting.date.year)],
    publisher: [publication.publisher],
  };
}

/** How many reports carry each value of each facet: the option lists (and their first counts) of the search page. */
export function facetTotals(articles: Iterable<Article>, archive: Pick<Archive, 'people' | 'topics'>): Record<FacetKey, Map<string, number>> {
  const totals: Record<FacetKey, Map<string, number>> = { participant: new Map(), topic: new Map(), year: new Map(), publisher: new Map() };
  for (const article of articles) {
    for (const [key, values] of Object.entries(articleFacetValues(article, archive)) as [FacetKey, string[]][]) {
      for (const value of new Set(values)) totals[key].set(value, (totals[key].get(value) ?? 0) + 1);
    }
  }
  return totals;
}
