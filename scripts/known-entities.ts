import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { load } from 'js-yaml';
import type { KnownEntity, KnownMeeting } from '../src/lib/new-report.ts';

/** The fields of an entity file that give its names (the content schema checks the files). */
interface EntityNames {
  name: string;
  abbreviation: string;
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

/**
 * Per meeting id, the people the reports of it list as taking part, read from the articles' frontmatter. A draft
 * whose frontmatter does not parse yet is skipped: it tells nothing of a meeting.
 */
function peopleByMeeting(articlesDir: string): Map<string, Set<string>> {
  const people = new Map<string, Set<string>>();
  if (!existsSync(articlesDir)) return people;
  for (const name of readdirSync(articlesDir).filter((file) => file.endsWith('.mdx'))) {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(articlesDir, name), 'utf-8'))?.[1];
    let data: { meeting?: { id?: unknown }; participants?: { person?: unknown }[] } | undefined;
    try {
      data = frontmatter === undefined ? undefined : (load(frontmatter) as typeof data);
    } catch {
      continue;
    }
    const id = data?.meeting?.id;
    if (typeof id !== 'string') continue;
    const ofMeeting = people.get(id) ?? new Set<string>();
    for (const { person } of Array.isArray(data?.participants) ? data.participants : []) {
      if (typeof person === 'string') ofMeeting.add(person);
    }
    people.set(id, ofMeeting);
  }
  return people;
}

/** The meetings of a content folder, each with the people its reports list, as `npm run new-report` compares a report with them. */
export function knownMeetings(contentDir: string): KnownMeeting[] {
  const people = peopleByMeeting(join(contentDir, 'articles'));
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
 * The people, topics, glossary and meetings of a content folder, with every name they go by, as `npm run new-report`
 * looks them up.
 */
export function knownEntities(contentDir: string): {
  people: KnownEntity[];
  topics: KnownEntity[];
  glossary: KnownEntity[];
  meetings: KnownMeeting[];
} {
  return {
    meetings: knownMeetings(contentDir),
    people: read(join(contentDir, 'people')).map(({ id, data }) => ({
      id,
      forms: [data.name, ...(data.variants ?? []), ...(data.nativeName?.text ? [data.nativeName.text] : [])],
    })),
    topics: read(join(contentDir, 'topics')).map(({ id, data }) => ({ id, forms: [data.name, ...(data.aliases ?? [])] })),
    glossary: read(join(contentDir, 'glossary')).map(({ id, data }) => ({
      id,
      forms: [data.abbreviation, ...(data.variants ?? [])],
    })),
  };
}
