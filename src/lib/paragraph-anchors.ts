import type { Element, ElementContent, Root } from 'hast';

/** The id of a report's body paragraph, counted from 1: readers cite "paragraph 7" as `#p-7`. */
export function paragraphId(number: number): string {
  return `p-${number}`;
}

/** Class of the "¶" link, so styles and the verbatim checks can tell it from the report's words. */
export const PARAGRAPH_ANCHOR_CLASS = 'paragraph-anchor';

function permalink(number: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: [PARAGRAPH_ANCHOR_CLASS],
      href: `#${paragraphId(number)}`,
      ariaLabel: `Link to paragraph ${number}`,
      // Page furniture, not the report's words: kept out of search excerpts.
      dataPagefindIgnore: '',
    },
    children: [{ type: 'text', value: '¶' }],
  };
}

/**
 * Rehype plugin: numbers the top-level paragraphs of a report's body (`p-1`, `p-2`, …) and ends each with a
 * "¶" permalink. Only top-level paragraphs count, so the numbers match the report's own paragraphs and
 * stay stable as long as its text does.
 */
export function rehypeParagraphAnchors() {
  return (tree: Root) => {
    let number = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      number += 1;
      node.properties.id = paragraphId(number);
      node.children.push({ type: 'text', value: ' ' } satisfies ElementContent, permalink(number));
    }
  };
}

/**
 * Rendered HTML without the "¶" permalinks (and the space before each): what is left is the report's own
 * text, for copies of it outside its page such as the feed and the open data export.
 */
export function withoutParagraphAnchors(html: string): string {
  return html.replace(new RegExp(` <a class="${PARAGRAPH_ANCHOR_CLASS}"[^>]*>¶</a>`, 'g'), '');
}

/**
 * The top-level paragraphs of an MDX report body, as raw MDX, numbered as the rehype plugin numbers them
 * (item n is paragraph n + 1). Reports are plain paragraphs separated by blank lines.
 */
export function bodyParagraphs(mdxBody: string): string[] {
  return mdxBody.split(/\n[^\S\n]*\n/).filter((block) => block.trim() !== '');
}

/** A paragraph's words as the reader sees them: markup set aside, spaces collapsed. */
export function paragraphText(mdxParagraph: string): string {
  return mdxParagraph.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}
