import type { Archive, Meeting } from '../archive.ts';
import { range } from 'd3-array';
import { countsPerYear, yearChart, type YearChartData } from '../charts.ts';
import { countByPeriod, monthSegment, neighbours } from '../chronology.ts';
import { counted, formattedCount } from '../counted.ts';
import { monthName } from '../dates.ts';
import { ARTICLES_PAGE_SIZE } from '../pagination.ts';
import { linkTo, type SiteContext } from '../site.ts';
import { paths } from '../urls.ts';
import { MEETING_FORMAT_LABELS, type MeetingFormat } from '../vocabulary.ts';
import type { TextLink } from './article-page.ts';
import { articleCard, listingRoutes, meetingCard } from './listing.ts';

/** Every report (the reports' list, not the meetings'), newest meeting first. */
export function articleListRoutes(archive: Archive, site: SiteContext) {
  return listingRoutes({
    items: archive.articles.toReversed().map((article) => articleCard(article, archive, site)),
    pathFor: paths.articles,
    site,
    params: {},
    // The archive by date lists each meeting once, with its reports.
    props: { archiveHref: linkTo(site, paths.archive()) },
    pageSize: ARTICLES_PAGE_SIZE,
  });
}

/** A year on the "Browse by date" page: linked, with its count and its twelve months, those with meetings linked. */
export interface ArchiveYear {
  year: number;
  href: string;
  /** "1 meeting", "12 meetings". */
  meetings: string;
  /** January to December, always twelve, so every year's months stand in the same grid. */
  months: ArchiveMonth[];
}

export interface ArchiveMonth {
  /** "Aug", under its year in a grid labelled with the year. */
  name: string;
  /** The month's page; none for a month without meetings. */
  href: string | undefined;
  /** "3", shown beside the month's name as "(3)"; none without meetings. */
  count: string | undefined;
}

export interface ArchiveIndexData {
  /** All the archive's meetings, counted: "12 meetings". */
  total: string;
  /** And their reports: "31 reports". */
  reports: string;
  timelineHref: string;
  /** Meetings per year by format, each bar a link to its year's page. */
  chart: YearChartData;
  years: ArchiveYear[];
}

/** "Browse by date": meetings per year as a chart, then every year with meetings, oldest first, with its months. */
export function archiveIndexPage(
  { articles, meetings }: Pick<Archive, 'articles' | 'meetings'>,
  site: SiteContext,
): ArchiveIndexData {
  return {
    total: counted(meetings.length, 'meeting'),
    reports: counted(articles.length, 'report'),
    timelineHref: linkTo(site, paths.timeline()),
    chart: meetingsPerYearChart(meetings, (year) => linkTo(site, paths.archiveYear(year))),
    years: countByPeriod(meetings, meetingDate).map(({ year, count, months }) => {
      const counts = new Map(months.map((month) => [month.month, month.count]));
      return {
        year,
        href: linkTo(site, paths.archiveYear(year)),
        meetings: counted(count, 'meeting'),
        months: range(1, 13).map((month): ArchiveMonth => {
          const monthCount = counts.get(month);
          return {
            name: monthName(month).slice(0, 3),
            href: monthCount === undefined ? undefined : linkTo(site, paths.archiveMonth(year, month)),
            count: monthCount === undefined ? undefined : formattedCount(monthCount),
          };
        }),
      };
    }),
  };
}

/** What a year's or a month's listing shows around its cards. */
export interface PeriodData {
  /** The period as readers say it: "2021", "August 2021". */
  period: string;
  /** Its meetings and their reports, counted: "1 meeting, 3 reports". */
  counts: string;
  archiveHref: string;
  previous: TextLink | undefined;
  next: TextLink | undefined;
}

export interface YearData extends PeriodData {
  kind: 'year';
  year: number;
  /** The year's months that have meetings, with their counts. */
  months: TextLink[];
}

export interface MonthData extends PeriodData {
  kind: 'month';
  /** The month's year, linked. */
  year: TextLink;
}

