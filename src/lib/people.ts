import { formPattern } from './glossary.ts';
import type { TextParagraph } from './quotes.ts';
import { literalGuardedTest } from './regexp.ts';

/**
 * The numbers of the paragraphs of a report that name a person by any of the given names, as whole words.
 * The paragraphs' text has its markup set aside, so a name split by an <abbr> or a link still counts.
 */
export function paragraphsNaming(paragraphs: readonly TextParagraph[], names: readonly string[]): number[] {
  const naming = literalGuardedTest(formPattern(names), names);
  return paragraphs.flatMap(({ number, text }) => (naming(text) ? [number] : []));
}
