import type { Archive, Article, Person } from '../archive.ts';
import { mustGet } from '../lookup.ts';
import { groupByYear, timelineEntries, type YearGroup } from '../chronology.ts';
import { shownDate, type DatePrecision, type PartialDate, type ShownDate } from '../dates.ts';
import { citedHeadline, shownHeadline } from '../headline.ts';
import { TIMELINE_PAGE_SIZE, type ListPage } from '../pagination.ts';
import { linkTo, type SiteContext } from '../site.ts';
import { paths } from '../urls.ts';
import type { DateBasis } from '../vocabulary.ts';
import type { TextLink } from './article-page.ts';
import { listingRoutes } from './listing.ts';

/** A meeting as the timeline shows it: its report, the people who took part and its topics, all linked. */
export interface TimelineMeetingData {
  id: string;
  href: string;
  headline: string;
  name: string;
  date: PartialDate;
  dateBasis: DateBasis;
  participants: { person: Person; href: string }[];
  topics: TextLink[];
}

/** An event a report mentions, as the timeline shows it: dated, quoted and linked to its paragraph. */
export interface TimelineEventData {
  date: ShownDate;
  /** How precisely the report dates it, when not to the day: "the report gives the month". */
  precisionNote: string | undefined;
  label: string;
  quote: string;
  paragraph: TextLink;
  publisherShort: string;
  publicationDate: ShownDate;
  note: string | undefined;
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

const PRECISION_NOTES: Record<DatePrecision, string | undefined> = {
  day: undefined,
  month: 'the report gives the month',
  year: 'the report gives the year',
};

function timelineEvent(article: Article, event: Article['data']['events'][number], site: SiteContext): TimelineEventData {
  const { publication } = article.data;
  return {
    date: shownDate(event.date),
    precisionNote: PRECISION_NOTES[event.date.precision],
    label: event.label,
    quote: event.quote,
    paragraph: {
      href: linkTo(site, paths.paragraph(article.id, event.paragraph)),
      text: `paragraph ${event.paragraph} of ${citedHeadline(article.data)}`,
    },
    publisherShort: publication.publisherShort,
    publicationDate: shownDate(publication.date),
    note: event.note,
  };
}

function timelineMeeting(article: Article, { people, topics }: Archive, site: SiteContext): TimelineMeetingData {
  const { meeting, participants } = article.data;
  return {
    id: article.id,
    href: linkTo(site, paths.article(article.id)),
    headline: shownHeadline(article.data),
    name: meeting.name,
    date: meeting.date,
    dateBasis: meeting.dateBasis,
    participants: participants.map(({ person }) => ({
      person: mustGet(people, person.id),
      href: linkTo(site, paths.person(person.id)),
    })),
    topics: article.data.topics.map(({ id }) => ({ href: linkTo(site, paths.topic(id)), text: mustGet(topics, id).data.name })),
  };
}
