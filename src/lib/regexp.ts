/** A text as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A letter or digit of a script written with spaces between words, for the edges of a whole word: `(?<!${WORD_CHAR})`
 * and `(?!${WORD_CHAR})`. Japanese, Chinese and Thai write no spaces, so a name or abbreviation there stands
 * against the next word's letters ("茂木敏充外務大臣", "日・ASEAN外相会議", "อาเซียนและญี่ปุ่น"): their letters are no edge.
 */
export const WORD_CHAR = '(?:(?![\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Thai}])[\\p{L}\\p{N}])';

const WORD_CHAR_ALONE = new RegExp(`^${WORD_CHAR}$`, 'u');

/** Whether the code point is a letter or digit of a script written with spaces (`WORD_CHAR`); false for none. */
const isWordChar = (codePoint: number | undefined) =>
  codePoint !== undefined && WORD_CHAR_ALONE.test(String.fromCodePoint(codePoint));

/**
 * Whether the text holds one of `words` whole: found as written, with no `WORD_CHAR` against either end (and, if
 * given, where `foundAt` accepts the position). What `(?<!${WORD_CHAR})(?:word|…)(?!${WORD_CHAR})` finds, without a
 * pattern compiled for each set of words and run on every text: a report's paragraphs are searched for each person
 * and topic it names (at 10,000 reports, over half a million tests per build), and most hold none of the words, which
 * a substring search tells at once.
 */
export function holdsWholeWord(text: string, words: readonly string[], foundAt?: (at: number) => boolean): boolean {
  return words.some((word) => {
    if (word === '') return false;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const before = [...text.slice(Math.max(0, at - 2), at)].at(-1)?.codePointAt(0);
      if (!isWordChar(before) && !isWordChar(text.codePointAt(at + word.length)) && (!foundAt || foundAt(at))) return true;
    }
    return false;
  });
}
