import type { APIRoute } from 'astro';
import { ARCHIVE_NAME, loadArchive } from '../lib/archive.ts';
import { articleFeed } from '../lib/article-feed.ts';

/** The articles with their full text, newest publication first. */
export const GET: APIRoute = async ({ site }) => {
  const { articles, topics, glossaryById } = await loadArchive();
  return articleFeed({
    title: ARCHIVE_NAME,
    description: 'News reports of ASEAN–Japan diplomatic meetings, archived word for word.',
    articles,
    topics,
    glossary: glossaryById,
    site: site!,
    base: import.meta.env.BASE_URL,
  });
};
