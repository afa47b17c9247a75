import type { Element, ElementContent, Root } from 'hast';
import { classesOf, closingTag, spliceHtml, tagTokens } from './html.ts';

/** The id of a report's body paragraph, counted from 1: readers cite "paragraph 7" as `#p-7`. */
export function paragraphId(number: number): string {
  return `p-${number}`;
}

/** Class of a paragraph's number, so styles and the verbatim checks can tell it from the report's words. */
export const PARAGRAPH_ANCHOR_CLASS = 'paragraph-number';

/**
 * A paragraph's number, the link to itself. Page furniture, not the report's words: the search index and its
 * excerpts leave it out by its class (SEARCH_EXCLUDED in scripts/search-index.ts), not by an attribute on each. Its
 * label is in the interface's language, inside a body marked with the report's: a screen reader says "Paragraph" in
 * English, not with a Japanese or Thai voice.
 */
function paragraphNumber(number: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: [PARAGRAPH_ANCHOR_CLASS],
      href: `#${paragraphId(number)}`,
      ariaLabel: `Paragraph ${number}`,
      lang: 'en',
    },
    children: [{ type: 'text', value: String(number) }],
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

/** Elements whose first child may be a link: where a paragraph's number goes. */
const TEXT_BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Where a paragraph's number goes: before its first words, in its first list item when it starts with a list. */
function numberParent(element: Element): Element | undefined {
  if (TEXT_BLOCKS.has(element.tagName)) return element;
  const first = element.children.find((child): child is Element => child.type === 'element');
  return ['ul', 'ol', 'blockquote', 'div'].includes(element.tagName) && first ? numberParent(first) : undefined;
}

/**
 * Rehype plugin: numbers the report's paragraphs (`p-1`, `p-2`, …) and starts each with its number, a link to
 * itself. A paragraph is what a blank line ends in the source, as the verbatim check counts them, so the numbers
 * match the report's own paragraphs and stay stable as long as its text does; one that renders as several
 * elements (text and a list) is held by one element that carries its number.
 */
export function rehypeParagraphAnchors() {
  return (tree: Root) => {
    tree.children = paragraphsOf(tree).flatMap((elements, index): ElementContent[] => {
      const number = index + 1;
      // A paragraph of several elements, or of one that cannot start with a link (a table), is held by a group.
      const single = elements.length === 1 && numberParent(elements[0]) ? elements[0] : undefined;
      const paragraph: Element = single ?? {
        type: 'element',
        tagName: 'div',
        properties: { className: [PARAGRAPH_GROUP_CLASS] },
        children: elements,
      };
      paragraph.properties.id = paragraphId(number);
      const parent = numberParent(paragraph) ?? paragraph;
      parent.children.unshift(paragraphNumber(number), { type: 'text', value: ' ' });
      return index === 0 ? [paragraph] : [{ type: 'text', value: '\n' }, paragraph];
    });
  };
}

/**
 * Rendered HTML without the paragraph numbers (and the space after each): what is left is the report's own
 * text, for copies of it outside its page such as the quotes and the open data export.
 */
export function withoutParagraphAnchors(html: string): string {
  const tokens = tagTokens(html);
  return spliceHtml(
    html,
    tokens.flatMap((tag, index) => {
      if (tag.kind !== 'start' || tag.name !== 'a' || !classesOf(tag).includes(PARAGRAPH_ANCHOR_CLASS)) return [];
      // The space the plugin put after it goes with it.
      const end = tokens[closingTag(tokens, index)].end;
      return [{ start: tag.start, end: html[end] === ' ' ? end + 1 : end, text: '' }];
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
