/**
 * The archive's own excerpts on result cards: where Pagefind's would repeat the headline (`excerptFrom`), and round
 * an alias's match (`alias-match.ts`), both placed by one rule (`excerptWindowStart`).
 */

/** A piece of an excerpt, marked when it is what matched. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
  /** The language of words in another than the page's. */
  lang?: string;
}

/**
 * Where an excerpt of `length` words of a text of `count` words starts, for the word at `at`: a quarter of them
 * before it, none before `from`, and all the words it has room for where the text ends first.
 */
export function excerptWindowStart(at: number, count: number, length: number, from = 0): number {
  return Math.max(from, Math.min(at - Math.floor(length / 4), count - length));
}

/** Pagefind's separator of the words of a text with spaces (`word_separators` in its script). */
const SPACES = /[^\S\uFEFF]+/g;
/** Pagefind's separator of the words it found in a text written without spaces (Japanese, Thai). */
const SEGMENTED = '\u200B';

/** A result's indexed text as Pagefind counts its words, and what joins two of them. */
export interface IndexedWords {
  words: string[];
  joiner: string;
}

/**
 * The words of a result's indexed text as Pagefind counts them, so that its word positions (`locations`, `anchors`)
 * index them: its `raw_content` (`<` and `>` escaped) split at the zero-width spaces Pagefind put between the words of
 * a text written without spaces, else at white space.
 */
export function indexedWords(rawContent: string): IndexedWords {
  const segmented = rawContent.includes(SEGMENTED);
  return { words: segmented ? rawContent.split(SEGMENTED) : rawContent.split(SPACES), joiner: segmented ? '' : ' ' };
}

const unescaped = (word: string) => word.replaceAll('&lt;', '<').replaceAll('&gt;', '>');

/**
 * Where Pagefind's excerpt of a result (its `plain_excerpt`, `length` words) starts among the result's indexed words,
 * or undefined if it is not theirs.
 */
export function excerptStart({ words, joiner }: IndexedWords, plainExcerpt: string, length: number): number | undefined {
  for (let start = 0; start < words.length; start++) {
    if (
      plainExcerpt.startsWith(words[start]) &&
      words
        .slice(start, start + length)
        .join(joiner)
        .trim() === plainExcerpt
    )
      return start;
  }
  return undefined;
}

/**
 * An excerpt of `length` words of a result's indexed text round the word at `at` (`excerptWindowStart`), none before
 * `from`, each matched word marked: taken from the report's paragraphs where Pagefind's own excerpt starts in the
 * headline the card shows above it.
 */
export function excerptFrom(
  { words, joiner }: IndexedWords,
  locations: readonly number[],
  { at, from, length }: { at: number; from: number; length: number },
): ExcerptPart[] {
  const start = excerptWindowStart(at, words.length, length, from);
  const matched = new Set(locations);
  const parts: ExcerptPart[] = [];
  for (let index = start; index < Math.min(words.length, start + length); index++) {
    const marked = matched.has(index);
    const space = index > start ? joiner : '';
    const last = parts.at(-1);
    const word = unescaped(words[index]);
    if (marked) {
      if (space) parts.push({ text: space, marked: false });
      parts.push({ text: word, marked: true });
    } else if (last && !last.marked) last.text += space + word;
    else parts.push({ text: space + word, marked: false });
  }
  return parts.filter(({ text }) => text !== '');
}
