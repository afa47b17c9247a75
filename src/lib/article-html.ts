import type { Article, GlossaryEntry } from './archive.ts';
import { withGlossaryLinks, type GlossaryLink } from './glossary-markup.ts';
import { withoutParagraphAnchors } from './paragraph-anchors.ts';
import { bodyParagraphsOf, type BodyParagraph } from './quotes.ts';
import { RENDER_ERROR } from './report-body.ts';
import { paths, withBase } from './urls.ts';

/**
 * An article's body as its page shows it: the HTML the report loader rendered when the content was loaded
 * (`src/build/report-loader.ts`), with numbered paragraphs, and its abbreviations linked to the glossary.
 */
export function articleBodyHtml(article: Article, glossary: ReadonlyMap<string, GlossaryEntry>, base: string): string {
  return once(article, 'page', () => linkedBodyHtml(article, glossary, base));
}

/** The forms of an article's HTML that pages show: its page's, its text's, and its text's paragraphs. */
interface ArticleHtml {
  page: string;
  text: string;
  paragraphs: BodyParagraph[];
}

/**
 * Each article's HTML, made once per build however many pages show it (its page, feeds, quotes, the open data):
 * the archive is loaded once, with one glossary and one base path, so an article object's HTML cannot change.
 */
const madeHtml = new WeakMap<Article, Partial<ArticleHtml>>();

function once<Form extends keyof ArticleHtml>(article: Article, form: Form, make: () => ArticleHtml[Form]): ArticleHtml[Form] {
  const made = madeHtml.get(article) ?? {};
  madeHtml.set(article, made);
  return (made[form] ??= make());
}

function linkedBodyHtml(article: Article, glossary: ReadonlyMap<string, GlossaryEntry>, base: string): string {
  const where = article.filePath ?? article.id;
  const renderError = article.rendered?.metadata?.[RENDER_ERROR];
  // The build stops at such an error when the content loads; in `astro dev` the page shows it instead.
  if (typeof renderError === 'string') throw new Error(renderError);
  if (article.rendered === undefined) throw new Error(`${where}: the report body was not rendered when the content loaded`);
  return withGlossaryLinks(article.rendered.html, glossaryLinkFor(glossary, base, where));
}

/** Looks up the link of a glossary term that `where` uses. */
export function glossaryLinkFor(
  glossary: ReadonlyMap<string, GlossaryEntry>,
  base: string,
  where: string,
): (term: string) => GlossaryLink {
  return (term) => {
    const entry = glossary.get(term);
    // The loader checks terms, but skips unchanged reports: a glossary entry deleted since must stop the build here.
    if (!entry) throw new Error(`${where}: <Abbr term="${term}">: no glossary entry "${term}" in glossary/`);
    return { expansion: entry.data.expansion, href: withBase(base, paths.glossaryEntry(term)) };
  };
}

/** The body for copies outside its page (the feed, the open data export): the page's "¶" permalinks left out. */
export function articleTextHtml(article: Article, glossary: ReadonlyMap<string, GlossaryEntry>, base: string): string {
  return once(article, 'text', () => withoutParagraphAnchors(articleBodyHtml(article, glossary, base)));
}

/** The numbered paragraphs of the body's text, for quoting it elsewhere. */
export function articleParagraphs(article: Article, glossary: ReadonlyMap<string, GlossaryEntry>, base: string): BodyParagraph[] {
  return once(article, 'paragraphs', () => bodyParagraphsOf(articleTextHtml(article, glossary, base)));
}
