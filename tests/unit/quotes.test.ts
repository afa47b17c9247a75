import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/archive.ts';
import { quotesOf } from '../../src/lib/archive-quotes.ts';
import { familyNameWithOffice } from '../../src/lib/japanese-names.ts';
import { bodyParagraphsOf, foldedParagraphs, foldText, quotesFrom, sourceParagraphs } from '../../src/lib/quotes.ts';
import { escapeRegExp, holdsWholeWord, WORD_CHAR } from '../../src/lib/regexp.ts';

const body = [
  '<p id="p-1">Both sides discussed the <abbr title="x">East Sea</abbr> issue &#x26; more.</p>',
  '<p id="p-2">The ministers met Bùi Thanh Sơn in Ha Noi.</p>',
  '<p id="p-3">Nothing here: the Seaside resort and eastern seas.</p>',
  '<p id="p-4">The SOUTH CHINA  SEA was named.</p>',
].join('\n');

describe('bodyParagraphsOf', () => {
  it('numbers the paragraphs as the page does and keeps their words and inline markup', () => {
    const paragraphs = bodyParagraphsOf(body);
    expect(paragraphs.map(({ number }) => number)).toEqual([1, 2, 3, 4]);
    expect(paragraphs[0].html).toBe('Both sides discussed the <abbr title="x">East Sea</abbr> issue &#x26; more.');
  });
});

describe('bodyParagraphsOf, a paragraph of several blocks', () => {
  it('quotes it whole, without its id', () => {
    const [paragraph] = bodyParagraphsOf(
      '<div class="paragraph-group" id="p-6"><p>The outcomes:</p><ul><li>Japan will help</li></ul></div>',
    );
    expect(paragraph.number).toBe(6);
    expect(paragraph.html).toBe('<div class="paragraph-group"><p>The outcomes:</p><ul><li>Japan will help</li></ul></div>');
  });
});

describe('bodyParagraphsOf, the body’s own paragraphs', () => {
  it('takes only top-level numbered elements, reading tags as HTML does (quoted ">" and nested lists)', () => {
    const paragraphs = bodyParagraphsOf(
      '<p id="p-1" title="a > b">One<br>two</p>\n<ul id="p-2"><li>a<ul><li id="p-9">b</li></ul></li></ul>',
    );
    expect(paragraphs).toEqual([
      { number: 1, html: 'One<br>two' },
      { number: 2, html: '<ul><li>a<ul><li id="p-9">b</li></ul></li></ul>' },
    ]);
  });
});

describe('quotesFrom: which paragraphs name an entity', () => {
  const paragraphs = foldedParagraphs(
    sourceParagraphs(
      [
        'Both sides discussed the <Abbr term="x">East Sea</Abbr> issue & more.',
        'The ministers met Bùi Thanh Sơn in Ha Noi.',
        'Nothing here: the Seaside resort and eastern seas.',
        'The SOUTH CHINA  SEA was named.',
      ].join('\n\n'),
    ),
  );
  const numbers = (names: string[]) => quotesFrom(['report'], () => paragraphs, names).map(({ paragraph }) => paragraph);

  it('finds any name or alias as whole words, ignoring capitals, accents and spacing', () => {
    expect(numbers(['South China Sea', 'East Sea'])).toEqual([1, 4]);
    expect(numbers(['Bui Thanh Son'])).toEqual([2]);
    expect(numbers(['bùi thanh sơn'])).toEqual([2]);
  });

  it('does not match inside longer words', () => {
    expect(numbers(['Sea'])).toEqual([1, 4]);
    expect(numbers(['Noi'])).toEqual([2]);
    expect(numbers(['side'])).toEqual([]);
  });

  it('finds nothing without a name', () => {
    expect(numbers([])).toEqual([]);
    expect(numbers(['  '])).toEqual([]);
  });

  it('finds a name whatever the spacing between its words', () => {
    const spaced = foldedParagraphs([{ number: 1, text: 'Minister Bùi  Thanh\nSơn spoke.' }]);
    expect(quotesFrom(['report'], () => spaced, ['Bui Thanh Son']).map(({ paragraph }) => paragraph)).toEqual([1]);
  });
});

