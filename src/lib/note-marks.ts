import type { Element, ElementContent, Root, Text } from 'hast';
import { decodeHTML } from 'entities';
import { classesOf, closingTag, hasEndTag, parseFragment, serialize, spliceHtml, tagTokens, type Splice } from './html.ts';
import { PARAGRAPH_ANCHOR_CLASS } from './paragraph-anchors.ts';
import { sourceParagraphs } from './quotes.ts';
import { escapeRegExp } from './regexp.ts';

/**
 * Editorial notes tied to the words they are about: the first place the report's text has a note's `about`
 * phrase is marked (`<mark class="noted">`, not a word changed) and followed by the note's number, a link to the
 * note, which links back. A note is about words of the body or, failing that, of the photo caption.
 */

/** Class of the number after a noted phrase, so styles and the verbatim checks can tell it from the report's words. */
export const NOTE_MARKER_CLASS = 'note-marker';

/** The id of the archive's note K (from 1, in reading order: `notesInReadingOrder`) and of its marker in the text. */
export const noteId = (number: number): string => `note-${number}`;
export const noteMarkerId = (number: number): string => `note-ref-${number}`;

/**
 * Where `phrase` first stands in `text` as whole words (a phrase that starts or ends with a letter or digit is not
 * found inside a longer word), any run of white space matching any other.
 */
export function phraseRange(text: string, phrase: string): { start: number; end: number } | undefined {
  const trimmed = phrase.trim();
  const words = trimmed.split(/\s+/).map(escapeRegExp);
  const before = /^[\p{L}\p{N}]/u.test(trimmed) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = /[\p{L}\p{N}]$/u.test(trimmed) ? '(?![\\p{L}\\p{N}])' : '';
  const match = new RegExp(`${before}${words.join('\\s+')}${after}`, 'u').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/**
 * A report's notes numbered as a reader meets their markers, whatever their order in the frontmatter: those about the
 * photo caption first (it stands above the body), then by the first place each phrase stands in the body's
 * paragraphs (as `noteProblems` finds it). `index` is the note's place in the frontmatter's `notes`.
 */
export function notesInReadingOrder<Note extends { about: string }>(
  notes: readonly Note[],
  paragraphs: readonly { text: string }[],
  caption: string | undefined,
): (Note & { number: number; index: number })[] {
  const placed = notes.map((note, index) => {
    for (const [paragraph, { text }] of paragraphs.entries()) {
      const range = phraseRange(text, note.about);
      if (range) return { note, index, paragraph, start: range.start };
    }
    const inCaption = caption === undefined ? undefined : phraseRange(caption, note.about);
    return { note, index, paragraph: -1, start: inCaption?.start ?? Number.POSITIVE_INFINITY };
  });
  return placed
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.index - b.index)
    .map(({ note, index }, rank) => ({ ...note, number: rank + 1, index }));
}

/** What the page does with a note: its number and the phrase it is about. */
export interface NoteToMark {
  number: number;
  about: string;
}

/** Elements that hold lines of text: a marker goes inside one, after the inline element that holds the phrase's end. */
const TEXT_HOLDERS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'td', 'th', 'blockquote', 'div']);

interface PlacedText {
  node: Text;
  /** Its ancestors below the searched element, outermost first. */
  path: Element[];
  start: number;
}

