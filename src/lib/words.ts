/**
 * Words of a text in any of the archive's languages. Thai, Lao, Khmer, Burmese, Japanese and Chinese write no spaces
 * between words, so a run of their letters is split into words by `Intl.Segmenter` (ICU's dictionaries); text in
 * scripts written with spaces is split at white space, so its punctuation stays with its word.
 */

/** A letter of a script written without spaces between words. */
export const UNSPACED_LETTER =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;

/** Where a word stands in a text, as offsets into it. */
export interface WordSpan {
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** The word segmenter of a language (ICU segments Thai and CJK by dictionary whatever the locale given). */
function segmenter(lang: string): Intl.Segmenter {
  let found = segmenters.get(lang);
  if (!found) segmenters.set(lang, (found = new Intl.Segmenter(lang, { granularity: 'word' })));
  return found;
}

/**
 * The words of a text, as offsets: each run of non-space characters, and within a run holding Thai, Japanese or
 * Chinese letters each word `Intl.Segmenter` finds there (punctuation between them belongs to none).
 */
export function wordSpans(text: string, lang = 'und'): WordSpan[] {
  return [...text.matchAll(/\S+/gu)].flatMap(({ 0: run, index }) => {
    if (!UNSPACED_LETTER.test(run)) return [{ start: index, end: index + run.length }];
    return [...segmenter(lang).segment(run)]
      .filter(({ isWordLike }) => isWordLike)
      .map(({ segment, index: at }) => ({ start: index + at, end: index + at + segment.length }));
  });
}

/** A run of text in the segments `Intl.Segmenter` finds there, words and the punctuation between them alike. */
export function segmentsOf(run: string, lang = 'und'): string[] {
  return [...segmenter(lang).segment(run)].map(({ segment }) => segment);
}

/** How many words a text has (`wordSpans`). */
export const wordCount = (text: string, lang?: string): number => wordSpans(text, lang).length;
