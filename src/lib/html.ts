/**
 * HTML read, changed and written as a tree (hast), never with regular expressions: a rendered body's paragraphs,
 * an element's text, links made absolute, text escaped.
 */
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';

/** An HTML fragment (no document around it) as a tree. */
export function parseFragment(html: string): Root {
  return fromHtml(html, { fragment: true });
}

/** Text as HTML, its `&` and `<` escaped as the site's renderer escapes them. */
export function escapeText(text: string): string {
  return toHtml({ type: 'text', value: text });
}

/** A fragment of HTML changed as a tree: parsed, handed to `change`, written again. */
export function rewriteHtml(html: string, change: (tree: Root) => void): string {
  const tree = parseFragment(html);
  change(tree);
  return serialize(tree);
}

/**
 * Every element of a tree, depth first, with its parent: `visit` may replace the element's place in the parent's
 * children (returning the nodes that take it), or return undefined to keep it and go into it.
 */
export function replaceElements(parent: Root | Element, visit: (element: Element) => ElementContent[] | undefined): void {
  parent.children = (parent.children as ElementContent[]).flatMap((child) => {
    if (child.type !== 'element') return [child];
    const replaced = visit(child);
    if (replaced) return replaced;
    replaceElements(child, visit);
    return [child];
  });
}

/** A node or its children as HTML, serialised as the site's renderer serialises its HTML. */
export function serialize(node: Nodes | Nodes[]): string {
  return Array.isArray(node) ? toHtml({ type: 'root', children: node } as Root) : toHtml(node);
}

/** The text a reader sees in a node: tags dropped, character references decoded, white space as rendered. */
export function textOf(node: Nodes): string {
  return toText(node);
}

/** The element children of a tree or element. */
export function childElements(parent: Root | Element): Element[] {
  return (parent.children as Nodes[]).filter((child): child is Element => child.type === 'element');
}

/** Elements that start a line of their own within a paragraph. */
const LINE_STARTS = new Set(['p', 'li', 'ul', 'ol', 'blockquote', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The lines of text a reader sees in an element: a new line at each `<br>`, list item or block within it, white
 * space collapsed, empty lines dropped.
 */
export function textLines(element: Element): string[] {
  const lines = [''];
  const walk = (node: Nodes) => {
    if (node.type === 'text') lines[lines.length - 1] += node.value;
    if (node.type !== 'element') return;
    const startsLine = LINE_STARTS.has(node.tagName);
    if (startsLine || node.tagName === 'br') lines.push('');
    for (const child of node.children) walk(child);
    if (startsLine) lines.push('');
  };
  for (const child of element.children) walk(child);
  // Only ASCII white space collapses, as in the browser: a no-break space is the report's character.
  return lines.map((line) => line.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '')).filter(Boolean);
}
