/**
 * HTML read, changed and written by real HTML parsers, never with regular expressions: as a tree (hast) where a
 * page's work is small (feed links made absolute, text escaped), and as a stream of tags (htmlparser2's tokenizer)
 * where every report is read on a build (glossary links, permalinks, paragraphs, plain text, the search input
 * pages), since a tree of each of 10,000 reports would take longer than the rest of a rebuild.
 */
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { decodeHTML } from 'entities';
import { Tokenizer } from 'htmlparser2';
import { toHtml } from 'hast-util-to-html';

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

/** A start or end tag as the HTML tokenizer reads it: where it stands in the text, and a start tag's attributes. */
export interface TagToken {
  /** A comment is a token too, so that text read between tags leaves it out. */
  kind: 'start' | 'end' | 'comment';
  /** Lower case. */
  name: string;
  /** The tag's `<` and the position after its `>`. */
  start: number;
  end: number;
  /** Name (lower case) to value as written, character references left as they are. */
  attributes: Record<string, string>;
}

/** Elements that have no end tag. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Whether a start tag opens an element that has content (and so an end tag). */
export const hasEndTag = (tag: TagToken): boolean => !VOID_ELEMENTS.has(tag.name);

/**
 * The start and end tags of HTML in order, read by htmlparser2's tokenizer (script and style content, comments and
 * quoted attribute values as HTML reads them).
 */
export function tagTokens(html: string): TagToken[] {
  const tokens: TagToken[] = [];
  let tag: TagToken = { kind: 'start', name: '', start: 0, end: 0, attributes: {} };
  let attribute = '';
  let value = '';
  const ignore = () => {};
  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      onopentagname(start, end) {
        tag = { kind: 'start', name: html.slice(start, end).toLowerCase(), start: start - 1, end: 0, attributes: {} };
      },
      onattribname(start, end) {
        attribute = html.slice(start, end).toLowerCase();
        value = '';
      },
      onattribdata(start, end) {
        value += html.slice(start, end);
      },
      onattribend() {
        tag.attributes[attribute] ??= value;
      },
      onopentagend(end) {
        tokens.push({ ...tag, end: end + 1 });
      },
      onselfclosingtag(end) {
        tokens.push({ ...tag, end: end + 1 });
      },
      onclosetag(start, end) {
        tokens.push({
          kind: 'end',
          name: html.slice(start, end).toLowerCase(),
          start: start - 2,
          end: html.indexOf('>', end) + 1,
          attributes: {},
        });
      },
      oncomment(start, end) {
        tokens.push({ kind: 'comment', name: '#comment', start: start - '<!--'.length, end: end + 1, attributes: {} });
      },
      oncdata: ignore,
      ondeclaration: ignore,
      onend: ignore,
      onprocessinginstruction: ignore,
      ontext: ignore,
      ontextentity: ignore,
      onattribentity: ignore,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return tokens;
}

/** The index in `tokens` of the end tag that closes the start tag at `index` (elements of its name nest). */
export function closingTag(tokens: readonly TagToken[], index: number): number {
  const { name } = tokens[index];
  let depth = 0;
  for (let at = index; at < tokens.length; at++) {
    const token = tokens[at];
    if (token.name !== name) continue;
    depth += token.kind === 'start' ? 1 : -1;
    if (depth === 0) return at;
  }
  return -1;
}

/** A start tag's classes. */
export const classesOf = (tag: TagToken): string[] => (tag.attributes.class ?? '').split(/\s+/).filter(Boolean);

/** A piece of HTML text to put in place of the text from `start` to `end`. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * HTML with the given pieces (in order, not overlapping) put in place: a new string of its own, joined rather than
 * concatenated, so a result kept for the build holds no slice of (and so no reference to) the text it came from.
 */
export function spliceHtml(html: string, splices: readonly Splice[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const { start, end, text } of splices) {
    parts.push(html.slice(from, start), text);
    from = end;
  }
  parts.push(html.slice(from));
  return parts.join('');
}

/** Elements that start a line of their own within a paragraph. */
const LINE_STARTS = new Set(['p', 'li', 'ul', 'ol', 'blockquote', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The words of a rendered body as plain text, read as a stream of tags: each top-level element a paragraph, each
 * line of one (a `<br>`, a list item, a block within it) a line of its own, character references decoded and
 * ASCII white space collapsed as a browser collapses it (a no-break space is the report's character).
 */
export function plainTextParagraphs(html: string): string[][] {
  const paragraphs: string[][] = [];
  let lines: string[] = [];
  let line = '';
  let depth = 0;
  let from = 0;
  const endLine = () => {
    const text = line.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');
    if (text) lines.push(text);
    line = '';
  };
  for (const tag of tagTokens(html)) {
    if (depth > 0) line += decodeHTML(html.slice(from, tag.start));
    from = tag.end;
    if (tag.name === 'br' || LINE_STARTS.has(tag.name)) endLine();
    if (tag.kind === 'comment' || !hasEndTag(tag)) continue;
    depth += tag.kind === 'start' ? 1 : -1;
    if (depth === 0 && tag.kind === 'end') {
      endLine();
      if (lines.length > 0) paragraphs.push(lines);
      lines = [];
    }
  }
  return paragraphs;
}
