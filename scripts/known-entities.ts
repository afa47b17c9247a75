import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { load } from 'js-yaml';
import type { KnownEntity, KnownMeeting, KnownPublisher } from '../src/lib/new-report.ts';

/** The fields of an entity file that give its names (the content schema checks the files). */
interface EntityNames {
  name: string;
  abbreviation: string;
  expansion?: string;
  variants?: string[];
  aliases?: string[];
  nativeName?: { text?: string };
}

/** The fields of a meeting file new-report compares a report with (the content schema checks the files). */
interface MeetingFacts {
  name: string;
  series?: string;
  partOf?: string;
  date: string | Date;
  dateBasis: string;
}

/** The entity files of a folder, parsed; a YAML error names the file relative to the project. A missing folder has none. */
function read<Data = EntityNames>(dir: string): { id: string; data: Data }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => ['.yaml', '.yml'].includes(extname(name)))
    .map((name) => {
      const path = join(dir, name);
      try {
        return { id: name.slice(0, -extname(name).length), data: load(readFileSync(path, 'utf-8')) as Data };
      } catch (error) {
        throw new Error(`${relative(process.cwd(), path)}: ${(error as Error).message}`, { cause: error });
      }
    });
}

/** The fields of an article new-report reads (the content schema checks the files; a draft may have none of them). */
interface ArticleFacts {
  meeting?: { id?: unknown };
  participants?: { person?: unknown }[];
  publication?: { publisher?: unknown; publisherShort?: unknown; publisherLang?: unknown; type?: unknown };
}

/** The articles' frontmatter; a draft whose frontmatter does not parse yet is left out: it tells nothing. */
function articleFacts(articlesDir: string): ArticleFacts[] {
  if (!existsSync(articlesDir)) return [];
  return readdirSync(articlesDir)
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((name) => {
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(articlesDir, name), 'utf-8'))?.[1];
      try {
        const data = frontmatter === undefined ? undefined : load(frontmatter);
        return data && typeof data === 'object' ? [data as ArticleFacts] : [];
      } catch {
        return [];
      }
    });
}

/** Per meeting id, the people the reports of it list as taking part. */
function peopleByMeeting(articles: readonly ArticleFacts[]): Map<string, Set<string>> {
  const people = new Map<string, Set<string>>();
  for (const data of articles) {
    const id = data.meeting?.id;
    if (typeof id !== 'string') continue;
    const ofMeeting = people.get(id) ?? new Set<string>();
    for (const { person } of Array.isArray(data.participants) ? data.participants : []) {
      if (typeof person === 'string') ofMeeting.add(person);
    }
    people.set(id, ofMeeting);
  }
  return people;
}

/** The publishers the articles name, each name once with its abbreviation and the language the name is in. */
function knownPublishers(articles: readonly ArticleFacts[]): KnownPublisher[] {
  const publishers = new Map<string, KnownPublisher>();
  for (const { publication } of articles) {
    const { publisher: name, publisherShort, publisherLang: lang, type } = publication ?? {};
    // A publisher with no abbreviation goes by its name, as the content schema gives it.
    const short = publisherShort ?? name;
    if (typeof name !== 'string' || typeof short !== 'string' || name.startsWith('TODO:')) continue;
    const key = `${name}\n${short}`;
    // A publisher any of whose reports the archive gives as a page of its own site is an official body.
    const website = type === 'website' || publishers.get(key)?.type === 'website';
    publishers.set(key, { name, short, ...(typeof lang === 'string' ? { lang } : {}), ...(website ? { type: 'website' } : {}) });
  }
  return [...publishers.values()];
}

/** The meetings of a content folder, each with the people its reports list, as `npm run new-report` compares a report with them. */
function knownMeetings(contentDir: string, articles: readonly ArticleFacts[]): KnownMeeting[] {
  const people = peopleByMeeting(articles);
  return read<MeetingFacts>(join(contentDir, 'meetings')).map(({ id, data }) => ({
    id,
    name: String(data.name),
    ...(data.series ? { series: String(data.series) } : {}),
    ...(data.partOf ? { partOf: String(data.partOf) } : {}),
    // An unquoted date is a timestamp to YAML; the content check refuses it, but it still names a day.
    date: data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date),
    dateBasis: String(data.dateBasis),
    people: [...(people.get(id) ?? [])].sort(),
  }));
}

/**
 * The people, topics, glossary, meetings and publishers of a content folder, with every name they go by, as
 * `npm run new-report` looks them up.
 */
export function knownEntities(contentDir: string): {
  people: KnownEntity[];
  topics: KnownEntity[];
  glossary: (KnownEntity & { expansion?: string })[];
  meetings: KnownMeeting[];
  publishers: KnownPublisher[];
} {
  const articles = articleFacts(join(contentDir, 'articles'));
  return {
    meetings: knownMeetings(contentDir, articles),
    publishers: knownPublishers(articles),
    people: read(join(contentDir, 'people')).map(({ id, data }) => ({
      id,
      forms: [data.name, ...(data.variants ?? []), ...(data.nativeName?.text ? [data.nativeName.text] : [])],
    })),
    topics: read(join(contentDir, 'topics')).map(({ id, data }) => ({ id, forms: [data.name, ...(data.aliases ?? [])] })),
    glossary: read(join(contentDir, 'glossary')).map(({ id, data }) => ({
      id,
      forms: [data.abbreviation, ...(data.variants ?? [])],
      expansion: data.expansion,
    })),
  };
}
