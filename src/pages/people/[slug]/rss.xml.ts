import type { APIRoute, GetStaticPaths } from 'astro';
import { ARCHIVE_NAME, loadArchive, type Person } from '../../../lib/archive.ts';
import { articleFeed } from '../../../lib/article-feed.ts';
import { ENTITY_FEED_ITEMS } from '../../../lib/feeds.ts';

export const getStaticPaths = (async () => {
  const { people } = await loadArchive();
  return [...people.values()].map((person) => ({ params: { slug: person.id }, props: { person } }));
}) satisfies GetStaticPaths;

/** The reports a person took part in or is mentioned in, with their full text. */
export const GET: APIRoute<{ person: Person }> = async ({ props: { person }, site }) => {
  const { appearances, topics, glossaryById } = await loadArchive();
  return articleFeed({
    title: `${person.data.name} · ${ARCHIVE_NAME}`,
    description: `Reports of ASEAN–Japan meetings in which ${person.data.name} took part or is mentioned, archived word for word.`,
    articles: (appearances.get(person.id) ?? []).map(({ article }) => article),
    topics,
    glossary: glossaryById,
    site: site!,
    base: import.meta.env.BASE_URL,
    limit: ENTITY_FEED_ITEMS,
  });
};
