import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/archive.ts';
import { articleBodyHtml } from '../../lib/article-html.ts';
import { feedPaths } from '../../lib/feeds.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { exportTimestamp, openDataArticle, type OpenDataExport } from '../../lib/open-data.ts';

/** The open data export: every article, oldest meeting first. */
export const GET: APIRoute = async ({ site }) => {
  const { articles, people, topics } = await loadArchive();
  const url = (sitePath: string) => absoluteUrl(site!, import.meta.env.BASE_URL, sitePath);
  const data: OpenDataExport = {
    $schema: url(feedPaths.articlesSchema),
    generated: exportTimestamp(articles.map(({ data }) => data.publication.date)),
    articles: await Promise.all(
      articles.map(async (article) =>
        openDataArticle(article, await articleBodyHtml(article), { people, topics, absoluteUrl: url }),
      ),
    ),
  };
  return Response.json(data);
};
