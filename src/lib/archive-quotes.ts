import type { Article } from './archive.ts';
import { articleBodyHtml } from './article-html.ts';
import { bodyParagraphsOf, quotesFrom, type BodyParagraph, type Quote } from './quotes.ts';
import { searchAliases, type NamedEntity } from './search-terms.ts';

let paragraphs: Promise<Map<string, BodyParagraph[]>> | undefined;

/** Every article's rendered paragraphs, read once per build (the bodies are rendered once, for the feeds too). */
function paragraphsByArticle(articles: readonly Article[]): Promise<Map<string, BodyParagraph[]>> {
  if (!paragraphs || import.meta.env.DEV) {
    paragraphs = Promise.all(
      articles.map(async (article) => [article.id, bodyParagraphsOf(await articleBodyHtml(article))] as const),
    ).then((entries) => new Map(entries));
  }
  return paragraphs;
}

/**
 * What the given articles (in meeting-date order) said of a person or topic: each paragraph naming it by any of
 * the names search knows it by (`searchAliases`), in meeting-date and then paragraph order.
 */
export async function quotesOf(
  entity: NamedEntity,
  articles: readonly Article[],
  allArticles: readonly Article[],
): Promise<Quote<Article>[]> {
  const byArticle = await paragraphsByArticle(allArticles);
  return quotesFrom(articles, (article) => byArticle.get(article.id) ?? [], searchAliases([entity]));
}
