import type { Archive, Article } from '../archive.ts';
import { mustGet } from '../lookup.ts';
import type { PartialDate } from '../dates.ts';
import { shownHeadline } from '../headline.ts';
import { LIST_PAGE_SIZE, pageSegment, paginateList, type ListPage } from '../pagination.ts';
import { linkTo, type SiteContext } from '../site.ts';
import { paths } from '../urls.ts';
import type { DateBasis } from '../vocabulary.ts';

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
  meetingName: string;
  meetingDate: PartialDate;
  dateBasis: DateBasis;
  publisher: string;
  participantNames: string[];
}

export function articleCard(article: Article, { people }: Pick<Archive, 'people'>, site: SiteContext): ArticleCardData {
  const { meeting, publication, participants } = article.data;
  return {
    href: linkTo(site, paths.article(article.id)),
    headline: shownHeadline(article.data),
    meetingName: meeting.name,
    meetingDate: meeting.date,
    dateBasis: meeting.dateBasis,
    publisher: publication.publisher,
    participantNames: participants.map(({ person }) => mustGet(people, person.id).data.name),
  };
}
