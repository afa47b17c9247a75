import { bodyParagraphs } from './paragraph-anchors.ts';
import { mdxBlockText } from './received-text.ts';
import { closingTag, hasEndTag, spliceHtml, tagTokens } from './html.ts';
import { holdsWholeWord } from './regexp.ts';

/**
 * Quoting what the reports said of a topic or a person: the body paragraphs that name it, found the way the
 * search finds a report (every name and alias from the entity file, capitals and accents ignored, whole words).
 * Paragraphs are found in the MDX source, which needs no rendering, and quoted from the rendered body.
 */
export interface TextParagraph {
  /** From 1, as the page numbers it (`#p-N`). */
  number: number;
  /** Its words as a reader sees them. */
  text: string;
}

export interface BodyParagraph {
  /** From 1, as the page numbers it (`#p-N`). */
  number: number;
  /** The paragraph's HTML as the page renders it (inline markup such as `<abbr>` kept). */
  html: string;
}

/** The numbered paragraphs of an MDX report body, numbered as the paragraph-anchors plugin numbers them. */
export function sourceParagraphs(mdxBody: string): TextParagraph[] {
  return bodyParagraphs(mdxBody).map((block, index) => ({ number: index + 1, text: mdxBlockText(block) }));
}

/**
 * The numbered paragraphs of a rendered report body (the paragraph-anchors plugin gives each its `id`). A `<p>`
 * is quoted by its content; a paragraph of several blocks or a list is quoted whole, without its id.
 */
export function bodyParagraphsOf(bodyHtml: string): BodyParagraph[] {
  const tokens = tagTokens(bodyHtml);
  const paragraphs: BodyParagraph[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const tag = tokens[index];
    if (tag.kind !== 'start' || !hasEndTag(tag)) continue;
    const closeIndex = closingTag(tokens, index);
    const close = tokens[closeIndex];
    const id = tag.attributes.id ?? '';
    const number = /^p-(\d+)$/.exec(id)?.[1];
    if (number) {
      // The start tag less its id: the quote is shown on another page.
      const startTag = bodyHtml.slice(tag.start, tag.end).replace(` id="${id}"`, '');
      const html =
        tag.name === 'p'
          ? bodyHtml.slice(tag.end, close.start)
          : spliceHtml(bodyHtml.slice(tag.start, close.end), [{ start: 0, end: tag.end - tag.start, text: startTag }]);
      paragraphs.push({ number: Number(number), html });
    }
    // Only the body's own top-level elements are its paragraphs.
    index = closeIndex;
  }
  return paragraphs;
}

/** Without accents, its capitals kept: "Bùi Thanh Sơn" is "Bui Thanh Son". */
function unaccented(text: string): string {
  return text.normalize('NFKD').replace(/\p{Mn}/gu, '');
}

/** Lower case without accents, as the search compares words ("Bùi Thanh Sơn" and "bui thanh son" are one). */
export function foldText(text: string): string {
  return unaccented(text).toLowerCase();
}

/** With each run of white space as one space, so a name is found however its words are spaced. */
function singleSpaced(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether a paragraph (`foldedParagraphs`) names any of the names as whole words, accents and capitals ignored;
 * `undefined` when there is no name to look for. With `properNames` (people's names), the words in the paragraph must
 * start with a capital, or with a letter of a script without capitals: "Dung" (Nguyễn Quốc Dũng) names no one in "sử
 * dụng", nor "Sơn" in "son", nor "Don" in "don't", where "MOTEGI Toshimitsu" names Motegi Toshimitsu.
 */
export function namesTest(
  names: readonly string[],
  { properNames = false } = {},
): ((paragraph: FoldedParagraph) => boolean) | undefined {
  const folded = [...new Set(names.map((name) => singleSpaced(foldText(name))).filter(Boolean))];
  if (folded.length === 0) return undefined;
  if (!properNames) return (paragraph) => holdsWholeWord(paragraph.folded, folded);
  return (paragraph) => {
    // Unfolded only where a name was found, which few paragraphs hold.
    let cased: string | undefined;
    return holdsWholeWord(paragraph.folded, folded, (at) => {
      cased ??= singleSpaced(unaccented(paragraph.text));
      // Lower case that changed a letter's length leaves no position to compare: taken as found.
      return cased.length !== paragraph.folded.length || !/\p{Ll}/u.test(cased[at]);
    });
  };
}

/**
 * A paragraph's number, its words folded (`foldText`, white space as single spaces), as `quotesFrom` compares them
 * with names, and its text as it is.
 */
export interface FoldedParagraph {
  number: number;
  folded: string;
  text: string;
}

export function foldedParagraphs(paragraphs: readonly TextParagraph[]): FoldedParagraph[] {
  return paragraphs.map(({ number, text }) => ({ number, folded: singleSpaced(foldText(text)), text }));
}

export interface Quote<A> {
  article: A;
  /** The paragraph's number, from 1. */
  paragraph: number;
}

/**
 * Every quote from the given articles (already in meeting-date order), in that order and then paragraph order: each
 * paragraph naming one of the names (`namesTest`), or that `alsoNaming` accepts. A report is searched for every person
 * and topic it names, so its folded paragraphs are given, to fold it once.
 */
export function quotesFrom<A>(
  articles: readonly A[],
  paragraphsOf: (article: A) => readonly FoldedParagraph[],
  names: readonly string[],
  { alsoNaming, ...options }: { properNames?: boolean; alsoNaming?: (paragraph: FoldedParagraph) => boolean } = {},
): Quote<A>[] {
  const byName = namesTest(names, options);
  const naming =
    byName && alsoNaming ? (paragraph: FoldedParagraph) => byName(paragraph) || alsoNaming(paragraph) : (byName ?? alsoNaming);
  if (!naming) return [];
  return articles.flatMap((article) =>
    paragraphsOf(article)
      .filter((paragraph) => naming(paragraph))
      .map(({ number }) => ({ article, paragraph: number })),
  );
}
