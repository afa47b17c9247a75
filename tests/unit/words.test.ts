import { describe, expect, it } from 'vitest';
import { segmentsOf, wordCount, wordSpans } from '../../src/lib/words.ts';

const wordsOf = (text: string) => wordSpans(text).map(({ start, end }) => text.slice(start, end));

describe('words in any of the archive’s languages', () => {
  it('splits text written with spaces at white space, its punctuation kept with its word', () => {
    expect(wordsOf('Japan, ASEAN  and “Viet Nam”.')).toEqual(['Japan,', 'ASEAN', 'and', '“Viet', 'Nam”.']);
  });

  it('splits runs of Thai, Lao, Khmer, Burmese and Japanese into the words a dictionary finds, punctuation left out', () => {
    for (const run of ['การประชุมรัฐมนตรีต่างประเทศ', 'ກອງປະຊຸມລັດຖະມົນຕີ', 'កិច្ចប្រជុំរដ្ឋមន្ត្រី', 'အစည်းအဝေးကျင်းပ', '外務大臣は会談した。']) {
      const words = wordsOf(run);
      expect(words.length, run).toBeGreaterThan(1);
      expect(words.join(''), run).toBe(run.replace('。', ''));
    }
  });

  it('counts the words of mixed text', () => {
    expect(wordCount('ASEAN 外相会議')).toBe(1 + wordsOf('外相会議').length);
  });

  it('gives every segment of a run, punctuation included, so the run can be put back together', () => {
    const run = '茂木大臣は、会談した。';
    expect(segmentsOf(run).join('')).toBe(run);
    expect(segmentsOf(run)).toContain('、');
  });
});
