import { formPattern } from './glossary.ts';
import { bodyParagraphs, paragraphText } from './paragraph-anchors.ts';

/**
 * The paragraphs (numbered from 1) of a report body that name a person by any of the given names.
 * Markup is set aside first, so a name split by an <abbr> or a link still counts.
 */
export function paragraphsNaming(mdxBody: string, names: readonly string[]): number[] {
  const pattern = formPattern(names);
  return bodyParagraphs(mdxBody).flatMap((block, index) =>
    pattern.test(paragraphText(block)) ? [index + 1] : [],
  );
}
