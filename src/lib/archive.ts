import { getCollection, type CollectionEntry } from 'astro:content';
import { byMeetingDate } from './meetings.ts';
import { appearancesByPerson, articlesByTopic, type Appearance } from './relations.ts';

export type Article = CollectionEntry<'articles'>;
export type Person = CollectionEntry<'people'>;
export type Topic = CollectionEntry<'topics'>;

export interface Archive {
  /** Oldest meeting first. */
  articles: Article[];
  people: Map<string, Person>;
  topics: Map<string, Topic>;
  /** Per person id, the articles they appear in, oldest meeting first. */
  appearances: Map<string, Appearance<Article>[]>;
  /** Per topic id, the articles tagged with it, oldest meeting first. */
  topicArticles: Map<string, Article[]>;
}

let archive: Promise<Archive> | undefined;

/**
 * The whole archive, loaded and sorted once per build rather than once per page.
 * In development it is reloaded on every request, so edits show without a restart.
 */
export function loadArchive(): Promise<Archive> {
  if (import.meta.env.DEV) return readArchive();
  archive ??= readArchive();
  return archive;
}

async function readArchive(): Promise<Archive> {
  const [articles, people, topics] = await Promise.all([
    getCollection('articles'),
    getCollection('people'),
    getCollection('topics'),
  ]);
  articles.sort(byMeetingDate);
  const archive = {
    articles,
    people: new Map(people.map((person) => [person.id, person])),
    topics: new Map(topics.map((topic) => [topic.id, topic])),
    appearances: appearancesByPerson(articles),
    topicArticles: articlesByTopic(articles),
  };
  assertReferencesResolve(archive);
  return archive;
}

/**
 * The schema checks references when an article is parsed, but the content cache skips unchanged
 * articles: deleting a person file would otherwise go unnoticed until a page failed obscurely.
 */
function assertReferencesResolve({ articles, people, topics }: Pick<Archive, 'articles' | 'people' | 'topics'>) {
  const problems: string[] = [];
  for (const { id, filePath, data } of articles) {
    const where = filePath ?? id;
    data.participants.forEach(({ person }, index) => {
      if (!people.has(person.id)) problems.push(`${where}: participants.${index}.person: no people entry "${person.id}"`);
    });
    data.mentions.forEach(({ person }, index) => {
      if (!people.has(person.id)) problems.push(`${where}: mentions.${index}.person: no people entry "${person.id}"`);
    });
    data.topics.forEach((topic, index) => {
      if (!topics.has(topic.id)) problems.push(`${where}: topics.${index}: no topics entry "${topic.id}"`);
    });
  }
  if (problems.length > 0) throw new Error(`Broken references in the content:\n${problems.join('\n')}`);
}

/** Looks up an entity that the schema has already checked exists. */
export function mustGet<T>(map: Map<string, T>, id: string): T {
  const found = map.get(id);
  if (!found) throw new Error(`Unknown entity "${id}"; the content schema should have caught this.`);
  return found;
}
