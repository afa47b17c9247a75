import type { TextParagraph } from './quotes.ts';
import { holdsWholeWord } from './regexp.ts';

/**
 * The numbers of the paragraphs of a report that name a person by any of the given names, as whole words.
 * The paragraphs' text has its markup set aside, so a name split by an <abbr> or a link still counts.
 */
export function paragraphsNaming(paragraphs: readonly TextParagraph[], names: readonly string[]): number[] {
  return paragraphs.flatMap(({ number, text }) => (holdsWholeWord(text, names) ? [number] : []));
}
