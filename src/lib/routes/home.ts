import type { ArticleFeedData } from '../article-feed.ts';
import type { Archive } from '../archive.ts';
import { countsPerYear, yearChart, type YearChartData } from '../charts.ts';
import { countByPeriod } from '../chronology.ts';
import { counted, formattedCount } from '../counted.ts';
import { FEED_ITEMS, newestArticles } from '../feeds.ts';
import { linkTo, SITE_NAME, type SiteContext } from '../site.ts';
import { filePaths, paths } from '../urls.ts';
import { meetingCard, type MeetingCardData } from './listing.ts';
import { meetingDate, meetingsAndReports } from './periods.ts';

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
  /** The archive's meetings and their reports, counted: "2 meetings, 4 reports". */
  counts: string;
  entryPoints: EntryPoint[];
  /** The archive's span at a glance: meetings per year, each bar a link to its year's timeline. */
  chart: YearChartData;
  /** The newest meetings, newest first, each with its reports. */
  latest: MeetingCardData[];
}

export function homePage(archive: Archive, site: SiteContext): HomePageData {
  const { articles, meetings, people, topics, glossary } = archive;
  const years = countByPeriod(meetings, meetingDate);
  const entryPoint = (path: string, title: string, text: string): EntryPoint => ({ href: linkTo(site, path), title, text });
  return {
    span: yearSpan(years),
    counts: meetingsAndReports(meetings),
    entryPoints: [
      entryPoint(paths.articles(), 'Articles', `All ${counted(articles.length, 'report')}, one by one, newest meeting first.`),
      entryPoint(
        paths.meetings(),
        'Meetings',
        `The ${counted(meetings.length, 'meeting')}, newest first, each with its reports side by side.`,
      ),
      entryPoint(
        paths.timeline(),
        'Timeline',
        `The ${counted(meetings.length, 'meeting')} in date order, with the events the reports mention.`,
      ),
      entryPoint(paths.archive(), 'By date', 'The meetings by year and month, each with its reports.'),
      entryPoint(paths.people(), 'People', `${formattedCount(people.size)} ministers and officials, with the offices they held.`),
      entryPoint(paths.topics(), 'Topics', `${formattedCount(topics.size)} subjects, places, bodies and agreements.`),
      entryPoint(paths.glossary(), 'Glossary', `${formattedCount(glossary.length)} abbreviations the reports use, spelt out.`),
    ],
    chart: yearChart({
      years: countsPerYear(
        meetings,
        ({ data }) => data.date.year,
        () => 'meetings',
        (year) => linkTo(site, paths.timelineYear(year)),
      ),
      series: [{ key: 'meetings', label: 'Meetings' }],
      noun: 'meeting',
      title: 'Meetings per year',
      gridlines: 2,
    }),
    latest: meetings
      .slice(-LATEST_COUNT)
      .toReversed()
      .map((meeting) => meetingCard(meeting, archive, site)),
  };
}

/** "2020", "2020 to 2023": the first and last of years in order; none without years. */
function yearSpan(years: readonly { year: number }[]): string | undefined {
  const [first, last] = [years.at(0), years.at(-1)];
  if (!first || !last) return undefined;
  return first.year === last.year ? String(first.year) : `${first.year} to ${last.year}`;
}

/** The archive's main feed (`/rss.xml`): the newest reports, the feed of the home page. */
export function homeFeed({ articles, topics, glossaryById }: Archive): ArticleFeedData {
  return {
    title: SITE_NAME,
    description: 'News reports of ASEAN–Japan diplomatic meetings, archived word for word.',
    feedPath: filePaths.rss,
    pagePath: paths.home(),
    articles: newestArticles(articles, FEED_ITEMS),
    topics,
    glossary: glossaryById,
  };
}
