import type { Archive, Article, Person } from '../archive.ts';
import { mustGet } from '../lookup.ts';
import { timelineEntries } from '../chronology.ts';
import type { PartialDate } from '../dates.ts';
import { shownHeadline } from '../headline.ts';
import { TIMELINE_PAGE_SIZE } from '../pagination.ts';
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

export type TimelineItem =
  | { kind: 'meeting'; date: PartialDate; meeting: TimelineMeetingData }
  | { kind: 'event'; date: PartialDate; article: Article; event: Article['data']['events'][number] };

/** Every meeting and every event the reports date, oldest first, in pages. */
export function timelineRoutes(archive: Archive, site: SiteContext) {
  const items = timelineEntries(archive.articles).map(
    (entry): TimelineItem => (entry.kind === 'meeting' ? { kind: 'meeting', date: entry.date, meeting: timelineMeeting(entry.article, archive, site) } : entry),
  );
  return listingRoutes({ items, pathFor: paths.timeline, site, params: {}, props: {}, pageSize: TIMELINE_PAGE_SIZE });
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
    participants: participants.map(({ person }) => ({ person: mustGet(people, person.id), href: linkTo(site, paths.person(person.id)) })),
    topics: article.data.topics.map(({ id }) => ({ href: linkTo(site, paths.topic(id)), text: mustGet(topics, id).data.name })),
  };
}
