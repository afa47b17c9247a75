import type { Archive, Article, Meeting, Person } from '../archive.ts';
import { mustGet } from '../lookup.ts';
import type { YearChartData } from '../charts.ts';
import { groupByMonth, groupByYear, neighbours, timelineEntries, type YearGroup } from '../chronology.ts';
import { counted } from '../counted.ts';
import { citedHeadline } from '../headline.ts';
import { monthName, type PartialDate } from '../dates.ts';
import { TIMELINE_PAGE_SIZE, pageSegment, type ListPage } from '../pagination.ts';
import { eventNoteId, shownDate, type ShownDate } from '../shown-dates.ts';
import { headlineLang, publisherShortName, wordsLang, type TextInLanguage } from '../report-language.ts';
import { linkTo, type SiteContext } from '../site.ts';
import { paths } from '../urls.ts';
import type { TextLink } from './article-page.ts';
import {
  briefly,
  listingRoutes,
  meetingCard,
  meetingTopicLinks,
  reportLine,
  type MeetingCardData,
  type ReportLine,
  type TopicsInBrief,
} from './listing.ts';
import { meetingsAndReports, meetingsPerYearChart } from './periods.ts';

/**
 * The meetings of a year that needs more than one page, all of them, by month: page 1 lists them so that each is two
 * clicks from the timeline's index (its year, then the meeting), whichever page of the year shows its entry.
 */
export interface YearContentsMonth {
  /** "August"; "Month not known". */
  name: string;
  meetings: { href: string; name: string; day: number | undefined }[];
}

/** A meeting as the timeline shows it: linked to its page, its reports under it, and the people and topics of all of them. */
export interface TimelineMeetingData {
  /** Its entry's id on the page, `meeting-<meeting id>`. */
  id: string;
  href: string;
  name: string;
  date: ShownDate;
  /** First published first. */
  reports: ReportLine[];
  participants: { person: Person; href: string }[];
  topics: TopicsInBrief;
}

/** An event a report mentions, as the timeline shows it: dated, quoted and linked to its paragraph. */
export interface TimelineEventData {
  /** Flagged, with a link to `note`, when the archive doubts it. */
  date: ShownDate;
  label: string;
  /** The report's words, in its language. */
  quote: TextInLanguage;
  /** The paragraph quoted, linked, and the headline of its report in its own language. */
  paragraph: { href: string; number: number; headline: TextInLanguage };
  publisherShort: TextInLanguage;
  publicationDate: ShownDate;
  /** The archive's note on the event, and its id on the page. */
  note: { id: string; text: string } | undefined;
}

export type TimelineItem =
  | { kind: 'meeting'; date: PartialDate; meeting: TimelineMeetingData }
  | { kind: 'event'; date: PartialDate; event: TimelineEventData };

/** A year's timeline page, around its entries: its counts, the way back to the index, the years either side. */
export interface TimelineYearData {
  year: number;
  /** "212 meetings, 540 reports; 31 events the reports mention". */
  counts: string;
  /** "212 meetings". */
  meetingCount: string;
  timelineHref: string;
  previous: TextLink | undefined;
  next: TextLink | undefined;
}

/** A year on the timeline's index: linked to its timeline, with its meetings counted. */
export interface TimelineIndexYear {
  year: number;
  href: string;
  /** "212 meetings", or the events the reports date to a year without meetings: "3 events". */
  count: string;
}

/** A decade on the timeline's index, with its years. */
export interface TimelineDecade {
  /** "1990s". */
  name: string;
  /** "1,234 meetings". */
  count: string;
  years: TimelineIndexYear[];
}

export interface TimelineIndexData {
  /** "4,000 meetings, 10,000 reports". */
  counts: string;
  chart: YearChartData;
  /** Oldest first, each with the years it has entries in. */
  decades: TimelineDecade[];
  /** The newest meetings, newest first. */
  latest: MeetingCardData[];
}

/** How many of the newest meetings the timeline's index shows. */
const LATEST_ON_INDEX = 5;

