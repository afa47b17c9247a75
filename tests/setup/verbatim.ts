/** Helpers that compare an article's words with the report as received. */
import { PARAGRAPH_ANCHOR_CLASS } from '../../src/lib/paragraph-anchors.ts';

export { mdxBodyWords, withoutFrame, words } from '../../src/lib/received-text.ts';

/**
 * The report's text in a rendered body paragraph: everything but the archive's "¶" permalink.
 * Only that one element is left out, so any other added or changed word still shows.
 */
export function reportText(paragraph: Element): string {
  const copy = paragraph.cloneNode(true) as Element;
  for (const anchor of copy.querySelectorAll(`:scope > .${PARAGRAPH_ANCHOR_CLASS}`)) anchor.remove();
  return copy.textContent ?? '';
}
