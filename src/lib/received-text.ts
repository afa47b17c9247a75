import { diffArrays } from 'diff';
import { segmentsOf, UNSPACED_LETTER } from './words.ts';

/**
 * Comparing an article's MDX body with the report as received: the same words, in the same order, in the same
 * paragraphs, with the same line breaks and list items within them. Used by the build (so altered text is never published), by `npm run check-content` and by the tests.
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

/** Lines' words with a `LINE_BREAK` between lines; lines without words leave none. */
function joinLines(lines: readonly string[][]): string[] {
  return lines.filter((line) => line.length > 0).flatMap((line, index) => (index === 0 ? line : [LINE_BREAK, ...line]));
}

/** A received paragraph's words, each line break kept and each bullet read as the start of a list item. */
export function receivedBlockWords(block: string): string[] {
  return joinLines(block.split('\n').map((line) => words(line.replace(RECEIVED_BULLET, ''))));
}

/**
 * An MDX paragraph's words as a reader sees them, with a `LINE_BREAK` where the page starts a new line: at a hard
 * break (a line ending in `\`, followed by more of its paragraph) and at each list item. A plain newline inside a
 * paragraph is a space.
 */
export function mdxBlockWords(block: string): string[] {
  const sourceLines = block.split('\n');
  const lines: string[][] = [];
  let current: string[] = [];
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
    current.push(...mdxBodyWords(text));
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
    .filter((word) => word !== LINE_BREAK)
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
 * Where a frame piece stands in the text: the first place where it is a whole line, or opens a line (a dateline) or
 * closes one (a sign-off, a caption after a date), never inside a line's words, where it would take words out of
 * the report's text. -1 where it stands nowhere, `inside` where only inside lines.
 */
export function framePieceAt(text: string, piece: string): number | 'inside' {
  let at = text.indexOf(piece);
  if (at < 0) return -1;
  for (; at >= 0; at = text.indexOf(piece, at + 1)) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = text.indexOf('\n', at + piece.length);
    const before = text.slice(lineStart, at);
    const after = text.slice(at + piece.length, lineEnd < 0 ? text.length : lineEnd);
    if (/^\s*$/.test(before) || /^\s*$/.test(after)) return at;
  }
  return 'inside';
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
  return frame.find((piece) => (edge === 'start' ? piece.startsWith(value) : piece.endsWith(value))) ?? value;
}

/** A report's dateline and sign-off as received (`receivedPiece`), as its page, its meeting's page and the feeds show them. */
export function receivedDatelineAndSignature({
  publication,
  source,
}: {
  publication: { dateline?: string; signature?: string };
  source: { frame: readonly string[] };
}): { dateline: string | undefined; signature: string | undefined } {
  return {
    dateline: receivedPiece(publication.dateline, source.frame, 'start'),
    signature: receivedPiece(publication.signature, source.frame, 'end'),
  };
}

/** A piece of a line as the page sets it: `unbroken` pieces must not wrap. */
export interface LinePiece {
  text: string;
  unbroken: boolean;
}

/**
 * A dateline or sign-off split so that the publisher's marks before its first word or after its last ("--", "==",
 * "-", "—") stay on that word when the line wraps: a browser breaks between "(Reuters)" and "--", and even between
 * two hyphens. The text is unchanged, only cut into pieces.
 */
export function lineWithMarksKept(line: string): LinePiece[] {
  const letters = [...line.matchAll(/[\p{L}\p{N}]/gu)];
  if (letters.length === 0) return [{ text: line, unbroken: true }];
  const firstLetter = letters[0].index;
  const lastLetterEnd = letters.at(-1)!.index + letters.at(-1)![0].length;
  const wordEnd = line.slice(firstLetter).search(/\s/u);
  const headEnd = line.slice(0, firstLetter).trim() ? (wordEnd < 0 ? line.length : firstLetter + wordEnd) : 0;
  const tailStart = line.slice(lastLetterEnd).trim() ? line.slice(0, lastLetterEnd).search(/\S+$/u) : line.length;
  if (headEnd >= tailStart) return [{ text: line, unbroken: true }];
  return [
    { text: line.slice(0, headEnd), unbroken: true },
    { text: line.slice(headEnd, tailStart), unbroken: false },
    { text: line.slice(tailStart), unbroken: true },
  ].filter((piece) => piece.text !== '');
}

