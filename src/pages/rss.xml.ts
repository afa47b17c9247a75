import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadArchive, mustGet } from '../lib/archive.ts';
import { articleTextHtml } from '../lib/article-html.ts';
import { newestPublicationFirst, rssItem } from '../lib/feeds.ts';
import { absoluteUrl } from '../lib/urls.ts';

/** The articles with their full text, newest publication first. */
export const GET: APIRoute = async ({ site }) => {
  const { articles, topics, glossaryById } = await loadArchive();
  const base = import.meta.env.BASE_URL;
  const url = (sitePath: string) => absoluteUrl(site!, base, sitePath);
  const items = [...articles].sort(newestPublicationFirst).map((article) =>
    rssItem(article, {
      bodyHtml: articleTextHtml(article, glossaryById, base),
      topicNames: article.data.topics.map(({ id }) => mustGet(topics, id).data.name),
      url,
    }),
  );
  return rss({
    title: 'ASEAN–Japan Dialogue Archive',
    description: 'News reports of ASEAN–Japan diplomatic meetings, archived word for word.',
    site: url('/'),
    items,
    customData: '<language>en</language>',
  });
};
