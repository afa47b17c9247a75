import type { ExcerptPart } from './alias-match.ts';

/** Pagefind's separator of the words of a text with spaces (`word_separators` in its script). */
const SPACES = /[^\S\uFEFF]+/g;
/** Pagefind's separator of the words it found in a text written without spaces (Japanese, Thai). */
const SEGMENTED = '\u200B';

/**
 * The words of a result's indexed text as Pagefind counts them, so that its word positions (`locations`, `anchors`)
 * index them: its `raw_content` (`<` and `>` escaped) split at the zero-width spaces Pagefind put between the words of
 * a text written without spaces, else at white space.
 */
function indexedWords(rawContent: string): { words: string[]; joiner: string } {
  const segmented = rawContent.includes(SEGMENTED);
  return { words: segmented ? rawContent.split(SEGMENTED) : rawContent.split(SPACES), joiner: segmented ? '' : ' ' };
}

const unescaped = (word: string) => word.replaceAll('&lt;', '<').replaceAll('&gt;', '>');

/**
 * Where Pagefind's excerpt of a result (its `plain_excerpt`, `length` words) starts among the result's indexed words,
 * or undefined if it is not theirs.
 */
export function excerptStart(rawContent: string, plainExcerpt: string, length: number): number | undefined {
  const { words, joiner } = indexedWords(rawContent);
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
 * An excerpt of `length` words of a result's indexed text round the word at `at`, a quarter of them before it but
 * none before `from`, each matched word marked: taken from the report's paragraphs where Pagefind's own excerpt
 * starts in the headline the card shows above it.
 */
export function excerptFrom(
  rawContent: string,
  locations: readonly number[],
  { at, from, length }: { at: number; from: number; length: number },
): ExcerptPart[] {
  const { words, joiner } = indexedWords(rawContent);
  const start = Math.max(from, Math.min(at - Math.floor(length / 4), words.length - length));
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