/** A paragraph's words and the line it starts on (counted from 1 within the text it was split from). */
export interface WordParagraph {
  words: string[];
  line: number;
}

/** Blank-line separated blocks that hold at least one word, with the line each starts on. */
function blocks(text: string, toWords: (block: string) => string[]): WordParagraph[] {
  const found: WordParagraph[] = [];
  let current: string[] = [];
  let startLine = 1;
  const close = () => {
    const blockWords = toWords(current.join('\n'));
    if (blockWords.length > 0) found.push({ words: blockWords, line: startLine });
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

/** Where the body departs from the received text, for a message: paragraph numbers count from 1. */
export interface TextDifference {
  /** `spaced` / `unspaced`: the body has white space where the received text has none, or lacks it. */
  kind: 'words' | 'merged' | 'split' | 'spaced' | 'unspaced';
  /** The body paragraph (its `#p-N`) and its line in the body. */
  paragraph: number;
  line: number;
  /** The received paragraph it should match. */
  receivedParagraph: number;
  /** For `words`: what the received text has there and the body lacks, and what the body has instead. */
  removed: string;
  added: string;
  /**
   * For `merged` / `split`: the words where the received paragraph ends (merged) or the body's ends (split); for
   * `spaced` / `unspaced`, the words before the space and after it.
   */
  boundary: string;
  following: string;
}

/**
 * Marks a token that continues the one before it without white space between them. Never part of a word, which white
 * space ends.
 */
const CONTINUES = '\t';

/**
 * The units two texts are compared in: their words, and within a word of Thai, Japanese or Chinese (written without
 * spaces, so a whole sentence can be one "word") the words and punctuation `Intl.Segmenter` finds, so that a change
 * is shown as the few words it touches rather than as the whole sentence.
 */
function comparedTokens(paragraph: WordParagraph): WordParagraph {
  return {
    ...paragraph,
    words: paragraph.words.flatMap((word) =>
      UNSPACED_LETTER.test(word)
        ? segmentsOf(word).map((segment, index) => (index === 0 ? segment : CONTINUES + segment))
        : [word],
    ),
  };
}

/** A token's text, whether or not white space comes before it. */
const tokenText = (token: string): string => (token.startsWith(CONTINUES) ? token.slice(1) : token);

/** Tokens as the text has them: a space between words, none inside a word split into tokens. */
const joinedTokens = (tokens: readonly string[]): string =>
  tokens.map((token, index) => (token.startsWith(CONTINUES) ? token.slice(1) : index === 0 ? token : ` ${token}`)).join('');

const SHOWN_WORDS = 12;
/** Tokens for a message: a line break shown as "⏎", a long run cut short. */
const shown = (list: readonly string[]): string =>
  joinedTokens(
    (list.length > SHOWN_WORDS ? [...list.slice(0, SHOWN_WORDS), '…'] : [...list]).map((word) =>
      word === LINE_BREAK ? '⏎' : word,
    ),
  );

/**
 * Beyond this many words put in or taken out, the comparison stops looking for each change and reports the words
 * between the first difference and the last as one (a wrong received file, a body pasted from another report).
 */
const MAX_CHANGED_WORDS = 2_000;

/**
 * Where a body's words differ from its received paragraphs' (each run of words taken out or put in, found by jsdiff's
 * Myers diff), or else the first place its paragraphs or spaces do; none if they match one to one.
 */
export function textDifferences(ofBody: readonly WordParagraph[], ofReceived: readonly WordParagraph[]): TextDifference[] {
  const body = ofBody.map(comparedTokens);
  const received = ofReceived.map(comparedTokens);
  const bodyWords = body.flatMap((paragraph) => paragraph.words);
  const receivedWords = received.flatMap((paragraph) => paragraph.words);
  // Which paragraph holds the word at a position of the whole text.
  const paragraphAt = (paragraphs: readonly WordParagraph[], position: number) => {
    let end = 0;
    for (const [index, paragraph] of paragraphs.entries()) {
      end += paragraph.words.length;
      if (position < end) return index;
    }
    return Math.max(0, paragraphs.length - 1);
  };
  const changedWords = (receivedStart: number, receivedEnd: number, bodyStart: number, bodyEnd: number): TextDifference => {
    const index = paragraphAt(body, bodyStart);
    return {
      kind: 'words',
      paragraph: index + 1,
      line: body[index]?.line ?? 1,
      receivedParagraph: paragraphAt(received, receivedStart) + 1,
      removed: shown(receivedWords.slice(receivedStart, receivedEnd)),
      added: shown(bodyWords.slice(bodyStart, bodyEnd)),
      boundary: '',
      following: '',
    };
  };

  const bodyTexts = bodyWords.map(tokenText);
  const receivedTexts = receivedWords.map(tokenText);
  const sameWords = bodyTexts.length === receivedTexts.length && bodyTexts.every((text, index) => text === receivedTexts[index]);
  if (!sameWords) {
    const changes = diffArrays(receivedTexts, bodyTexts, { maxEditLength: MAX_CHANGED_WORDS });
    if (changes === undefined) {
      let prefix = 0;
      while (bodyTexts[prefix] === receivedTexts[prefix]) prefix++;
      let suffix = 0;
      while (
        suffix < Math.min(bodyTexts.length, receivedTexts.length) - prefix &&
        bodyTexts.at(-1 - suffix) === receivedTexts.at(-1 - suffix)
      )
        suffix++;
      return [changedWords(prefix, receivedTexts.length - suffix, prefix, bodyTexts.length - suffix)];
    }
    const differences: TextDifference[] = [];
    let receivedAt = 0;
    let bodyAt = 0;
    let open: { received: number; body: number } | undefined;
    const close = () => {
      if (open) differences.push(changedWords(open.received, receivedAt, open.body, bodyAt));
      open = undefined;
    };
    for (const change of changes) {
      if (!change.added && !change.removed) close();
      else open ??= { received: receivedAt, body: bodyAt };
      if (!change.added) receivedAt += change.count;
      if (!change.removed) bodyAt += change.count;
    }
    close();
    return differences;
  }

  for (let index = 0; index < body.length; index++) {
    const bodyLength = body[index].words.length;
    const receivedLength = received[index].words.length;
    if (bodyLength === receivedLength) continue;
    const shorter = bodyLength < receivedLength ? body[index] : received[index];
    return [
      {
        kind: bodyLength > receivedLength ? 'merged' : 'split',
        paragraph: index + 1,
        line: body[index].line,
        receivedParagraph: index + 1,
        removed: '',
        added: '',
        boundary: shown(shorter.words.slice(-6)),
        following: '',
      },
    ];
  }

  // The same tokens in the same paragraphs: what is left is white space put into or taken out of a run of words.
  const at = bodyWords.findIndex((token, index) => token !== receivedWords[index]);
  if (at < 0) return [];
  const index = paragraphAt(body, at);
  return [
    {
      kind: bodyWords[at].startsWith(CONTINUES) ? 'unspaced' : 'spaced',
      paragraph: index + 1,
      line: body[index].line,
      receivedParagraph: index + 1,
      removed: '',
      added: '',
      boundary: shown(bodyWords.slice(Math.max(0, at - 3), at)),
      following: shown([tokenText(bodyWords[at]), ...bodyWords.slice(at + 1, at + 4)]),
    },
  ];
}

/** The difference in words an editor can act on; `where` names the file, `bodyLine` is the body's first line in it. */
export function describeTextDifference(
  difference: TextDifference,
  { file, sourceFile, bodyLine }: { file: string; sourceFile: string; bodyLine: number },
): string {
  const { kind, paragraph, receivedParagraph, removed, added, boundary, following } = difference;
  const at = `${file}:${bodyLine + difference.line - 1}: paragraph ${paragraph}`;
  const tail = `…${boundary}`;
  if (kind === 'merged') {
    return (
      `${at} merges received paragraphs ${receivedParagraph} and ${receivedParagraph + 1} of sources/${sourceFile}: ` +
      `start a new paragraph (a blank line) after "${tail}"`
    );
  }
  if (kind === 'split') {
    return (
      `${at} splits received paragraph ${receivedParagraph} of sources/${sourceFile}: ` +
      `join it with the next paragraph, the received paragraph does not end after "${tail}"`
    );
  }
  if (kind === 'spaced' || kind === 'unspaced') {
    return (
      `${at} ${kind === 'spaced' ? 'has a space that' : 'lacks the space'} received paragraph ${receivedParagraph} of ` +
      `sources/${sourceFile} ${kind === 'spaced' ? 'does not have' : 'has'}, between "${tail}" and "${following}…"`
    );
  }
  return [
    `${at} differs from received paragraph ${receivedParagraph} of sources/${sourceFile}:`,
    ...(removed.length > 0 ? [`  - ${removed}`] : []),
    ...(added.length > 0 ? [`  + ${added}`] : []),
  ].join('\n');
}

/** What the signs in a message of changed words mean, said once after them. */
function changedWordsKey(differences: readonly TextDifference[]): string[] {
  const changed = differences.filter(({ kind }) => kind === 'words');
  if (changed.length === 0) return [];
  return [
    '  (- what the received text says, + what the article says; the body must keep the received words)',
    ...(changed.some(({ removed, added }) => `${removed}${added}`.includes('⏎'))
      ? ['  (⏎ is a line break: end the line before it with "\\", or start a list item with "- ")']
      : []),
  ];
}

/** The line of a file on which the body (text after the frontmatter) starts. */
export function bodyStartLine(fileText: string, body: string): number {
  const at = fileText.lastIndexOf(body);
  return at < 0 ? 1 : fileText.slice(0, at).split('\n').length;
}

/** How many of a body's differences from its received text one message shows. */
const SHOWN_DIFFERENCES = 10;

/**
 * Why an article's body does not match its received text, as one message (every run of changed words, up to
 * SHOWN_DIFFERENCES), or undefined if it matches.
 */
export function receivedTextProblem(article: {
  /** The `.mdx` file as named in messages, its whole text and its body. */
  file: string;
  fileText: string;
  body: string;
  sourceFile: string;
  sourceText: string;
  frame: readonly string[];
  /** The line of the `.mdx` file that holds a frame piece, by its index, for a message about it. */
  frameLine?: (index: number) => number;
}): string | undefined {
  let received: WordParagraph[];
  try {
    received = receivedParagraphs(article.sourceText, article.frame);
  } catch (error) {
    if (!(error instanceof FramePieceError)) throw error;
    const line = article.frameLine ? `:${article.frameLine(error.index)}` : '';
    return `${article.file}${line}: source.frame.${error.index}: ${error.message} (sources/${article.sourceFile})`;
  }
  const differences = textDifferences(mdxParagraphs(article.body), received);
  if (differences.length === 0) return undefined;
  const where = { file: article.file, sourceFile: article.sourceFile, bodyLine: bodyStartLine(article.fileText, article.body) };
  const unshown = differences.length - SHOWN_DIFFERENCES;
  const described = differences.slice(0, SHOWN_DIFFERENCES);
  return [
    ...described.map((difference) => describeTextDifference(difference, where)),
    ...(unshown > 0 ? [`… and ${unshown} more ${unshown === 1 ? 'difference' : 'differences'} further on`] : []),
    ...changedWordsKey(described),
  ].join('\n');
}
