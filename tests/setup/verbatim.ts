/** Helpers that compare an article's words with the report as received. */
import { PARAGRAPH_ANCHOR_CLASS } from '../../src/lib/paragraph-anchors.ts';

/** The words of an MDX body as a reader sees them: markup (tags, link syntax, comments) removed. */
export function mdxBodyWords(body: string): string[] {
  const text = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1');
  return words(text);
}

/** Whitespace-separated words; non-breaking and other Unicode spaces count as spaces. */
export function words(text: string): string[] {
  return text.split(/[\s\u00a0]+/u).filter(Boolean);
}

/**
 * The received text with each frame piece (page title, headline, byline, caption…) taken out once, in order.
 * Throws if a piece is not in the received text word for word.
 */
export function withoutFrame(received: string, frame: readonly string[]): string {
  let rest = received;
  for (const piece of frame) {
    const at = rest.indexOf(piece);
    if (at < 0) throw new Error(`The frame piece "${piece}" is not in the received text`);
    rest = `${rest.slice(0, at)} ${rest.slice(at + piece.length)}`;
  }
  return rest;
}

/**
 * The report's text in a rendered body paragraph: everything but the archive's "¶" permalink.
 * Only that one element is left out, so any other added or changed word still shows.
 */
export function reportText(paragraph: Element): string {
  const copy = paragraph.cloneNode(true) as Element;
  for (const anchor of copy.querySelectorAll(`:scope > .${PARAGRAPH_ANCHOR_CLASS}`)) anchor.remove();
  return copy.textContent ?? '';
}