describe('quotesOf: a person named in kanji', () => {
  const report = {
    body: '8月2日、茂木敏充外務大臣は会議に出席しました。\n\n茂木大臣から、支援を表明しました。\n\n茂木氏は述べた。\n\n木村大臣も出席した。\n\n吉田茂氏と小茂木大臣も出席した。\n',
  } as unknown as Article;
  const motegi = { name: 'Toshimitsu Motegi', nativeName: { text: '茂木敏充' } };

  it('finds the full name, and the family name before an office or form of address, not the end of another name', () => {
    expect(quotesOf(motegi, [report], 'person').map(({ paragraph }) => paragraph)).toEqual([1, 2, 3]);
  });

  it('reads no family name out of a name in other letters', () => {
    expect(familyNameWithOffice('茂木敏充')).toContain('茂木大臣');
    expect(familyNameWithOffice('ブイ・タイン・ソン')).toEqual([]);
    expect(familyNameWithOffice('Motegi')).toEqual([]);
  });
});

describe('holdsWholeWord', () => {
  it('answers as the whole-word pattern does, in spaced and unspaced scripts and beside letters outside the BMP', () => {
    const words = ['East Sea', 'Mekong', '茂木', 'อาเซียน', 'Sơn'];
    const pattern = new RegExp(`(?<!${WORD_CHAR})(?:${words.map(escapeRegExp).join('|')})(?!${WORD_CHAR})`, 'u');
    const texts = [
      'the East Sea',
      'the Mekong-Japan meeting',
      'Mekongs and the Mekong',
      'East Seas',
      'east sea',
      '茂木敏充外務大臣',
      'อาเซียนและญี่ปุ่น',
      'Bùi Thanh Sơn.',
      'Sơnx',
      '𝐀Mekong',
      'Mekong𝐀',
      '𠀋Mekong',
      'nothing',
      '',
    ];
    for (const text of texts) expect(holdsWholeWord(text, words), text).toBe(pattern.test(text));
  });

  it('finds a later whole word after an occurrence inside a longer word, and never an empty one', () => {
    expect(holdsWholeWord('Mekongs, then Mekong', ['Mekong'])).toBe(true);
    expect(holdsWholeWord('Mekongs', ['Mekong', ''])).toBe(false);
  });
});

describe('quotesFrom', () => {
  it('keeps the articles’ order, then the paragraphs’ order', () => {
    const bodies: Record<string, string> = {
      older: 'ASEAN met.\n\nNo.\n\nASEAN again.',
      newer: 'asean.',
      none: 'Nothing.',
    };
    const quotes = quotesFrom(['older', 'none', 'newer'], (id) => foldedParagraphs(sourceParagraphs(bodies[id])), ['ASEAN']);
    expect(quotes.map(({ article, paragraph }) => `${article}#${paragraph}`)).toEqual(['older#1', 'older#3', 'newer#1']);
  });

  it('finds a person’s names only where the words start with a capital, accents and capitals otherwise ignored', () => {
    const body = [
      'Việc xây dựng và sử dụng nội dung số.',
      'Phó Thủ tướng Nguyễn Quốc Dũng phát biểu.',
      'Her son said she don’t know.',
      'Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan.',
      '茂木敏充外務大臣が出席した。',
      'Dung spoke first.',
    ].join('\n\n');
    const naming = (names: string[], properNames: boolean) =>
      quotesFrom([body], (text) => foldedParagraphs(sourceParagraphs(text)), names, { properNames }).map(
        ({ paragraph }) => paragraph,
      );
    expect(naming(['Dung', 'Sơn', 'Don'], true)).toEqual([2, 6]);
    expect(naming(['Motegi Toshimitsu', '茂木敏充'], true)).toEqual([4, 5]);
    // A topic's names may be ordinary words, written in lower case.
    expect(naming(['Dung', 'son'], false)).toEqual([1, 2, 3, 6]);
  });
});

describe('sourceParagraphs', () => {
  it('numbers the MDX paragraphs as the page does, markup set aside', () => {
    const mdx = 'The <Abbr term="asean">ASEAN</Abbr>  side.\n\nSecond\nline.\n   \nThird.';
    expect(sourceParagraphs(mdx)).toEqual([
      { number: 1, text: 'The ASEAN side.' },
      { number: 2, text: 'Second line.' },
      { number: 3, text: 'Third.' },
    ]);
  });
});

describe('foldText', () => {
  it('folds case and accents', () => {
    expect(foldText('Sơn ĐÀ')).toBe('son đa');
  });
});
