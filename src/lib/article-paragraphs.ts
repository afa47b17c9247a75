import type { Article } from './archive.ts';
import { foldedParagraphs, sourceParagraphs, type FoldedParagraph, type TextParagraph } from './quotes.ts';

/**
 * A report's numbered paragraphs, found once per build: each report is searched for every person and topic it
 * names (their pages and quote pages), and splitting its body again for each was most of those routes' time.
 * The archive is loaded once per build and never changed, so a result cannot go stale.
 */
const paragraphs = new WeakMap<Article, TextParagraph[]>();
const folded = new WeakMap<Article, FoldedParagraph[]>();

export function articleTextParagraphs(article: Article): TextParagraph[] {
  return memo(paragraphs, article, () => sourceParagraphs(article.body ?? ''));
}

/** The same with their text folded, as `quotesFrom` compares it with names. */
export function foldedParagraphsOf(article: Article): FoldedParagraph[] {
  return memo(folded, article, () => foldedParagraphs(articleTextParagraphs(article)));
}

function memo<Value>(cache: WeakMap<Article, Value>, article: Article, compute: () => Value): Value {
  let value = cache.get(article);
  if (value === undefined) {
    value = compute();
    cache.set(article, value);
  }
  return value;
}
