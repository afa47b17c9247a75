import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/archive.ts';
import { articleTextHtml } from '../../lib/article-html.ts';
import { feedPaths } from '../../lib/feeds.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { exportTimestamp, openDataArticle, type OpenDataExport } from '../../lib/open-data.ts';

/** The open data export: every article, oldest meeting first. */
export const GET: APIRoute = async ({ site }) => {
  const { articles, people, topics, glossaryById } = await loadArchive();
  const base = import.meta.env.BASE_URL;
  const url = (sitePath: string) => absoluteUrl(site!, base, sitePath);
  const data: OpenDataExport = {
    $schema: url(feedPaths.articlesSchema),
    generated: exportTimestamp(articles.map(({ data }) => data.publication.date)),
    articles: articles.map((article) =>
      openDataArticle(article, articleTextHtml(article, glossaryById, base), { people, topics, absoluteUrl: url }),
    ),
  };
  return Response.json(data);
};
