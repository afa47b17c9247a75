import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';

export interface RawArticle {
  /** The file name without `.mdx`: the article's slug. */
  id: string;
  /** The frontmatter as written (dates still strings), parsed by Astro's own parser. */
  data: Record<string, any>;
  /** The MDX body. */
  body: string;
}

/** The articles of a content folder, read straight from their files. */
export function readArticles(contentDir: string): RawArticle[] {
  const dir = join(contentDir, 'articles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((file) => {
      const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, file), 'utf-8'));
      return { id: file.replace(/\.mdx$/, ''), data: frontmatter, body: content };
    });
}
