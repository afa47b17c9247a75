import type { Archive, Article } from './archive.ts';
import { mustGet } from './lookup.ts';
import { personNameLang, publisherName, reportLanguage } from './report-language.ts';
import { FACET_OPEN_LIMIT, facetOptionOrder, SEARCH_FACETS, type FacetKey } from './search-terms.ts';
import { TOPIC_KIND_LABELS, TOPIC_KINDS, type TopicKind } from './vocabulary.ts';

/** The facets whose values are people's and topics' names: a report's page gives their addresses instead. */
export type EntityFacetKey = 'participant' | 'topic';

/**
 * A report's values for each search facet. The search page lists its filter options from this function, and a
 * report's page gives the index the same values (`articleFilterValues`, and for participants and topics the
 * entities' addresses, whose names the index writes in from the names file), so option values and indexed values
 * cannot drift apart.
 */
export function articleFacetValues(
  article: Article,
  { people, topics }: Pick<Archive, 'people' | 'topics'>,
): Record<FacetKey, string[]> {
  return {
    participant: article.data.participants.map(({ person }) => mustGet(people, person.id).data.name),
    topic: article.data.topics.map(({ id }) => mustGet(topics, id).data.name),
    ...articleFilterValues(article),
  };
}

/** A report's values for the facets that are not names of people or topics. */
export function articleFilterValues(article: Article): Record<Exclude<FacetKey, EntityFacetKey>, string[]> {
  const { meeting, publication } = article.data;
  return {
    year: [String(meeting.date.year)],
    publisher: [publication.publisher],
    language: [reportLanguage(article).name],
  };
}

/**
 * A report's date for "Newest" and "Oldest" on the search page: its meeting's date, as precise as it is known. Its
 * search data gives it to the index (`SEARCH_DATE_META`), from which the build writes the date order.
 */
export function articleSortDate(article: Article): string {
  return article.data.meeting.date.iso;
}

/** How many reports carry each value of each facet: the option lists (and their first counts) of the search page. */
export function facetTotals(
  articles: Iterable<Article>,
  archive: Pick<Archive, 'people' | 'topics'>,
): Record<FacetKey, Map<string, number>> {
  const totals: Record<FacetKey, Map<string, number>> = {
    participant: new Map(),
    topic: new Map(),
    year: new Map(),
    publisher: new Map(),
    language: new Map(),
  };
  for (const article of articles) {
    for (const [key, values] of Object.entries(articleFacetValues(article, archive)) as [FacetKey, string[]][]) {
      for (const value of new Set(values)) totals[key].set(value, (totals[key].get(value) ?? 0) + 1);
    }
  }
  return totals;
}

/** The language of each facet value written in another language than the page's (English), by facet, then value. */
export type FacetValueLanguages = Partial<Record<FacetKey, Record<string, string>>>;

/**
 * The facet values written in another language than the page's: a publisher's name in Vietnamese or Thai, a person's
 * name as written in their own language ("Bùi Thanh Sơn"). A publisher's name is in the language most of its reports
 * give it (a name in Han characters alone may be Japanese in one report and Chinese in another).
 */
export function facetValueLanguages(articles: Iterable<Article>, { people }: Pick<Archive, 'people'>): FacetValueLanguages {
  const participant: Record<string, string> = {};
  const publisherVotes = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const { text, lang = 'en' } = publisherName(article);
    const votes = publisherVotes.get(text) ?? new Map<string, number>();
    publisherVotes.set(text, votes.set(lang, (votes.get(lang) ?? 0) + 1));
    for (const { person } of article.data.participants) {
      const { data } = mustGet(people, person.id);
      const nameLang = personNameLang(data);
      if (nameLang) participant[data.name] = nameLang;
    }
  }
  const publisher: Record<string, string> = {};
  for (const [name, votes] of publisherVotes) {
    const [lang] = [...votes].reduce((most, vote) => (vote[1] > most[1] ? vote : most));
    if (lang !== 'en') publisher[name] = lang;
  }
  return { participant, publisher };
}

export interface FacetOption {
  value: string;
  count: number;
  /** BCP 47, where the value is written in another language than the page's. */
  lang: string | undefined;
}

export interface FilterGroup {
  /** Topics are grouped by kind, as on the Topics page; other facets have one group. */
  kind: TopicKind | undefined;
  legend: string;
  options: FacetOption[];
}

export interface SearchFacetPanel {
  key: FacetKey;
  label: string;
  /**
   * A short facet is written open with its options; a long one (people and topics in a large archive) folded and
   * empty, its options added by the page's script from Pagefind's filter index, so the page stays small.
   */
  written: boolean;
  groups: FilterGroup[];
}

/** The search page's filter panel: each facet with reports, and each topic's kind (for the options the script adds). */
export function searchFilterPanel(archive: Pick<Archive, 'articles' | 'people' | 'topics'>): {
  facets: SearchFacetPanel[];
  kindOfTopic: Record<string, TopicKind>;
  /** For the options and chips the page's script adds. */
  valueLanguages: FacetValueLanguages;
} {
  const totals = facetTotals(archive.articles, archive);
  const valueLanguages = facetValueLanguages(archive.articles, archive);
  const kindOfTopic = Object.fromEntries([...archive.topics.values()].map((topic) => [topic.data.name, topic.data.kind]));
  const kindsInUse = TOPIC_KINDS.filter((kind) => [...totals.topic.keys()].some((name) => kindOfTopic[name] === kind));
  // Languages are a choice only where the reports are in more than one.
  const facets = SEARCH_FACETS.filter(({ key }) => totals[key].size > (key === 'language' ? 1 : 0)).map(({ key, label }) => {
    const written = totals[key].size <= FACET_OPEN_LIMIT;
    const options = (values: Iterable<string>) =>
      written
        ? facetOptionOrder(key, values).map((value) => ({
            value,
            count: totals[key].get(value) ?? 0,
            lang: valueLanguages[key]?.[value],
          }))
        : [];
    const groups: FilterGroup[] =
      key === 'topic'
        ? kindsInUse.map((kind) => ({
            kind,
            legend: TOPIC_KIND_LABELS[kind],
            options: options([...totals.topic.keys()].filter((name) => kindOfTopic[name] === kind)),
          }))
        : [{ kind: undefined, legend: label, options: options(totals[key].keys()) }];
    return { key, label, written, groups };
  });
  return { facets, kindOfTopic, valueLanguages };
}
