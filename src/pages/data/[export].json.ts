import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { articleTextHtml } from '../../lib/article-html.ts';
import { exportTimestamp, openDataArticle, openDataMeeting, type OpenDataExport } from '../../lib/open-data.ts';
import { keyedRoutes } from '../../build/page-cache-key.ts';
import { absoluteTo, ARCHIVE_LICENCE, RIGHTS_STATEMENT, siteContext } from '../../lib/site.ts';
import { filePaths } from '../../lib/urls.ts';

/**
 * The open data export (`/data/articles.json`): every meeting, oldest first, and every article, oldest meeting first.
 * A route with a parameter, as the calendar is, so that a rebuild reuses it when no report, meeting, person, topic or
 * glossary entry changed.
 */
export const getStaticPaths = keyedRoutes(({ articles, meetings, people, topics, glossaryById }) => {
  // A meeting's reports by id only: the articles are in the props already.
  const meetingRecords = meetings.map(({ id, data, reports }) => ({
    id,
    data,
    reports: reports.map((report) => ({ id: report.id })),
  }));
  return [{ params: { export: 'articles' }, props: { articles, meetings: meetingRecords, people, topics, glossaryById } }];
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { articles, meetings, people, topics, glossaryById } }) => {
  const site = siteContext();
  const url = (sitePath: string) => absoluteTo(site, sitePath);
  const data: OpenDataExport = {
    $schema: url(filePaths.articlesSchema),
    generated: exportTimestamp(articles.map(({ data }) => data.publication.date)),
    license: ARCHIVE_LICENCE.url,
    rights: RIGHTS_STATEMENT,
    meetings: meetings.map((meeting) => openDataMeeting(meeting, { absoluteUrl: url })),
    articles: articles.map((article) =>
      openDataArticle(article, articleTextHtml(article, glossaryById, site.base), { people, topics, absoluteUrl: url }),
    ),
  };
  return Response.json(data);
};
