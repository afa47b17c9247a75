import type { Element, ElementContent, Root } from 'hast';
import { classesOf, closingTag, spliceHtml, tagTokens } from './html.ts';

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

/** Class of the element that holds one numbered paragraph rendered as several blocks (text and a list after it). */
export const PARAGRAPH_GROUP_CLASS = 'paragraph-group';

/**
 * The body's top-level elements grouped as the report's paragraphs: elements with no blank line between them in
 * the source (a paragraph and the list it introduces) are one paragraph.
 */
function paragraphsOf(tree: Root): Element[][] {
  const paragraphs: Element[][] = [];
  let lastLine = Number.NEGATIVE_INFINITY;
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    const start = node.position?.start.line ?? Number.POSITIVE_INFINITY;
    if (start <= lastLine + 1 && paragraphs.length > 0) paragraphs.at(-1)!.push(node);
    else paragraphs.push([node]);
    lastLine = node.position?.end.line ?? lastLine;
  }
  return paragraphs;
}

/** Elements whose last child may be a link: where a paragraph's "¶" goes. */
const TEXT_BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div']);

/** Where a paragraph's "¶" goes: after its last words, in its last list item when it ends in a list. */
function permalinkParent(element: Element): Element | undefined {
  const last = element.children.findLast((child): child is Element => child.type === 'element');
  if (['ul', 'ol', 'li', 'blockquote', 'div'].includes(element.tagName) && last) return permalinkParent(last) ?? element;
  return TEXT_BLOCKS.has(element.tagName) ? element : undefined;
}

/**
 * Rehype plugin: numbers the report's paragraphs (`p-1`, `p-2`, …) and ends each with a "¶" permalink. A paragraph
 * is what a blank line ends in the source, as the verbatim check counts them, so the numbers match the report's own
 * paragraphs and stay stable as long as its text does; one that renders as several elements (text and a list) is
 * held by one element that carries its number.
 */
export function rehypeParagraphAnchors() {
  return (tree: Root) => {
    tree.children = paragraphsOf(tree).flatMap((elements, index): ElementContent[] => {
      const number = index + 1;
      // A paragraph of several elements, or of one that cannot end in a link (a table), is held by a group.
      const paragraph: Element =
        elements.length === 1 && permalinkParent(elements[0])
          ? elements[0]
          : { type: 'element', tagName: 'div', properties: { className: [PARAGRAPH_GROUP_CLASS] }, children: elements };
      paragraph.properties.id = paragraphId(number);
      permalinkParent(paragraph)!.children.push({ type: 'text', value: ' ' }, permalink(number));
      return index === 0 ? [paragraph] : [{ type: 'text', value: '\n' }, paragraph];
    });
  };
}

/**
 * Rendered HTML without the "¶" permalinks (and the space before each): what is left is the report's own
 * text, for copies of it outside its page such as the feed and the open data export.
 */
export function withoutParagraphAnchors(html: string): string {
  const tokens = tagTokens(html);
  return spliceHtml(
    html,
    tokens.flatMap((tag, index) => {
      if (tag.kind !== 'start' || tag.name !== 'a' || !classesOf(tag).includes(PARAGRAPH_ANCHOR_CLASS)) return [];
      // The space the plugin put before it goes with it.
      const start = html[tag.start - 1] === ' ' ? tag.start - 1 : tag.start;
      return [{ start, end: tokens[closingTag(tokens, index)].end, text: '' }];
    }),
  );
}

/**
 * The top-level paragraphs of an MDX report body, as raw MDX, numbered as the rehype plugin numbers them
 * (item n is paragraph n + 1). Reports are plain paragraphs separated by blank lines.
 */
export function bodyParagraphs(mdxBody: string): string[] {
  return mdxBody.split(/\n[^\S\n]*\n/).filter((block) => block.trim() !== '');
}
