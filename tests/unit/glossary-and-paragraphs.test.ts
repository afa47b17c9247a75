import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { closestId } from '../../src/lib/entity-ids.ts';
import { firstUse, markedTerms, segmentByTerms, termsUsedIn, unknownTermProblems } from '../../src/lib/glossary.ts';
import { bodyParagraphs, rehypeParagraphAnchors } from '../../src/lib/paragraph-anchors.ts';
import { foldedParagraphs, quotesFrom, sourceParagraphs } from '../../src/lib/quotes.ts';

const terms = [
  { id: 'doc', forms: ['DOC'] },
  { id: 'covid-19', forms: ['COVID-19', 'Covid-19'] },
  { id: 'vna', forms: ['VNA'] },
  { id: 'vns', forms: ['VNS'] },
];

describe('finding abbreviations', () => {
  it('matches whole words with their exact capitals only', () => {
    expect(firstUse('the Declaration (DOC) and a document', terms[0])).toBe(17);
    expect(firstUse('a document, a Doc', terms[0])).toBe(-1);
    expect(firstUse('DOCS', terms[0])).toBe(-1);
    expect(firstUse('response to Covid-19.', terms[1])).toBe(12);
    expect(firstUse('ASEAN + 3 Special Summit on COVID-April 19', terms[1])).toBe(-1);
  });

  it('lists the terms a text uses', () => {
    expect(termsUsedIn('VNA/VNS Photo', terms)).toEqual(['vna', 'vns']);
  });

  it('splits a text at the first use of each term without changing it', () => {
    const segments = segmentByTerms('VNA/VNS Photo, VNS', terms);
    expect(segments).toEqual([
      { text: 'VNA', term: 'vna' },
      { text: '/' },
      { text: 'VNS', term: 'vns' },
      { text: ' Photo, VNS' },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe('VNA/VNS Photo, VNS');
  });

  it('reads the terms marked by hand in MDX', () => {
    expect(markedTerms('Senior Officials (<Abbr term="som">SOM</Abbr>) and <Abbr term="asean">ASEAN</Abbr>')).toEqual([
      'som',
      'asean',
    ]);
  });
});

describe('rehypeParagraphAnchors', () => {
  it('numbers every top-level block, each a paragraph, and starts each with its number, a labelled link to itself', () => {
    const text = (value: string) => ({ type: 'text' as const, value });
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', properties: {}, children: [text('First.')] },
        text('\n'),
        {
          type: 'element',
          tagName: 'blockquote',
          properties: {},
          children: [{ type: 'element', tagName: 'p', properties: {}, children: [text('Quoted.')] }],
        },
        { type: 'element', tagName: 'p', properties: {}, children: [text('Second.')] },
      ],
    };
    rehypeParagraphAnchors()(tree);
    const [first, , quote, , second] = tree.children as Element[];
    expect(first.properties.id).toBe('p-1');
    expect(quote.properties.id).toBe('p-2');
    expect((quote.children[0] as Element).children[0]).toMatchObject({ tagName: 'a', properties: { href: '#p-2' } });
    expect(second.properties.id).toBe('p-3');
    expect(second.children).toEqual([
      {
        type: 'element',
        tagName: 'a',
        properties: { className: ['paragraph-number'], href: '#p-3', ariaLabel: 'Paragraph 3', lang: 'en' },
        children: [text('3')],
      },
      text(' '),
      text('Second.'),
    ]);
  });
});

describe('bodyParagraphs and quotesFrom', () => {
  const body =
    '\nMinister Bùi Thanh Sơn said.\n\nThe <Abbr term="asean">ASEAN</Abbr> ministers met.\n  \nSơn, who holds the role, spoke.\n';

  it('split a body at blank lines, as the page numbers its paragraphs', () => {
    expect(bodyParagraphs(body)).toHaveLength(3);
  });

  it('find the paragraphs that name a person by any name, as a whole word', () => {
    const naming = (names: string[]) =>
      quotesFrom([body], (text) => foldedParagraphs(sourceParagraphs(text)), names).map(({ paragraph }) => paragraph);
    expect(naming(['Bùi Thanh Sơn', 'Sơn'])).toEqual([1, 3]);
    expect(naming(['ASEAN'])).toEqual([2]);
    expect(naming(['Sơ'])).toEqual([]);
  });
});

describe('unknown <Abbr term>', () => {
  it('names the file and line of each, with a "did you mean"', () => {
    const body =
      '\nThe <Abbr term="asean">ASEAN</Abbr> way.\n\nThe <Abbr term="aseann">ASEAN</Abbr> and <Abbr term="rcep-agreement">RCEP</Abbr>.\n';
    expect(unknownTermProblems({ file: 'a.mdx', body, bodyLine: 20 }, new Set(['asean', 'rcep']), closestId)).toEqual([
      'a.mdx:23: <Abbr term="aseann">: no glossary entry "aseann" in glossary/ (did you mean "asean"?)',
      'a.mdx:23: <Abbr term="rcep-agreement">: no glossary entry "rcep-agreement" in glossary/ (did you mean "rcep"?)',
    ]);
  });
});