/** The meetings of each year with meetings, oldest first; previous and next skip the years without. */
export function yearRoutes(archive: Archive, site: SiteContext) {
  const years = countByPeriod(archive.meetings, meetingDate);
  const byYear = Map.groupBy(archive.meetings, (meeting) => meeting.data.date.year);
  const yearLink = (other: { year: number } | undefined) =>
    other && { href: linkTo(site, paths.archiveYear(other.year)), text: String(other.year) };
  return years.flatMap(({ year, months }, index) => {
    const { previous, next } = neighbours(years, index);
    const data: YearData = {
      kind: 'year',
      year,
      period: String(year),
      counts: meetingsAndReports(byYear.get(year) ?? []),
      archiveHref: linkTo(site, paths.archive()),
      previous: yearLink(previous),
      next: yearLink(next),
      months: months.map(({ month, count }) => ({
        href: linkTo(site, paths.archiveMonth(year, month)),
        text: `${monthName(month)} (${count})`,
      })),
    };
    return listingRoutes({
      items: cards(byYear.get(year) ?? [], archive, site),
      pathFor: (page) => paths.archiveYear(year, page),
      site,
      params: { year: String(year) },
      props: { data },
    });
  });
}

/** The meetings of each month with meetings, oldest first; previous and next skip the months without. */
export function monthRoutes(archive: Archive, site: SiteContext) {
  const months = countByPeriod(archive.meetings, meetingDate).flatMap(({ year, months }) =>
    months.map(({ month }) => ({ year, month })),
  );
  const byMonth = Map.groupBy(archive.meetings, ({ data: { date } }) => `${date.year}-${date.month}`);
  const monthLink = (other: { year: number; month: number } | undefined) =>
    other && { href: linkTo(site, paths.archiveMonth(other.year, other.month)), text: `${monthName(other.month)} ${other.year}` };
  return months.flatMap(({ year, month }, index) => {
    const { previous, next } = neighbours(months, index);
    const data: MonthData = {
      kind: 'month',
      period: `${monthName(month)} ${year}`,
      counts: meetingsAndReports(byMonth.get(`${year}-${month}`) ?? []),
      archiveHref: linkTo(site, paths.archive()),
      previous: monthLink(previous),
      next: monthLink(next),
      year: { href: linkTo(site, paths.archiveYear(year)), text: `All meetings in ${year}` },
    };
    return listingRoutes({
      items: cards(byMonth.get(`${year}-${month}`) ?? [], archive, site),
      pathFor: (page) => paths.archiveMonth(year, month, page),
      site,
      params: { year: String(year), month: monthSegment(month) },
      props: { data },
    });
  });
}

function cards(meetings: readonly Meeting[], archive: Archive, site: SiteContext) {
  return meetings.map((meeting) => meetingCard(meeting, archive, site));
}

/** "1 meeting, 3 reports": meetings counted once however many reports each has, and their reports. */
export function meetingsAndReports(meetings: readonly Pick<Meeting, 'reports'>[]): string {
  const reports = meetings.reduce((sum, meeting) => sum + meeting.reports.length, 0);
  return `${counted(meetings.length, 'meeting')}, ${counted(reports, 'report')}`;
}

/** A meeting's own date: what the archive files it under. */
export function meetingDate(meeting: Pick<Meeting, 'data'>) {
  return meeting.data.date;
}

/** Meeting formats from the bottom of a stacked bar up: meetings in person first, those the reports leave open last. */
const STACKED_FORMATS: readonly MeetingFormat[] = ['in-person', 'hybrid', 'online', 'not stated'];

/** Meetings per year, stacked by format, each year linked to `hrefOf(year)`. */
export function meetingsPerYearChart(meetings: Archive['meetings'], hrefOf: (year: number) => string): YearChartData {
  return yearChart({
    years: countsPerYear(
      meetings,
      ({ data }) => data.date.year,
      ({ data }) => data.format,
      hrefOf,
    ),
    series: STACKED_FORMATS.map((key) => ({ key, label: MEETING_FORMAT_LABELS[key] })),
    noun: 'meeting',
    title: 'Meetings per year, by format',
  });
}
