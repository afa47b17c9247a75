import type { Archive, Article, Meeting, Person } from '../archive.ts';
import { mustGet } from '../lookup.ts';
import { groupByYear, timelineEntries, type YearGroup } from '../chronology.ts';
import type { PartialDate } from '../dates.ts';
import { citedHeadline } from '../headline.ts';
import { TIMELINE_PAGE_SIZE, pageSegment, type ListPage } from '../pagination.ts';
import { eventNoteId, shownDate, type ShownDate } from '../shown-dates.ts';
import { linkTo, type SiteContext } from '../site.ts';
import { paths } from '../urls.ts';
import type { TextLink } from './article-page.ts';
import { briefly, listingRoutes, meetingTopicLinks, reportLine, type ReportLine, type TopicsInBrief } from './listing.ts';

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
  quote: string;
  paragraph: TextLink;
  publisherShort: string;
  publicationDate: ShownDate;
  /** The archive's note on the event, and its id on the page. */
  note: { id: string; text: string } | undefined;
}

export type TimelineItem =
  | { kind: 'meeting'; date: PartialDate; meeting: TimelineMeetingData }
  | { kind: 'event'; date: PartialDate; event: TimelineEventData };

/** A page's items by year; a year begun on the page before is `continued`, and the page says so. */
export interface TimelineYear extends YearGroup<TimelineItem> {
  continued: boolean;
}

/** Every meeting (once, however many reports it has) and every event its reports date, oldest first, in pages. */
export function timelineRoutes(archive: Archive, site: SiteContext) {
  const items = timelineEntries(archive.meetings).map((entry): TimelineItem =>
    entry.kind === 'meeting'
      ? { kind: 'meeting', date: entry.date, meeting: timelineMeeting(entry.meeting, archive, site) }
      : { kind: 'event', date: entry.date, event: timelineEvent(entry.article, entry.event, site) },
  );
  return listingRoutes({
    items,
    pathFor: paths.timeline,
    site,
    params: {},
    props: {},
    pageSize: TIMELINE_PAGE_SIZE,
    pageProps: (page) => ({ years: timelineYears(page) }),
  });
}

function timelineYears(page: ListPage<TimelineItem>): TimelineYear[] {
  // A year split across two pages is headed on both.
  const continuedYear = page.currentPage > 1 ? page.data[0]?.date.year : undefined;
  return groupByYear(page.data, (item) => item.date).map((group) => ({ ...group, continued: group.year === continuedYear }));
}

/** The id of a meeting's entry on the timeline, for links to it from elsewhere. */
export function timelineMeetingId(meetingId: string): string {
  return `meeting-${meetingId}`;
}

/** Where each meeting stands on the timeline, by meeting id: its page, at its entry. */
export function timelineMeetingHrefs(meetings: Archive['meetings'], site: SiteContext): Map<string, string> {
  const hrefs = new Map<string, string>();
  timelineEntries(meetings).forEach((entry, index) => {
    if (entry.kind !== 'meeting') return;
    const page = pageSegment(Math.floor(index / TIMELINE_PAGE_SIZE) + 1);
    hrefs.set(entry.meeting.id, `${linkTo(site, paths.timeline(page))}#${timelineMeetingId(entry.meeting.id)}`);
  });
  return hrefs;
}

function timelineEvent(article: Article, event: Article['data']['events'][number], site: SiteContext): TimelineEventData {
  const { publication } = article.data;
  const noteId = event.note === undefined ? undefined : eventNoteId(article.data.events.indexOf(event), article.id);
  return {
    date: shownDate(event.date, { noteHref: noteId && `#${noteId}` }),
    label: event.label,
    quote: event.quote,
    paragraph: {
      href: linkTo(site, paths.paragraph(article.id, event.paragraph)),
      text: `paragraph ${event.paragraph} of ${citedHeadline(article.data)}`,
    },
    publisherShort: publication.publisherShort,
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
