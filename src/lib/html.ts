/**
 * HTML read as a tree (hast), never with regular expressions: a rendered body's paragraphs, an element's text.
 */
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';

/** An HTML fragment (no document around it) as a tree. */
export function parseFragment(html: string): Root {
  return fromHtml(html, { fragment: true });
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
