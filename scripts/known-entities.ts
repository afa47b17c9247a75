import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { load } from 'js-yaml';
import type { KnownEntity } from '../src/lib/new-report.ts';

/** The fields of an entity file that give its names (the content schema checks the files). */
interface EntityNames {
  name: string;
  abbreviation: string;
  variants?: string[];
  aliases?: string[];
  nativeName?: { text?: string };
}

/** The entity files of a folder, parsed; a YAML error names the file relative to the project. */
function read(dir: string): { id: string; data: EntityNames }[] {
  return readdirSync(dir)
    .filter((name) => ['.yaml', '.yml'].includes(extname(name)))
    .map((name) => {
      const path = join(dir, name);
      try {
        return { id: name.slice(0, -extname(name).length), data: load(readFileSync(path, 'utf-8')) as EntityNames };
      } catch (error) {
        throw new Error(`${relative(process.cwd(), path)}: ${(error as Error).message}`, { cause: error });
      }
    });
}

/** The people, topics and glossary of a content folder, with every name they go by, as `npm run new-report` looks them up. */
export function knownEntities(contentDir: string): { people: KnownEntity[]; topics: KnownEntity[]; glossary: KnownEntity[] } {
  return {
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
