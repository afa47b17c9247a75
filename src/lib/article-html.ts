import type { Article, GlossaryEntry } from './archive.ts';
import { withGlossaryLinks, type GlossaryLink } from './glossary-markup.ts';
import { articleTextParagraphs } from './article-paragraphs.ts';
import { notesInReadingOrder, withNoteMarks } from './note-marks.ts';
import { withoutParagraphAnchors } from './paragraph-anchors.ts';
import { bodyParagraphsOf, type BodyParagraph } from './quotes.ts';
import { RENDER_ERROR } from './report-body.ts';
import { paths, withBase } from './urls.ts';

/**
 * An article's body as its page shows it: the HTML the report loader rendered when the content was loaded
 * (`src/build/report-loader.ts`), with numbered paragraphs, its abbreviations linked to the glossary, and the
 * phrases its editorial notes are about marked; with the numbers of the notes whose phrase is not in the body
 * (the checks have found it in the photo caption).
 */
export function articleBodyHtml(
  article: Article,
  glossary: ReadonlyMap<string, GlossaryEntry>,
  base: string,
): { html: string; unmarked: number[] } {
  return once(article, 'page', () =>
    withNoteMarks(
      articleFeedHtml(article, glossary, base),
      articleNotes(article).map(({ number, about }) => ({ number, about })),
    ),
  );
}

/** An article's editorial notes, numbered in reading order (`notesInReadingOrder`): once, for its body and its page. */
export function articleNotes(article: Article): NumberedNote[] {
  return once(article, 'notes', () =>
    notesInReadingOrder(article.data.notes, articleTextParagraphs(article), article.data.publication.photo?.caption),
  );
}

type NumberedNote = ReturnType<typeof notesInReadingOrder<Article['data']['notes'][number]>>[number];

/**
 * The forms of an article's HTML that pages show (its page's, its feed's, its text's, and its text's paragraphs),
 * and its notes in the order they number them.
 */
interface ArticleHtml {
  notes: NumberedNote[];
  page: { html: string; unmarked: number[] };
  feed: string;
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

/**
 * The body for a feed: its paragraphs numbered as on its page, without the marks of the notes (a feed item does not
 * carry them).
 */
export function articleFeedHtml(article: Article, glossary: ReadonlyMap<string, GlossaryEntry>, base: string): string {
  return once(article, 'feed', () => linkedBodyHtml(article, glossary, base));
}

/** The body's own words for copies outside its page (quotes, the open data export): no paragraph numbers, no marks. */
export function articleTextHtml(article: Article, glossary: ReadonlyMap<string, GlossaryEntry>, base: string): string {
  return once(article, 'text', () => withoutParagraphAnchors(articleFeedHtml(article, glossary, base)));
}

/** The numbered paragraphs of the body's text, for quoting it elsewhere. */
export function articleParagraphs(article: Article, glossary: ReadonlyMap<string, GlossaryEntry>, base: string): BodyParagraph[] {
  return once(article, 'paragraphs', () => bodyParagraphsOf(articleTextHtml(article, glossary, base)));
}