/** The text nodes of an element in order, with where each starts in their joined text; the archive's own links skipped. */
function textsOf(parent: Root | Element): { texts: PlacedText[]; text: string } {
  const texts: PlacedText[] = [];
  let text = '';
  const walk = (node: Root | Element, path: Element[]) => {
    for (const child of node.children) {
      if (child.type === 'text') {
        texts.push({ node: child, path, start: text.length });
        text += child.value;
      } else if (child.type === 'element') {
        const classes = (child.properties.className as string[] | undefined) ?? [];
        if (classes.includes(PARAGRAPH_ANCHOR_CLASS) || classes.includes(NOTE_MARKER_CLASS)) continue;
        walk(child, [...path, child]);
      }
    }
  };
  walk(parent, []);
  return { texts, text };
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function marker(number: number): Element {
  const link = element('a', { href: `#${noteId(number)}`, id: noteMarkerId(number), ariaLabel: `Editorial note ${number}` }, [
    { type: 'text', value: String(number) },
  ]);
  // The archive's apparatus, not the report's words: kept out of the search index.
  // Left out of the search index by its class (SEARCH_EXCLUDED in scripts/search-index.ts), as paragraph numbers are.
  return element('sup', { className: [NOTE_MARKER_CLASS] }, [link]);
}

/**
 * Marks the note's phrase in `parent` if its text has it: each piece of text within the phrase wrapped in a mark
 * (a phrase may run across inline elements, such as an abbreviation's link), and the note's number put after it,
 * outside any inline element the phrase ends in, so no link holds another. Returns whether it was found.
 */
function markPhrase(parent: Root | Element, { number, about }: NoteToMark): boolean {
  const { texts, text } = textsOf(parent);
  const range = phraseRange(text, about);
  if (!range) return false;
  const touched = texts.filter(({ node, start }) => start < range.end && start + node.value.length > range.start);
  let lastMark: Element | undefined;
  for (const { node, path, start } of touched) {
    const container: Root | Element = path.at(-1) ?? parent;
    const from = Math.max(range.start - start, 0);
    const to = Math.min(range.end - start, node.value.length);
    lastMark = element('mark', { className: ['noted'] }, [{ type: 'text', value: node.value.slice(from, to) }]);
    const text = (value: string): ElementContent[] => (value ? [{ type: 'text', value }] : []);
    const pieces = [...text(node.value.slice(0, from)), lastMark, ...text(node.value.slice(to))];
    container.children.splice(container.children.indexOf(node), 1, ...pieces);
  }
  // The marker goes into the innermost element holding lines that holds the phrase's end, after the inline element
  // (if any) within it that the phrase ends in.
  const { path } = touched.at(-1)!;
  const holderDepth = path.findLastIndex(({ tagName }) => TEXT_HOLDERS.has(tagName));
  const holder: Root | Element = holderDepth < 0 ? parent : path[holderDepth];
  const ending = path[holderDepth + 1] ?? lastMark!;
  holder.children.splice(holder.children.indexOf(ending) + 1, 0, marker(number));
  return true;
}

/**
 * A rendered body with each note's phrase marked in the first paragraph that has it (a phrase never runs from one
 * paragraph into the next), and the numbers of the notes whose phrase it does not have. Only the paragraphs whose
 * text has every word of some note's phrase are read as trees and written again; the rest are kept as they are
 * (the loader wrote the body as the tree writer writes it), since a tree of every body would take a rebuild's
 * seconds at 10,000 reports.
 */
export function withNoteMarks(bodyHtml: string, notes: readonly NoteToMark[]): { html: string; unmarked: number[] } {
  if (notes.length === 0) return { html: bodyHtml, unmarked: [] };
  const phraseWords = notes.map(({ about }) => about.trim().split(/\s+/));
  const candidates = topLevelElements(bodyHtml)
    .filter(({ text }) => phraseWords.some((words) => words.every((word) => text.includes(word))))
    .map(({ start, end }) => ({ start, end, tree: parseFragment(bodyHtml.slice(start, end)), marked: false }));
  const unmarked = notes
    .filter(
      (note) =>
        !candidates.some((candidate) => {
          const paragraph = candidate.tree.children.find((child): child is Element => child.type === 'element');
          if (!paragraph || !markPhrase(paragraph, note)) return false;
          candidate.marked = true;
          return true;
        }),
    )
    .map(({ number }) => number);
  const splices: Splice[] = candidates
    .filter(({ marked }) => marked)
    .map(({ start, end, tree }) => ({ start, end, text: serialize(tree) }));
  return { html: spliceHtml(bodyHtml, splices), unmarked };
}

/**
 * The top-level elements of a fragment: where each stands, and its text as `textsOf` reads it (the archive's own
 * links left out, character references decoded), read as a stream of tags.
 */
function topLevelElements(html: string): { start: number; end: number; text: string }[] {
  const tokens = tagTokens(html);
  const elements: { start: number; end: number; text: string }[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const open = tokens[index];
    if (open.kind !== 'start') continue;
    const closeIndex = hasEndTag(open) ? closingTag(tokens, index) : index;
    const close = tokens[closeIndex === -1 ? tokens.length - 1 : closeIndex];
    let text = '';
    let from = open.end;
    for (let at = index + 1; at <= closeIndex; at++) {
      const tag = tokens[at];
      text += decodeHTML(html.slice(from, tag.start));
      from = tag.end;
      const classes = classesOf(tag);
      if (
        tag.kind === 'start' &&
        hasEndTag(tag) &&
        (classes.includes(PARAGRAPH_ANCHOR_CLASS) || classes.includes(NOTE_MARKER_CLASS))
      ) {
        at = closingTag(tokens, at);
        from = tokens[at].end;
      }
    }
    elements.push({ start: open.start, end: closeIndex === -1 ? html.length : close.end, text });
    index = closeIndex === -1 ? tokens.length : closeIndex;
  }
  return elements;
}

/** A short text (a photo caption) as HTML, each note's phrase in it marked; and the numbers of the notes it lacks. */
export function textWithNoteMarks(text: string, notes: readonly NoteToMark[]): { html: string; unmarked: number[] } {
  const tree: Root = { type: 'root', children: [{ type: 'text', value: text }] };
  const unmarked = notes.filter((note) => !markPhrase(tree, note)).map(({ number }) => number);
  return { html: serialize(tree), unmarked };
}

/**
 * Notes whose `about` is in neither the body (a paragraph's words, as the reader sees them) nor the photo caption,
 * as `notes.K.about: message` problems (K from 0, the field's index).
 */
export function noteProblems(body: string, notes: readonly { about: string }[], caption: string | undefined): string[] {
  const paragraphs = sourceParagraphs(body);
  return notes.flatMap(({ about }, index) =>
    paragraphs.some(({ text }) => phraseRange(text, about)) || (caption !== undefined && phraseRange(caption, about))
      ? []
      : [
          `notes.${index}.about: "${about}" is in neither the report's text nor its photo caption; a note quotes the ` +
            `words it is about, word for word (as received, with its quotation marks and apostrophes), within one paragraph`,
        ],
  );
}