/** Every meeting (once, however many reports it has) and every event its reports date, oldest first. */
function timelineItems(archive: Archive, site: SiteContext): TimelineItem[] {
  return timelineEntries(archive.meetings).map((entry): TimelineItem =>
    entry.kind === 'meeting'
      ? { kind: 'meeting', date: entry.date, meeting: timelineMeeting(entry.meeting, archive, site) }
      : { kind: 'event', date: entry.date, event: timelineEvent(entry.article, entry.event, site) },
  );
}

/** Each year's timeline at its own address, oldest first within the year, in pages where a year is long. */
export function timelineYearRoutes(archive: Archive, site: SiteContext) {
  const years = groupByYear(timelineItems(archive, site), (item) => item.date);
  const yearLink = (other: YearGroup<TimelineItem> | undefined) =>
    other && { href: linkTo(site, paths.timelineYear(other.year)), text: String(other.year) };
  return years.flatMap(({ year, items }, index) => {
    const { previous, next } = neighbours(years, index);
    const data: TimelineYearData = {
      year,
      counts: entryCounts(items),
      meetingCount: counted(items.filter((item) => item.kind === 'meeting').length, 'meeting'),
      timelineHref: linkTo(site, paths.timeline()),
      previous: yearLink(previous),
      next: yearLink(next),
    };
    return listingRoutes({
      items,
      pathFor: (page) => paths.timelineYear(year, page),
      site,
      params: { year: String(year) },
      props: { data },
      pageSize: TIMELINE_PAGE_SIZE,
      pageProps: (page) => ({
        months: timelineMonths(page),
        contents: page.currentPage === 1 && page.lastPage > 1 ? yearContents(items) : undefined,
      }),
    });
  });
}

/** A page's entries by month; a month begun on the page before is `continued`, and the page says so. */
export interface TimelineMonth {
  /** "August"; "Month not known" for entries dated to the year alone, which come first. */
  name: string;
  /** Its heading's id on the page: "august", "year". */
  id: string;
  continued: boolean;
  items: TimelineItem[];
}

const monthHeading = (month: number | undefined) => (month === undefined ? 'Month not known' : monthName(month));

function timelineMonths(page: ListPage<TimelineItem>): TimelineMonth[] {
  const previousMonth = page.currentPage > 1 ? page.data[0]?.date.month : null;
  return groupByMonth(page.data, (item) => item.date).map(({ month, items }) => ({
    name: monthHeading(month),
    id: month === undefined ? 'year' : monthName(month).toLowerCase(),
    continued: month === previousMonth,
    items,
  }));
}

function yearContents(items: readonly TimelineItem[]): YearContentsMonth[] {
  const meetings = items.flatMap((item) => (item.kind === 'meeting' ? [item] : []));
  return groupByMonth(meetings, (item) => item.date).map(({ month, items: ofMonth }) => ({
    name: monthHeading(month),
    meetings: ofMonth.map(({ date, meeting }) => ({ href: meeting.href, name: meeting.name, day: date.day })),
  }));
}

/** "3 meetings, 5 reports; 2 events the reports mention": what a year's timeline holds. */
function entryCounts(items: readonly TimelineItem[]): string {
  const meetings = items.filter((item) => item.kind === 'meeting');
  const reports = meetings.reduce((total, item) => total + item.meeting.reports.length, 0);
  const events = items.length - meetings.length;
  const eventsText = events > 0 ? `; ${counted(events, 'event')} the reports mention` : '';
  return `${counted(meetings.length, 'meeting')}, ${counted(reports, 'report')}${eventsText}`;
}

/**
 * The timeline's index: meetings per year as a chart (by format, each bar a link to its year), the decades and years
 * with their counts, and the newest meetings. Every year's timeline is one click away, each meeting two.
 */
export function timelineIndexPage(archive: Archive, site: SiteContext): TimelineIndexData {
  const yearHref = (year: number) => linkTo(site, paths.timelineYear(year));
  const entries = timelineEntries(archive.meetings);
  const decades = Map.groupBy(
    groupByYear(entries, (entry) => entry.date),
    ({ year }) => year - (year % 10),
  );
  return {
    counts: meetingsAndReports(archive.meetings),
    chart: meetingsPerYearChart(archive.meetings, yearHref),
    decades: [...decades].map(([decade, groups]) => ({
      name: `${decade}s`,
      count: entriesCounted(groups.flatMap(({ items }) => items)),
      years: groups.map(({ year, items }) => ({ year, href: yearHref(year), count: entriesCounted(items) })),
    })),
    latest: archive.meetings
      .slice(-LATEST_ON_INDEX)
      .toReversed()
      .map((meeting) => meetingCard(meeting, archive, site)),
  };
}

