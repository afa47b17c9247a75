import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/archive.ts';
import { articleTextHtml } from '../../lib/article-html.ts';
import { filePaths } from '../../lib/urls.ts';
import { absoluteTo, siteContext } from '../../lib/site.ts';
import { exportTimestamp, openDataArticle, type OpenDataExport } from '../../lib/open-data.ts';

/** The open data export: every article, oldest meeting first. */
export const GET: APIRoute = async () => {
  const { articles, people, topics, glossaryById } = await loadArchive();
  const site = siteContext();
  const url = (sitePath: string) => absoluteTo(site, sitePath);
  const data: OpenDataExport = {
    $schema: url(filePaths.articlesSchema),
    generated: exportTimestamp(articles.map(({ data }) => data.publication.date)),
    articles: articles.map((article) =>
      openDataArticle(article, articleTextHtml(article, glossaryById, site.base), { people, topics, absoluteUrl: url }),
    ),
  };
  return Response.json(data);
};
