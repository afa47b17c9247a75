/** Helpers that compare an article's words, and their line structure, with the report as received. */
import { NOTE_MARKER_CLASS } from '../../src/lib/note-marks.ts';
import { PARAGRAPH_ANCHOR_CLASS } from '../../src/lib/paragraph-anchors.ts';
import { LINE_BREAK, receivedParagraphs, words } from '../../src/lib/received-text.ts';

export { words } from '../../src/lib/received-text.ts';

/** The received report's words, frame taken out, as a reader sees them: a bullet is no word, a line break no gap. */
export function receivedWords(received: string, frame: readonly string[]): string[] {
  return receivedParagraphs(received, frame).flatMap((paragraph) => paragraph.words.filter((word) => word !== LINE_BREAK));
}

/** The report's paragraphs on a built article page: the body's numbered elements (paragraphs, lists, groups). */
export function bodyParagraphElements(document: Document): Element[] {
  return [...document.querySelectorAll('.article__body > [id^="p-"]')];
}

/**
 * What the archive adds to a rendered body paragraph: its number and the numbers of the editorial notes on its
 * phrases (the marks around those phrases hold the report's words). Only these are left out, so any other added
 * or changed word still shows.
 */
const ADDED_TO_BODY = `.${PARAGRAPH_ANCHOR_CLASS}, .${NOTE_MARKER_CLASS}`;

/** The report's text in a rendered body paragraph: everything but what the archive adds (`ADDED_TO_BODY`). */
export function reportText(paragraph: Element): string {
  const copy = paragraph.cloneNode(true) as Element;
  for (const added of copy.querySelectorAll(ADDED_TO_BODY)) added.remove();
  return copy.textContent ?? '';
}

/** Elements that start a line of their own inside a paragraph. */
const LINE_STARTS = new Set(['P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'TR']);

/**
 * A rendered paragraph's words as the received text has them: a `LINE_BREAK` where the page starts a new line
 * (a `<br>`, a list item, a block inside a group), what the archive adds left out.
 */
export function renderedLineWords(paragraph: Element): string[] {
  const lines = [''];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      lines[lines.length - 1] += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (element.matches(ADDED_TO_BODY)) return;
    if (element.tagName === 'BR' || LINE_STARTS.has(element.tagName)) lines.push('');
    for (const child of element.childNodes) walk(child);
    if (LINE_STARTS.has(element.tagName)) lines.push('');
  };
  for (const child of paragraph.childNodes) walk(child);
  return lines
    .map(words)
    .filter((line) => line.length > 0)
    .flatMap((line, index) => (index === 0 ? line : [LINE_BREAK, ...line]));
}
