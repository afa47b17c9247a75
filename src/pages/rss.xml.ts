import type { APIRoute } from 'astro';
import { loadArchive } from '../lib/archive.ts';
import { articleFeed } from '../lib/article-feed.ts';
import { SITE_NAME, siteContext } from '../lib/site.ts';
import { filePaths, paths } from '../lib/urls.ts';

/** The newest articles with their full text, newest publication first. */
export const GET: APIRoute = async () => {
  const { articles, topics, glossaryById } = await loadArchive();
  return articleFeed({
    title: SITE_NAME,
    description: 'News reports of ASEAN–Japan diplomatic meetings, archived word for word.',
    feedPath: filePaths.rss,
    pagePath: paths.home(),
    articles,
    topics,
    glossary: glossaryById,
    site: siteContext(),
  });
};
