/**
 * Comparing an article's MDX body with the report as received: the same words, in the same order, in the same
 * paragraphs, with the same line breaks and list items within them. Used by the build (so altered text is never
 * published), by `npm run check-content` and by the tests. Build-time only: it brings jsdiff, which no page's script
 * should carry.
 */
import { diffArrays } from 'diff';
import {
  bodyStartLine,
  FramePieceError,
  LINE_BREAK,
  mdxParagraphs,
  receivedParagraphs,
  type WordParagraph,
} from './received-text.ts';
import { segmentsOf, UNSPACED_LETTER } from './words.ts';

/** Where the body departs from the received text, for a message: paragraph numbers count from 1. */
export interface TextDifference {
  /** `spaced` / `unspaced`: the body has white space where the received text has none, or lacks it. */
  kind: 'words' | 'merged' | 'split' | 'spaced' | 'unspaced';
  /** The body paragraph (its `#p-N`) and the line in the body: of the changed words, or where the paragraph starts. */
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
  /** For `words`: more words differ than the comparison follows one by one, and this is all of them as one run. */
  whole?: boolean;
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
  const tokens = paragraph.words.map((word) =>
    UNSPACED_LETTER.test(word) ? segmentsOf(word).map((segment, index) => (index === 0 ? segment : CONTINUES + segment)) : [word],
  );
  return {
    ...paragraph,
    words: tokens.flat(),
    wordLines: tokens.flatMap((wordTokens, index) => wordTokens.map(() => paragraph.wordLines[index])),
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

/** Where a run of changed words is in the received text's words and the body's: start and end positions. */
interface ChangedRun {
  receivedStart: number;
  receivedEnd: number;
  bodyStart: number;
  bodyEnd: number;
}

/** Runs of changed words with at most this many equal words between them, in one paragraph, are shown as one. */
const JOINED_GAP = 3;

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
  // The line of the body's word at a position, in the paragraph given: where words were only taken out, the line of
  // the word after them, or of the paragraph's last word when they were taken from its end.
  const bodyLineAt = (paragraphIndex: number, position: number) => {
    const paragraph = body[paragraphIndex];
    if (paragraph === undefined) return 1;
    const start = body.slice(0, paragraphIndex).reduce((sum, { words }) => sum + words.length, 0);
    const index = Math.min(Math.max(position - start, 0), paragraph.words.length - 1);
    return paragraph.wordLines[index] ?? paragraph.line;
  };
  /**
   * A run of changed words, in the paragraph that holds it; words only taken out or only put in are in the paragraph
   * of that number on the other side too (a run's end is the next paragraph's start).
   */
  const changedWords = ({ receivedStart, receivedEnd, bodyStart, bodyEnd }: ChangedRun, whole = false): TextDifference => {
    const receivedIndex = paragraphAt(received, receivedStart);
    const bodyIndex =
      bodyStart === bodyEnd && receivedStart < receivedEnd
        ? Math.min(receivedIndex, body.length - 1)
        : paragraphAt(body, bodyStart);
    return {
      kind: 'words',
      paragraph: bodyIndex + 1,
      line: bodyLineAt(bodyIndex, bodyStart),
      receivedParagraph:
        (receivedStart === receivedEnd && bodyStart < bodyEnd ? Math.min(bodyIndex, received.length - 1) : receivedIndex) + 1,
      removed: shown(receivedWords.slice(receivedStart, receivedEnd)),
      added: shown(bodyWords.slice(bodyStart, bodyEnd)),
      boundary: '',
      following: '',
      whole,
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
      const run = {
        receivedStart: prefix,
        receivedEnd: receivedTexts.length - suffix,
        bodyStart: prefix,
        bodyEnd: bodyTexts.length - suffix,
      };
      return [changedWords(run, true)];
    }
    const runs: ChangedRun[] = [];
    let receivedAt = 0;
    let bodyAt = 0;
    let open: ChangedRun | undefined;
    for (const change of changes) {
      if (!change.added && !change.removed) {
        if (open) runs.push({ ...open, receivedEnd: receivedAt, bodyEnd: bodyAt });
        open = undefined;
      } else {
        // A change a few words after the last, in its paragraph, is shown with it: a sentence rewritten round its
        // "the" and "of" is one change, not many.
        const last = runs.at(-1);
        const joined =
          !open &&
          last !== undefined &&
          receivedAt - last.receivedEnd <= JOINED_GAP &&
          paragraphAt(body, bodyAt) === paragraphAt(body, last.bodyStart) &&
          paragraphAt(received, receivedAt) === paragraphAt(received, last.receivedStart);
        if (joined) open = runs.pop();
        open ??= { receivedStart: receivedAt, receivedEnd: receivedAt, bodyStart: bodyAt, bodyEnd: bodyAt };
      }
      if (!change.added) receivedAt += change.count;
      if (!change.removed) bodyAt += change.count;
    }
    if (open) runs.push({ ...open, receivedEnd: receivedAt, bodyEnd: bodyAt });
    return runs.map((run) => changedWords(run));
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
    ...(difference.whole
      ? [`  (more than ${MAX_CHANGED_WORDS.toLocaleString('en')} words differ: shown as one run, from the first to the last)`]
      : []),
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
  // Words the body lacks that are a whole line of the received text: most often the page around the report (a
  // share button, a section's name) taken out of the body but not listed in the frame.
  const receivedLines = new Set(article.sourceText.split(/\r?\n/).map((line) => line.trim()));
  const aLineOfThePage = ({ kind, removed, added }: TextDifference) =>
    kind === 'words' && added === '' && receivedLines.has(removed);
  return [
    ...described.map((difference) =>
      aLineOfThePage(difference)
        ? `${describeTextDifference(difference, where)}\n  (a whole line of the received text: if it is the publisher's page around the report, not its words, list it in source.frame)`
        : describeTextDifference(difference, where),
    ),
    ...(unshown > 0 ? [`… and ${unshown} more ${unshown === 1 ? 'difference' : 'differences'} further on`] : []),
    ...changedWordsKey(described),
  ].join('\n');
}
