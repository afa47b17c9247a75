import type { Article, GlossaryEntry } from './archive.ts';
import { articleTextHtml } from './article-html.ts';
import { foldedParagraphsOf } from './article-paragraphs.ts';
import { bodyParagraphsOf, quotesFrom, type BodyParagraph, type Quote } from './quotes.ts';
import { searchAliases, type NamedEntity } from './search-terms.ts';

/**
 * What the given articles (in meeting-date order) said of a person or topic: each paragraph naming it by any of
 * the names search knows it by (`searchAliases`), in meeting-date and then paragraph order.
 */
export function quotesOf(entity: NamedEntity, articles: readonly Article[]): Quote<Article>[] {
  return quotesFrom(articles, foldedParagraphsOf, searchAliases([entity]));
}

/**
 * Each article's rendered paragraphs, parsed once however many quotes it gives: the archive is loaded once per
 * build, with one glossary and one base path, so an article object's paragraphs cannot change.
 */
const paragraphsByArticle = new WeakMap<Article, BodyParagraph[]>();

/** A quoted paragraph as the article page renders it, without its "¶" permalink. */
export function quotedParagraph(
  { article, paragraph }: Quote<Article>,
  glossary: ReadonlyMap<string, GlossaryEntry>,
  base: string,
): BodyParagraph {
  let paragraphs = paragraphsByArticle.get(article);
  if (!paragraphs) {
    paragraphs = bodyParagraphsOf(articleTextHtml(article, glossary, base));
    paragraphsByArticle.set(article, paragraphs);
  }
  const found = paragraphs.find(({ number }) => number === paragraph);
  if (!found) throw new Error(`${article.filePath ?? article.id}: the rendered body has no paragraph ${paragraph}`);
  return found;
}
