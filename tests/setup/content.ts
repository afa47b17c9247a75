import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { contentDir } from './paths.ts';

export interface RawArticle {
  /** The file name without `.mdx`: the article's slug. */
  id: string;
  /** The frontmatter as written (dates still strings), parsed by Astro's own parser. */
  data: Record<string, any>;
  /** The MDX body. */
  body: string;
}

/** The real articles in `content/articles/`, read straight from their files. */
export function readArticles(dir = join(contentDir, 'articles')): RawArticle[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((file) => {
      const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, file), 'utf-8'));
      return { id: file.replace(/\.mdx$/, ''), data: frontmatter, body: content };
    });
}
