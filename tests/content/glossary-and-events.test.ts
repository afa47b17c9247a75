import { describe, expect, it } from 'vitest';
import { glossarySchema } from '../../src/content.config.ts';
import { firstUse, markedTerms } from '../../src/lib/glossary.ts';
import { bodyParagraphs } from '../../src/lib/paragraph-anchors.ts';
import { readArticles, readEntries } from '../setup/content.ts';
import { contentDir } from '../setup/paths.ts';
import { mdxBodyWords } from '../setup/verbatim.ts';

const glossary = readEntries(contentDir, 'glossary');
const terms = glossary.map(({ id, data }) => {
  const { abbreviation, variants } = glossarySchema.parse(data);
  return { id, forms: [abbreviation, ...variants] };
});
const articles = readArticles(contentDir).map(({ id, data, body }) => ({ file: `${id}.mdx`, frontmatter: data, content: body }));

/** The body's paragraphs as readers see them, numbered from 1 like the page's `#p-N` anchors. */
const paragraphsOf = (content: string) => bodyParagraphs(content).map((block) => mdxBodyWords(block).join(' '));

describe('the glossary', () => {
  it.each(glossary)('entry $file matches the schema', ({ data }) => {
    expect(glossarySchema.safeParse(data).error).toBeUndefined();
  });
});

describe.each(articles)('$file', ({ frontmatter, content }) => {
  it('marks only abbreviations the glossary defines, each once', () => {
    const marked = markedTerms(content);
    for (const id of marked) expect(terms.map((term) => term.id), `<Abbr term="${id}">`).toContain(id);
    expect(new Set(marked).size, 'an abbreviation marked twice').toBe(marked.length);
  });

  it('marks the first use in the body of every abbreviation in the glossary', () => {
    for (const term of terms) {
      const at = firstUse(content, term);
      if (at < 0) continue;
      expect(content.slice(0, at), `first ${term.forms[0]}`).toMatch(new RegExp(`<Abbr term="${term.id}">$`));
    }
  });

  it('dates each event at a paragraph that says, word for word, what the event quotes', () => {
    const paragraphs = paragraphsOf(content);
    for (const { paragraph, quote } of frontmatter.events ?? []) {
      expect(paragraph, quote).toBeLessThanOrEqual(paragraphs.length);
      expect(paragraphs[paragraph - 1], `paragraph ${paragraph}`).toContain(mdxBodyWords(quote).join(' '));
    }
  });
});
