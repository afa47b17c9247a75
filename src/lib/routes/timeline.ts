import type { Archive, Article, Person } from '../archive.ts';
import { mustGet } from '../lookup.ts';
import { groupByYear, timelineEntries, type YearGroup } from '../chronology.ts';
import type { PartialDate } from '../dates.ts';
import { citedHeadline, shownHeadline } from '../headline.ts';
import { TIMELINE_PAGE_SIZE, pageSegment, type ListPage } from '../pagination.ts';
import { eventNoteId, shownDate, type ShownDate } from '../shown-dates.ts';
import { linkTo, type SiteContext } from '../site.ts';
import { paths } from '../urls.ts';
import type { TextLink } from './article-page.ts';
import { listingRoutes, reportTopicLinks, topicsInBrief, type TopicsInBrief } from './listing.ts';

/** A meeting as the timeline shows it: its report, the people who took part and its topics, all linked. */
export interface TimelineMeetingData {
  id: string;
  href: string;
  headline: string;
  name: string;
  date: ShownDate;
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

/** Every meeting and every event the reports date, oldest first, in pages. */
export function timelineRoutes(archive: Archive, site: SiteContext) {
  const items = timelineEntries(archive.articles).map((entry): TimelineItem =>
    entry.kind === 'meeting'
      ? { kind: 'meeting', date: entry.date, meeting: timelineMeeting(entry.article, archive, site) }
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
export function timelineMeetingId(articleId: string): string {
  return `meeting-${articleId}`;
}

/** Where each report's meeting stands on the timeline: its page, at its entry. */
export function timelineMeetingHrefs(articles: readonly Article[], site: SiteContext): Map<string, string> {
  const hrefs = new Map<string, string>();
  timelineEntries(articles).forEach((entry, index) => {
    if (entry.kind !== 'meeting') return;
    const page = pageSegment(Math.floor(index / TIMELINE_PAGE_SIZE) + 1);
    hrefs.set(entry.article.id, `${linkTo(site, paths.timeline(page))}#${timelineMeetingId(entry.article.id)}`);
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

function timelineMeeting(article: Article, { people, topics }: Archive, site: SiteContext): TimelineMeetingData {
  const { meeting, participants } = article.data;
  const href = linkTo(site, paths.article(article.id));
  return {
    id: timelineMeetingId(article.id),
    href,
    headline: shownHeadline(article.data),
    name: meeting.name,
    date: shownDate(meeting.date, { basis: meeting.dateBasis }),
    participants: participants.map(({ person }) => ({
      person: mustGet(people, person.id),
      href: linkTo(site, paths.person(person.id)),
    })),
    topics: topicsInBrief(reportTopicLinks(article, topics, site), href),
  };
}
