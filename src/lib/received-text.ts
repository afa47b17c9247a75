import { segmentsOf, UNSPACED_LETTER } from './words.ts';

/**
 * A report as received and as its MDX body gives it: their words, lines and paragraphs, the frame taken out, and the
 * publisher's pieces of the frame the pages show. `received-text-check.ts` compares the two.
 */

/** Whitespace-separated words; non-breaking and other Unicode spaces count as spaces. */
export function words(text: string): string[] {
  return text.split(/[\s\u00a0]+/u).filter(Boolean);
}

/**
 * Where a paragraph's line ends and the next begins: a line break, or a list item. It stands among a paragraph's
 * words (no word holds white space), so a lost line break is found as a lost word is.
 */
export const LINE_BREAK = '\n';

/** The words of MDX as a reader sees them: markup (tags, link syntax, comments, escapes) removed. */
export function mdxBodyWords(body: string): string[] {
  // One pass, so an escaped character (`\<`, `\{`: any ASCII punctuation, as in CommonMark) stays text, never a tag.
  const text = body.replace(
    /\\([!-/:-@[-`{-~])|\{\/\*[\s\S]*?\*\/\}|<[^>]+>|\[([^\]]*)\]\([^)]*\)/g,
    (match, escaped: string | undefined, linkText: string | undefined) =>
      escaped ?? linkText ?? (match.startsWith('{') ? ' ' : ''),
  );
  return words(text);
}

/** A received line's bullet ("- ", "• ", "* ", "+ ", "– "): the start of a list item, not a word; not a rule of marks alone ("* * *"). */
export const RECEIVED_BULLET = /^\s*[-•*+–]\s+(?![-•*+–.\s]*$)/u;
/** A Markdown list item's marker (at most three spaces in, as CommonMark allows). */
const MDX_LIST_ITEM = /^ {0,3}[-*+]\s+/;
/** A Markdown hard line break at a line's end: an unescaped backslash, or two spaces or more. */
const MDX_HARD_BREAK = /(?:(?<!\\)((?:\\\\)*)\\| {2,})$/;

/** Words with the line each stands on (counted from 0 within their block). */
interface LinedWords {
  words: string[];
  lines: number[];
}

/** A line of a paragraph as shown: its words, each with the line of the block it was written on. */
type ShownLine = { word: string; line: number }[];

/** Lines' words with a `LINE_BREAK` between lines (on the line it ends); lines without words leave none. */
function joinLines(shownLines: readonly ShownLine[]): LinedWords {
  const joined = shownLines
    .filter((shownLine) => shownLine.length > 0)
    .flatMap((shownLine, index) => (index === 0 ? shownLine : [{ word: LINE_BREAK, line: shownLine[0].line }, ...shownLine]));
  return { words: joined.map(({ word }) => word), lines: joined.map(({ line }) => line) };
}

const onLine = (lineWords: readonly string[], line: number): ShownLine => lineWords.map((word) => ({ word, line }));

/** A received paragraph's words, each line break kept and each bullet read as the start of a list item. */
export function receivedBlockWords(block: string): LinedWords {
  return joinLines(block.split('\n').map((line, index) => onLine(words(line.replace(RECEIVED_BULLET, '')), index)));
}

/**
 * An MDX paragraph's words as a reader sees them, with a `LINE_BREAK` where the page starts a new line: at a hard
 * break (a line ending in `\`, followed by more of its paragraph) and at each list item. A plain newline inside a
 * paragraph is a space.
 */
export function mdxBlockWords(block: string): LinedWords {
  const sourceLines = block.split('\n');
  const lines: ShownLine[] = [];
  let current: ShownLine = [];
  sourceLines.forEach((line, index) => {
    const item = MDX_LIST_ITEM.exec(line);
    if (item && current.length > 0) {
      lines.push(current);
      current = [];
    }
    let text = item ? line.slice(item[0].length) : line;
    // As in CommonMark, a break needs more of its paragraph after it: at the end of a block or item, `\` is text.
    const next = sourceLines[index + 1];
    const hardBreak = next !== undefined && !MDX_LIST_ITEM.test(next) ? MDX_HARD_BREAK.exec(text) : null;
    // The escaped backslashes before a breaking one are text.
    if (hardBreak) text = text.slice(0, hardBreak.index) + (hardBreak[1] ?? '');
    current.push(...onLine(mdxBodyWords(text), index));
    if (hardBreak) {
      lines.push(current);
      current = [];
    }
  });
  lines.push(current);
  return joinLines(lines);
}

/** A paragraph's words as one line of text, its line breaks as spaces: what a quote of it is matched against. */
export function mdxBlockText(block: string): string {
  return mdxBlockWords(block)
    .words.filter((word) => word !== LINE_BREAK)
    .join(' ');
}

/** Why a frame piece cannot be taken out of the received text, and which piece (its index in `source.frame`). */
export class FramePieceError extends Error {
  readonly index: number;

  constructor(index: number, message: string) {
    super(message);
    this.index = index;
  }
}

/**
 * Where a frame piece stands in the text: the first place where it is a whole line; failing that, the first where it
 * opens a line (a dateline) or closes one (a sign-off, a caption after a date); never inside a line's words, where it
 * would take words out of the report's text. A tag ("ASEAN", a line of the publisher's tag list) is so found on its
 * own line, not at the start of a paragraph of the report that opens with the same word. -1 where it stands nowhere,
 * `inside` where only inside lines.
 */
export function framePieceAt(text: string, piece: string): number | 'inside' {
  let lineEdge: number | undefined;
  let at = text.indexOf(piece);
  if (at < 0) return -1;
  for (; at >= 0; at = text.indexOf(piece, at + 1)) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = text.indexOf('\n', at + piece.length);
    const opens = /^\s*$/.test(text.slice(lineStart, at));
    const closes = /^\s*$/.test(text.slice(at + piece.length, lineEnd < 0 ? text.length : lineEnd));
    if (opens && closes) return at;
    if (opens || closes) lineEdge ??= at;
  }
  return lineEdge ?? 'inside';
}

/**
 * The received text with each frame piece (page title, headline, byline, caption…) taken out once, in order.
 * Throws a `FramePieceError` if a piece is not in the received text word for word, or stands only inside a line.
 */
export function withoutFrame(received: string, frame: readonly string[]): string {
  let rest = received;
  frame.forEach((piece, index) => {
    const at = framePieceAt(rest, piece);
    if (at === -1) throw new FramePieceError(index, `The frame piece "${piece}" is not in the received text`);
    if (at === 'inside') {
      throw new FramePieceError(
        index,
        `The frame piece "${piece}" stands inside a line of the received text: a frame piece is a whole line, or ` +
          'the start or end of one (a dateline, a sign-off), so that no words of the report are taken out of its text',
      );
    }
    rest = `${rest.slice(0, at)} ${rest.slice(at + piece.length)}`;
  });
  return rest;
}

/**
 * The words around the body a publisher set with a field's value, as received: the frame piece a dateline opens
 * ("TOKYO (Kyodo) --", "VIENTIANE, July 26 (Reuters) -") or a sign-off closes ("==Kyodo", "- TTXVN"), so the page
 * shows the publisher's own punctuation, not the archive's; the value itself where no piece opens or closes with it.
 */
export function receivedPiece(value: string | undefined, frame: readonly string[], edge: 'start' | 'end'): string | undefined {
  if (value === undefined) return undefined;
  // The frame is in the received text's order: a dateline is the first piece opening with its value, a sign-off the
  // last closing with it (a photo credit above it may close with the agency's name too), one with more than the
  // value before a piece that is the value alone (a tag line under the text).
  if (edge === 'start') return frame.find((piece) => piece.startsWith(value)) ?? value;
  const closing = frame.filter((piece) => piece.endsWith(value));
  return closing.findLast((piece) => piece.trim() !== value) ?? closing.at(-1) ?? value;
}

/**
 * The longest dateline the pages run into the first paragraph, in characters. Beside a longer one ("VIENTIANE, July
 * 26 (Reuters) -") a meeting's narrow column or a phone left the next word room for a letter or two, and the page's
 * `overflow-wrap: anywhere` cut it ("J / apan"); such a dateline stands on a line of its own.
 */
const RUN_IN_DATELINE_LENGTH = 20;

/**
 * A report's dateline and sign-off as received (`receivedPiece`), as its page, its meeting's page and the feeds show
 * them, and whether the pages run the dateline into the first paragraph.
 */
export function receivedDatelineAndSignature({
  publication,
  source,
}: {
  publication: { dateline?: string; signature?: string };
  source: { frame: readonly string[] };
}): { dateline: string | undefined; datelineRunsIn: boolean; signature: string | undefined } {
  const dateline = receivedPiece(publication.dateline, source.frame, 'start');
  return {
    dateline,
    datelineRunsIn: dateline === undefined || [...dateline].length <= RUN_IN_DATELINE_LENGTH,
    signature: receivedPiece(publication.signature, source.frame, 'end'),
  };
}

/** A piece of a line as the page sets it: `unbroken` pieces must not wrap. */
export interface LinePiece {
  text: string;
  unbroken: boolean;
}

/**
 * A dateline or sign-off split so that what stands before its first letter or digit, or after its last (the
 * publisher's marks: "--", "==", "-", "—", a bracket), stays on that word when the line wraps: a browser breaks between
 * "(Reuters)" and "--", and even between two hyphens. In a script written without spaces the word is the one
 * `Intl.Segmenter` finds, not the whole run. The text is unchanged, only cut into pieces.
 */
export function lineWithMarksKept(line: string): LinePiece[] {
  const letters = [...line.matchAll(/[\p{L}\p{N}]/gu)];
  if (letters.length === 0) return [{ text: line, unbroken: true }];
  const firstLetter = letters[0].index;
  const lastLetterEnd = letters.at(-1)!.index + letters.at(-1)![0].length;
  let headEnd = 0;
  if (line.slice(0, firstLetter).trim()) {
    const spaceAfter = line.slice(firstLetter).search(/\s/u);
    const word = line.slice(firstLetter, spaceAfter < 0 ? line.length : firstLetter + spaceAfter);
    headEnd = firstLetter + (UNSPACED_LETTER.test(word) ? segmentsOf(word)[0] : word).length;
  }
  let tailStart = line.length;
  if (line.slice(lastLetterEnd).trim()) {
    const word = line.slice(line.slice(0, lastLetterEnd).search(/\S+$/u), lastLetterEnd);
    tailStart = lastLetterEnd - (UNSPACED_LETTER.test(word) ? segmentsOf(word).at(-1)! : word).length;
  }
  if (headEnd >= tailStart) return [{ text: line, unbroken: true }];
  return [
    { text: line.slice(0, headEnd), unbroken: true },
    { text: line.slice(headEnd, tailStart), unbroken: false },
    { text: line.slice(tailStart), unbroken: true },
  ].filter((piece) => piece.text !== '');
}

/**
 * A paragraph's words, the line it starts on and the line of each word (counted from 1 within the text it was split
 * from): a message about a word names its line in a long paragraph.
 */
export interface WordParagraph {
  words: string[];
  line: number;
  wordLines: number[];
}

/** Blank-line separated blocks that hold at least one word, with the line each starts on. */
function blocks(text: string, toWords: (block: string) => LinedWords): WordParagraph[] {
  const found: WordParagraph[] = [];
  let current: string[] = [];
  let startLine = 1;
  const close = () => {
    const { words: blockWords, lines } = toWords(current.join('\n'));
    if (blockWords.length > 0) {
      found.push({ words: blockWords, line: startLine, wordLines: lines.map((line) => startLine + line) });
    }
    current = [];
  };
  text.split('\n').forEach((line, index) => {
    if (/^\s*$/.test(line)) {
      close();
      return;
    }
    if (current.length === 0) startLine = index + 1;
    current.push(line);
  });
  close();
  return found;
}

/** The received report's paragraphs, frame taken out; paragraphs left empty by it (or blank to begin with) are dropped. */
export function receivedParagraphs(received: string, frame: readonly string[]): WordParagraph[] {
  return blocks(withoutFrame(received.replace(/\r\n?/g, '\n'), frame), receivedBlockWords);
}

/** The MDX body's paragraphs as the reader sees their words, with their lines in the body. */
export function mdxParagraphs(mdxBody: string): WordParagraph[] {
  return blocks(mdxBody.replace(/\r\n?/g, '\n'), mdxBlockWords);
}

/** The line of a file on which the body (text after the frontmatter) starts. */
export function bodyStartLine(fileText: string, body: string): number {
  const at = fileText.lastIndexOf(body);
  return at < 0 ? 1 : fileText.slice(0, at).split('\n').length;
}