/** "212 meetings", or the events the reports date to a period without meetings: "3 events". */
function entriesCounted(entries: readonly { kind: 'meeting' | 'event' }[]): string {
  const meetings = entries.filter((entry) => entry.kind === 'meeting').length;
  return meetings > 0 ? counted(meetings, 'meeting') : counted(entries.length, 'event');
}

/** The id of a meeting's entry on the timeline, for links to it from elsewhere. */
export function timelineMeetingId(meetingId: string): string {
  return `meeting-${meetingId}`;
}

/** Where each meeting stands on the timeline, by meeting id: its year's page that lists it, at its entry. */
export function timelineMeetingHrefs(meetings: Archive['meetings'], site: SiteContext): Map<string, string> {
  const hrefs = new Map<string, string>();
  for (const { year, items } of groupByYear(timelineEntries(meetings), (entry) => entry.date)) {
    items.forEach((entry, index) => {
      if (entry.kind !== 'meeting') return;
      const page = pageSegment(Math.floor(index / TIMELINE_PAGE_SIZE) + 1);
      hrefs.set(entry.meeting.id, `${linkTo(site, paths.timelineYear(year, page))}#${timelineMeetingId(entry.meeting.id)}`);
    });
  }
  return hrefs;
}

/**
 * The timeline's old pages (`/timeline/page/N/`, when the whole timeline was one listing of 25 entries a page),
 * each sent to the year's page that now holds the first entry it had, so a bookmark still leads near where it did.
 */
export function movedTimelinePages(meetings: Archive['meetings'], site: SiteContext) {
  const entries = timelineEntries(meetings);
  // Each entry's year and place in it, in the timeline's order.
  const positions = groupByYear(entries, (entry) => entry.date).flatMap(({ year, items }) =>
    items.map((_, inYear) => ({ year, inYear })),
  );
  const oldPages = Math.ceil(entries.length / TIMELINE_PAGE_SIZE);
  return Array.from({ length: Math.max(0, oldPages - 1) }, (_, offset) => {
    const number = offset + 2;
    const { year, inYear } = positions[(number - 1) * TIMELINE_PAGE_SIZE];
    const page = pageSegment(Math.floor(inYear / TIMELINE_PAGE_SIZE) + 1);
    return {
      params: { number: String(number) },
      props: { to: { href: linkTo(site, paths.timelineYear(year, page)), text: `The timeline of ${year}` } },
    };
  });
}

function timelineEvent(article: Article, event: Article['data']['events'][number], site: SiteContext): TimelineEventData {
  const { publication } = article.data;
  const noteId = event.note === undefined ? undefined : eventNoteId(article.data.events.indexOf(event), article.id);
  return {
    date: shownDate(event.date, { noteHref: noteId && `#${noteId}` }),
    label: event.label,
    quote: { text: event.quote, lang: wordsLang(article) },
    paragraph: {
      href: linkTo(site, paths.paragraph(article.id, event.paragraph)),
      number: event.paragraph,
      headline: { text: citedHeadline(article.data), lang: headlineLang(article) },
    },
    publisherShort: publisherShortName(article),
    publicationDate: shownDate(publication.date),
    note: noteId && event.note !== undefined ? { id: noteId, text: event.note } : undefined,
  };
}

function timelineMeeting(meeting: Meeting, { people, topics }: Archive, site: SiteContext): TimelineMeetingData {
  const href = linkTo(site, paths.meeting(meeting.id));
  const participantIds = new Set(meeting.reports.flatMap((report) => report.data.participants.map(({ person }) => person.id)));
  return {
    id: timelineMeetingId(meeting.id),
    href,
    name: meeting.data.name,
    date: shownDate(meeting.data.date, { basis: meeting.data.dateBasis }),
    reports: meeting.reports.map((report) => reportLine(report, site)),
    participants: [...participantIds].map((id) => ({ person: mustGet(people, id), href: linkTo(site, paths.person(id)) })),
    topics: briefly(meetingTopicLinks(meeting.reports, topics, site), href),
  };
}
