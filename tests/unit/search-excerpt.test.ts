import { describe, expect, it } from 'vitest';
import { excerptFrom, excerptStart, indexedWords } from '../../src/lib/search-excerpt.ts';

const text = (parts: { text: string; marked: boolean }[]) => parts.map(({ text }) => text).join('');
const marked = (parts: { text: string; marked: boolean }[]) => parts.filter((part) => part.marked).map(({ text }) => text);

describe('excerptFrom', () => {
  // As Pagefind gives a report's indexed text: the headline, then the paragraphs (from word 10 here).
  const raw =
    'Japan pledges vaccines, voices concern over sea at ASEAN talks. TOKYO (Kyodo) -- Foreign Minister Toshimitsu Motegi told his counterparts that Japan will keep supplying vaccines to the region, as the ministers met online amid a surge in infections.';

  it("takes the report's words round the match, none of the headline before them, each match marked", () => {
    const parts = excerptFrom(indexedWords(raw), [2, 25], { at: 25, from: 10, length: 12 });
    expect(text(parts)).toBe('will keep supplying vaccines to the region, as the ministers met online');
    expect(marked(parts)).toEqual(['vaccines']);
  });

  it('starts no sooner than the paragraphs, and fills its length before the end of the text', () => {
    expect(text(excerptFrom(indexedWords(raw), [10], { at: 10, from: 10, length: 4 }))).toBe('TOKYO (Kyodo) -- Foreign');
    expect(text(excerptFrom(indexedWords(raw), [38], { at: 38, from: 10, length: 4 }))).toBe('a surge in infections.');
  });

  it('joins words Pagefind segmented without spaces, and gives back what it escaped', () => {
    const japanese =
      '日\u200B・\u200BASEAN\u200B外相\u200B会議\u200B. \u200B茂木\u200B大臣\u200B は\u200B&lt;\u200Bワクチン\u200B&gt;\u200Bを\u200B供与';
    const parts = excerptFrom(indexedWords(japanese), [10], { at: 10, from: 6, length: 8 });
    expect(text(parts)).toBe('茂木大臣 は<ワクチン>を供与');
    expect(marked(parts)).toEqual(['ワクチン']);
  });
});

describe('excerptStart', () => {
  const raw = 'Ministers meet. TOKYO -- The ministers met on Monday and agreed.';

  it("finds where Pagefind's excerpt starts among the result's words", () => {
    expect(excerptStart(indexedWords(raw), 'meet. TOKYO -- The', 4)).toBe(1);
    expect(excerptStart(indexedWords(raw), 'met on Monday and agreed.', 6)).toBe(6);
    expect(excerptStart(indexedWords('日\u200B・\u200BASEAN\u200B外相'), '・ASEAN外相', 3)).toBe(1);
  });

  it('is undefined for an excerpt that is not of these words', () => {
    expect(excerptStart(indexedWords(raw), 'Ministers met', 2)).toBeUndefined();
  });
});
