import type { Archive, Article } from '../archive.ts';
import { reportLanguage } from '../report-language.ts';
import { pagefindStartScript, type SearchBundles } from '../search-bundles.ts';
import { searchFilterPanel } from '../search-filters.ts';
import type { NameEntry } from '../search-suggestions.ts';
import { EXCERPT_WORDS, searchAliases } from '../search-terms.ts';
import { SITE_SECTIONS } from '../site-sections.ts';
import { linkTo, type SiteContext } from '../site.ts';
import { filePaths, paths } from '../urls.ts';
import type { TextLink } from './article-page.ts';

export interface SearchPageData {
  panel: ReturnType<typeof searchFilterPanel>;
  bundles: SearchBundles;
  /** The inline script that starts Pagefind from the page's head (`pagefindStartScript`). */
  pagefindStart: string;
  /** The archive's sections: for readers without JavaScript, who cannot search, and after a search that found nothing. */
  sections: TextLink[];
}

export function searchPage(archive: Pick<Archive, 'articles' | 'people' | 'topics'>, site: SiteContext): SearchPageData {
  const bundles: SearchBundles = {
    bundlePath: linkTo(site, filePaths.searchBundle),
    entityBundlePath: linkTo(site, filePaths.entitySearchBundle),
    scriptPath: linkTo(site, filePaths.searchScript),
    otherLanguages: otherIndexLanguages(archive.articles),
    namesPath: linkTo(site, filePaths.searchNames),
    dateOrderPath: linkTo(site, filePaths.searchDateOrder),
  };
  return {
    panel: searchFilterPanel(archive),
    bundles,
    pagefindStart: pagefindStartScript(bundles, { baseUrl: site.base, excerptLength: EXCERPT_WORDS }),
    sections: SITE_SECTIONS.map(({ label, path }) => ({ href: linkTo(site, path), text: label })),
  };
}

/**
 * The languages of the reports' index besides the one Pagefind loads for the search page: English, the page's
 * language, or where no report is in English, the language of the most reports (Pagefind's own choice then).
 * Pagefind names each language's index by the page's `lang`, lower-cased.
 */
export function otherIndexLanguages(articles: readonly Pick<Article, 'data'>[]): string[] {
  const counts = new Map<string, number>();
  for (const article of articles) {
    const code = reportLanguage(article).code.toLowerCase();
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const byCount = [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)).map(([code]) => code);
  const loaded = counts.has('en') ? 'en' : byCount[0];
  return byCount.filter((code) => code !== loaded);
}

/**
 * Every person, topic and glossary entry with its page and all its names, for the suggestions after a search that
 * found nothing: the names only, nothing per report, so its size follows the number of entities alone.
 */
export function searchNameEntries(archive: Pick<Archive, 'people' | 'topics' | 'glossary'>, site: SiteContext): NameEntry[] {
  const entry = (path: string, kind: NameEntry[1], [name, ...otherNames]: string[]): NameEntry => [
    linkTo(site, path),
    kind,
    name!,
    ...otherNames,
  ];
  return [
    ...[...archive.people.values()].map(({ id, data }) => entry(paths.person(id), 'person', searchAliases([data]))),
    ...[...archive.topics.values()].map(({ id, data }) => entry(paths.topic(id), 'topic', searchAliases([data]))),
    ...archive.glossary.map(({ id, data: { abbreviation, variants, expansion } }) =>
      entry(paths.glossaryTerm(id), 'glossary', searchAliases([{ name: abbreviation, variants: [...variants, expansion] }])),
    ),
  ];
}
