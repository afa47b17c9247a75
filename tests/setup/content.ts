import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { load } from 'js-yaml';

export interface RawArticle {
  /** The file name without `.mdx`: the article's slug. */
  id: string;
  /** The frontmatter as written (dates still strings), parsed by Astro's own parser. */
  data: Record<string, any>;
  /** The MDX body. */
  body: string;
}

/** An article file's frontmatter (as written) and MDX body, parsed by Astro's own parser. */
export function readArticleFile(path: string): { data: Record<string, any>; body: string } {
  const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf-8'));
  return { data: frontmatter, body: content };
}

/**
 * The articles of a content folder, read straight from their files, each `meeting` filled in from its meeting's file
 * as the archive resolves it: the meeting's facts, with the report's own date basis where it gives one.
 */
export function readArticles(contentDir: string): RawArticle[] {
  const dir = join(contentDir, 'articles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((file) => {
      const { data, body } = readArticleFile(join(dir, file));
      const meeting = load(readFileSync(join(contentDir, 'meetings', `${data.meeting.id}.yaml`), 'utf-8')) as object;
      return { id: file.replace(/\.mdx$/, ''), data: { ...data, meeting: { ...meeting, ...data.meeting } }, body };
    });
}

export interface RawEntry {
  /** The file name without `.yaml`: the entry's id. */
  id: string;
  file: string;
  /** The YAML as written, before the schema. */
  data: unknown;
}

/** The people, topics or glossary entries of a content folder, read straight from their YAML files. */
export function readEntries(contentDir: string, collection: 'people' | 'topics' | 'glossary'): RawEntry[] {
  const dir = join(contentDir, collection);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((file) => ({ id: file.replace(/\.yaml$/, ''), file, data: load(readFileSync(join(dir, file), 'utf-8')) }));
}
