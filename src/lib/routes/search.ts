import type { Archive } from '../archive.ts';
import { searchFilterPanel } from '../search-filters.ts';
import { SITE_SECTIONS } from '../site-sections.ts';
import { linkTo, type SiteContext } from '../site.ts';
import { filePaths } from '../urls.ts';
import type { TextLink } from './article-page.ts';

export interface SearchPageData {
  panel: ReturnType<typeof searchFilterPanel>;
  /** Where the page's script loads Pagefind's indexes from: the reports', and the people, topic and glossary pages'. */
  bundlePath: string;
  entityBundlePath: string;
  /** The archive's sections, for readers without JavaScript, who cannot search. */
  sections: TextLink[];
}

export function searchPage(archive: Pick<Archive, 'articles' | 'people' | 'topics'>, site: SiteContext): SearchPageData {
  return {
    panel: searchFilterPanel(archive),
    bundlePath: linkTo(site, filePaths.searchBundle),
    entityBundlePath: linkTo(site, filePaths.entitySearchBundle),
    sections: SITE_SECTIONS.map(({ label, path }) => ({ href: linkTo(site, path), text: label })),
  };
}
