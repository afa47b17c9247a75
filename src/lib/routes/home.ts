import type { Archive } from '../archive.ts';
import { countByPeriod } from '../chronology.ts';
import { linkTo, type SiteContext } from '../site.ts';
import { paths } from '../urls.ts';
import type { TextLink } from './article-page.ts';
import { articleCard, type ArticleCardData } from './listing.ts';

/** How many of the newest meetings the home page shows as cards. */
const LATEST_COUNT = 6;

/** A section of the archive as the home page offers it: linked, with what it holds. */
export interface EntryPoint {
  href: string;
  title: string;
  text: string;
}

export interface HomePageData {
  /** The years the meetings were held, as the introduction says them: "2020", "2020 to 2023"; none in an empty archive. */
  span: string | undefined;
  entryPoints: EntryPoint[];
  /** Each year with meetings, with its count: "2021 (4)". */
  years: TextLink[];
  /** The newest meetings, newest first. */
  latest: ArticleCardData[];
}

export function homePage(archive: Archive, site: SiteContext): HomePageData {
  const { articles, people, topics, glossary } = archive;
  const years = countByPeriod(articles, (article) => article.data.meeting.date);
  const entryPoint = (path: string, title: string, text: string): EntryPoint => ({ href: linkTo(site, path), title, text });
  return {
    span: yearSpan(years),
    entryPoints: [
      entryPoint(paths.articles(), 'Articles', `All ${articles.length} reports, newest meeting first.`),
      entryPoint(paths.timeline(), 'Timeline', 'The meetings in date order, with the events the reports mention.'),
      entryPoint(paths.archive(), 'By date', 'The meetings by year and month.'),
      entryPoint(paths.people(), 'People', `${people.size} ministers and officials, with the offices they held.`),
      entryPoint(paths.topics(), 'Topics', `${topics.size} subjects, places, bodies and agreements.`),
      entryPoint(paths.glossary(), 'Glossary', `${glossary.length} abbreviations the reports use, spelt out.`),
    ],
    years: years.map(({ year, count }) => ({
      href: linkTo(site, paths.archiveYear(year)),
      text: `${year} (${count})`,
    })),
    latest: articles
      .slice(-LATEST_COUNT)
      .toReversed()
      .map((article) => articleCard(article, archive, site)),
  };
}

/** "2020", "2020 to 2023": the first and last of years in order; none without years. */
function yearSpan(years: readonly { year: number }[]): string | undefined {
  const [first, last] = [years.at(0), years.at(-1)];
  if (!first || !last) return undefined;
  return first.year === last.year ? String(first.year) : `${first.year} to ${last.year}`;
}
