import { headlineLang, publisherName, type TextInLanguage } from '../report-language.ts';
import type { Archive, Article, Meeting } from '../archive.ts';
import { mustGet } from '../lookup.ts';
import type { PartialDate } from '../dates.ts';
import { shownHeadline } from '../headline.ts';
import { LIST_PAGE_SIZE, pageSegment, paginateList, type ListPage } from '../pagination.ts';
import { shownDate, type ShownDate } from '../shown-dates.ts';
import { linkTo, type SiteContext } from '../site.ts';
import { paths } from '../urls.ts';
import type { TextLink } from './article-page.ts';

/** A static route as `getStaticPaths` returns it. */
export interface Route<Params, Props> {
  params: Params;
  props: Props;
}

/**
 * The routes of one paginated listing: its first page at `pathFor()`, the others at `pathFor('page/N')`.
 * Every listing in the archive is paginated this one way (`[...page]` routes), with `params` and `props`
 * the listing's own (a person's id, a year) and `page` added; `pageProps` adds what each page shows of its own
 * items beyond the list (its items by year, by country).
 */
export function listingRoutes<
  T,
  Params extends object,
  Props extends object,
  PageProps extends object = Record<never, never>,
>(listing: {
  items: readonly T[];
  pathFor: (page?: string) => string;
  site: SiteContext;
  params: Params;
  props: Props;
  pageSize?: number;
  pageProps?: (page: ListPage<T>) => PageProps;
}): Route<Params & { page: string | undefined }, Props & PageProps & { page: ListPage<T> }>[] {
  const { items, pathFor, site, params, props, pageSize = LIST_PAGE_SIZE, pageProps } = listing;
  return paginateList(items, (number) => linkTo(site, pathFor(pageSegment(number))), pageSize).map((page) => ({
    params: { ...params, page: pageSegment(page.currentPage) },
    props: { ...props, ...(pageProps?.(page) as PageProps), page },
  }));
}

/** What a card in a listing of reports shows. */
export interface ArticleCardData {
  href: string;
  headline: string;
  /** The headline's language, where it is not English (`headlineLang`). */
  headlineLang: string | undefined;
  meetingName: string;
  /** The meeting's date, to file the card under its year. */
  meetingDate: PartialDate;
  shownMeetingDate: ShownDate;
  publisher: TextInLanguage;
  participantNames: string[];
  topics: TopicsInBrief;
}

export function articleCard(
  article: Article,
  { people, topics }: Pick<Archive, 'people' | 'topics'>,
  site: SiteContext,
): ArticleCardData {
  const { meeting, participants } = article.data;
  const href = linkTo(site, paths.article(article.id));
  return {
    href,
    headline: shownHeadline(article.data),
    headlineLang: headlineLang(article),
    meetingName: meeting.name,
    meetingDate: meeting.date,
    shownMeetingDate: shownDate(meeting.date, { basis: meeting.dateBasis }),
    publisher: publisherName(article),
    participantNames: participants.map(({ person }) => mustGet(people, person.id).data.name),
    topics: topicsInBrief(reportTopicLinks(article, topics, site), href),
  };
}

/** A report as a meeting's card or timeline entry lists it under its meeting: its publisher and headline, linked. */
export interface ReportLine {
  href: string;
  headline: string;
  /** The headline's language, where it is not English (`headlineLang`). */
  headlineLang: string | undefined;
  publisher: TextInLanguage;
  publicationDate: ShownDate;
}

export function reportLine(article: Article, site: SiteContext): ReportLine {
  return {
    href: linkTo(site, paths.article(article.id)),
    headline: shownHeadline(article.data),
    headlineLang: headlineLang(article),
    publisher: publisherName(article),
    publicationDate: shownDate(article.data.publication.date),
  };
}

/** What a card in a listing of meetings shows: the meeting, linked to its page, and its reports under it. */
export interface MeetingCardData {
  href: string;
  name: string;
  /** The meeting's date, to file the card under its year. */
  date: PartialDate;
  shownDate: ShownDate;
  /** First published first. */
  reports: ReportLine[];
  /** Everyone who took part, by any of its reports, once each. */
  participantNames: string[];
  topics: TopicsInBrief;
}

/**
 * A meeting's card: by default with all its reports; a listing of a topic's meetings gives the reports tagged with
 * the topic. Its people and topics are those of the reports it shows, each once, in the order they first come.
 */
export function meetingCard(
  meeting: Meeting,
  { people, topics }: Pick<Archive, 'people' | 'topics'>,
  site: SiteContext,
  reports: readonly Article[] = meeting.reports,
): MeetingCardData {
  const href = linkTo(site, paths.meeting(meeting.id));
  const participantIds = new Set(reports.flatMap((report) => report.data.participants.map(({ person }) => person.id)));
  return {
    href,
    name: meeting.data.name,
    date: meeting.data.date,
    shownDate: shownDate(meeting.data.date, { basis: meeting.data.dateBasis }),
    reports: reports.map((report) => reportLine(report, site)),
    participantNames: [...participantIds].map((id) => mustGet(people, id).data.name),
    topics: briefly(meetingTopicLinks(reports, topics, site), href),
  };
}

/** The topics of a meeting's reports, each once, in the order they first come, linked to their pages. */
export function meetingTopicLinks(reports: readonly Article[], topics: Archive['topics'], site: SiteContext): TextLink[] {
  const ids = new Set(reports.flatMap((report) => report.data.topics.map(({ id }) => id)));
  return [...ids].map((id) => ({ href: linkTo(site, paths.topic(id)), text: mustGet(topics, id).data.name }));
}

/** A report's topics, in the order its editor gave them, linked to their pages. */
export function reportTopicLinks(article: Article, topics: Archive['topics'], site: SiteContext): TextLink[] {
  return article.data.topics.map(({ id }) => ({ href: linkTo(site, paths.topic(id)), text: mustGet(topics, id).data.name }));
}

/** A report's first few topics, as a card or a timeline entry shows them, and a link to the rest on its page. */
export interface TopicsInBrief {
  shown: TextLink[];
  more: TextLink | undefined;
}

/** How many topics a card or a timeline entry names before "and N more". */
export const TOPICS_IN_BRIEF = 3;

/** The id of the topics' heading on a report's page, where "and N more" leads. */
export const ARTICLE_TOPICS_ID = 'topics-heading';

export function topicsInBrief(topics: readonly TextLink[], articleHref: string, limit = TOPICS_IN_BRIEF): TopicsInBrief {
  return briefly(topics, `${articleHref}#${ARTICLE_TOPICS_ID}`, limit);
}

/** The first few topics, and "and N more" linked to where all of them are (a report's topics, a meeting's page). */
export function briefly(topics: readonly TextLink[], moreHref: string, limit = TOPICS_IN_BRIEF): TopicsInBrief {
  // "and 1 more" would take the room of the topic it hides.
  if (topics.length <= limit + 1) return { shown: [...topics], more: undefined };
  return { shown: topics.slice(0, limit), more: { href: moreHref, text: `and ${topics.length - limit} more` } };
}
