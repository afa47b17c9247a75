/** A text as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A test of `pattern` that first checks the text contains one of `literals`, text every match of the pattern
 * holds. A substring search is far cheaper than the pattern's, and most texts tested hold none of them: a report's
 * paragraphs searched for each person and topic it names (at 10,000 reports, over half a million tests per build).
 */
export function literalGuardedTest(pattern: RegExp, literals: readonly string[]): (text: string) => boolean {
  return (text) => literals.some((literal) => text.includes(literal)) && pattern.test(text);
}

/**
 * A letter or digit of a script written with spaces between words, for the edges of a whole word: `(?<!${WORD_CHAR})`
 * and `(?!${WORD_CHAR})`. Japanese, Chinese and Thai write no spaces, so a name or abbreviation there stands
 * against the next word's letters ("茂木敏充外務大臣", "日・ASEAN外相会議", "อาเซียนและญี่ปุ่น"): their letters are no edge.
 */
export const WORD_CHAR = '(?:(?![\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Thai}])[\\p{L}\\p{N}])';
