import type { APIRoute, GetStaticPaths } from 'astro';
import { ARCHIVE_NAME, loadArchive, type Topic } from '../../../lib/archive.ts';
import { articleFeed } from '../../../lib/article-feed.ts';
import { ENTITY_FEED_ITEMS } from '../../../lib/feeds.ts';

export const getStaticPaths = (async () => {
  const { topics } = await loadArchive();
  return [...topics.values()].map((topic) => ({ params: { slug: topic.id }, props: { topic } }));
}) satisfies GetStaticPaths;

/** The reports tagged with a topic, with their full text. */
export const GET: APIRoute<{ topic: Topic }> = async ({ props: { topic }, site }) => {
  const { topicArticles, topics, glossaryById } = await loadArchive();
  return articleFeed({
    title: `${topic.data.name} · ${ARCHIVE_NAME}`,
    description: `Reports of ASEAN–Japan meetings on ${topic.data.name}, archived word for word.`,
    articles: topicArticles.get(topic.id) ?? [],
    topics,
    glossary: glossaryById,
    site: site!,
    base: import.meta.env.BASE_URL,
    limit: ENTITY_FEED_ITEMS,
  });
};
