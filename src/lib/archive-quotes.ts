import type { Article, GlossaryEntry } from './archive.ts';
import { articleParagraphs } from './article-html.ts';
import { foldedParagraphsOf } from './article-paragraphs.ts';
import { familyNameWithOffice } from './japanese-names.ts';
import { quotesFrom, type BodyParagraph, type FoldedParagraph, type Quote } from './quotes.ts';
import { holdsWholeWord } from './regexp.ts';
import { searchAliases, type NamedEntity } from './search-terms.ts';

/**
 * What the given articles (in meeting-date order) said of a person or topic: each paragraph naming it by any of
 * the names search knows it by (`searchAliases`), and a person written in kanji by the family name before an office
 * too (`familyNameWithOffice`: 茂木大臣), in meeting-date and then paragraph order. A person's names are proper names
 * (`namesTest`); a topic's may be ordinary words ("connectivity").
 */
export function quotesOf(entity: NamedEntity, articles: readonly Article[], kind: 'person' | 'topic'): Quote<Article>[] {
  const names = searchAliases([entity]);
  if (kind === 'topic') return quotesFrom(articles, foldedParagraphsOf, names);
  const withOffice = entity.nativeName ? familyNameWithOffice(entity.nativeName.text) : [];
  // Where no letter of a name written so stands before it: 林大臣 is not 小林大臣, nor 茂氏 吉田茂氏.
  const namedWithOffice = ({ text }: FoldedParagraph) =>
    holdsWholeWord(text, withOffice, (at) => !JAPANESE_LETTER.test(String.fromCodePoint(text.codePointAt(at - 1) ?? 32)));
  return quotesFrom(articles, foldedParagraphsOf, names, {
    properNames: true,
    alsoNaming: withOffice.length > 0 ? namedWithOffice : undefined,
  });
}

const JAPANESE_LETTER = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u;

/** A quoted paragraph as the article page renders it, without its number. */
export function quotedParagraph(
  { article, paragraph }: Quote<Article>,
  glossary: ReadonlyMap<string, GlossaryEntry>,
  base: string,
): BodyParagraph {
  const found = articleParagraphs(article, glossary, base).find(({ number }) => number === paragraph);
  if (!found) throw new Error(`${article.filePath ?? article.id}: the rendered body has no paragraph ${paragraph}`);
  return found;
}
