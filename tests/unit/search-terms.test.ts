import { describe, expect, it } from 'vitest';
import {
  ENTITY_INDEX_LANGUAGE,
  facetOptionOrder,
  isEntityResult,
  bodyStart,
  linkedParagraph,
  matchedParagraph,
  MAX_QUERY_LENGTH,
  pagefindFilters,
  readSearchState,
  joinAliasGroups,
  searchAliases,
  searchAliasGroups,
  splitAliasGroups,
  searchesAtOnce,
  writeSearchState,
} from '../../src/lib/search-terms.ts';

describe('searchAliases', () => {
  it('gathers names, variants, aliases and own-script names, each once', () => {
    const motegi = {
      name: 'Toshimitsu Motegi',
      variants: ['Motegi Toshimitsu', 'Motegi Toshimits'],
      nativeName: { text: '茂木敏充' },
    };
    const sea = { name: 'South China Sea', aliases: ['East Sea', 'Biển Đông', 'Bien Dong'] };
    const son = { name: 'Bùi Thanh Sơn', variants: ['Bui Thanh Son', 'Sơn'], nativeName: { text: 'Bùi Thanh Sơn' } };
    expect(searchAliases([motegi, sea, son])).toEqual([
      'Toshimitsu Motegi',
      'Motegi Toshimitsu',
      'Motegi Toshimits',
      '茂木敏充',
      'South China Sea',
      'East Sea',
      'Biển Đông',
      // Đ is a letter of its own, not D with a mark, and Pagefind does not fold it: the plain spelling stays.
      'Bien Dong',
      'Bùi Thanh Sơn',
      'Sơn',
    ]);
  });
});

describe('searchAliasGroups', () => {
  it("keeps each entity's names together, each name once over all of them", () => {
    const sea = { name: 'South China Sea', aliases: ['East Sea', 'Bien Dong'] };
    const coc = { name: 'Code of Conduct', aliases: ['COC', 'east sea'] };
    const groups = searchAliasGroups([sea, coc, { name: 'South China Sea' }]);
    expect(groups).toEqual([
      ['South China Sea', 'East Sea', 'Bien Dong'],
      ['Code of Conduct', 'COC'],
    ]);
    expect(splitAliasGroups(joinAliasGroups(groups))).toEqual(groups);
    expect(splitAliasGroups(undefined)).toEqual([]);
  });
});

describe('search state in the URL', () => {
  it('reads the query, repeated filter values and the sort', () => {
    const state = readSearchState(new URLSearchParams('q=vaccine&topic=Myanmar&topic=Korean+Peninsula&year=2021&sort=newest'));
    expect(state).toEqual({
      query: 'vaccine',
      filters: { topic: ['Myanmar', 'Korean Peninsula'], year: ['2021'] },
      sort: 'newest',
    });
  });

  it('ignores unknown sorts and parameters, drops duplicates and cuts an overlong query', () => {
    const state = readSearchState(new URLSearchParams(`q=${'x'.repeat(5000)}&sort=sideways&topic=A&topic=A&colour=red`));
    expect(state.query).toHaveLength(MAX_QUERY_LENGTH);
    expect(state.sort).toBe('relevance');
    expect(state.filters).toEqual({ topic: ['A'] });
  });

  it('writes what it reads', () => {
    const params = 'q=East+Sea&participant=B%C3%B9i+Thanh+S%C6%A1n&publisher=Viet+Nam+News&sort=oldest';
    expect(writeSearchState(readSearchState(new URLSearchParams(params))).toString()).toBe(params);
    expect(writeSearchState({ query: '', filters: {}, sort: 'relevance' }).toString()).toBe('');
  });
});

describe('pagefindFilters', () => {
  it('asks for any value within a facet and every facet at once', () => {
    expect(pagefindFilters({ topic: ['Myanmar', 'Korean Peninsula'], year: ['2020'] })).toEqual({
      topic: { any: ['Myanmar', 'Korean Peninsula'] },
      year: { any: ['2020'] },
    });
  });

  it('leaves out one facet, to count its own options, and empty facets', () => {
    expect(pagefindFilters({ topic: ['Myanmar'], year: ['2020'], publisher: [] }, 'topic')).toEqual({ year: { any: ['2020'] } });
  });
});

describe('isEntityResult', () => {
  it("tells an entity's result from a report's in any language by the index its id names", () => {
    expect(isEntityResult({ id: `${ENTITY_INDEX_LANGUAGE}_6850ac2` })).toBe(true);
    for (const id of ['en_25c710b', 'vi_288af11', 'ja_637ba9a', 'en-x_6850ac2']) expect(isEntityResult({ id })).toBe(false);
  });
});

describe('facetOptionOrder', () => {
  it('lists years newest first and names alphabetically, accents and all', () => {
    expect(facetOptionOrder('year', ['2020', '1977', '2021'])).toEqual(['2021', '2020', '1977']);
    expect(facetOptionOrder('participant', ['Takeo Mori', 'Bùi Thanh Sơn', 'Don Pramudwinai'])).toEqual([
      'Bùi Thanh Sơn',
      'Don Pramudwinai',
      'Takeo Mori',
    ]);
  });
});

/** A report's anchors as Pagefind gives them: its headline's, then three paragraphs'. */
const anchors = [
  { id: 'article-headline', location: 0 },
  { id: 'p-1', location: 12 },
  { id: 'p-2', location: 40 },
  { id: 'p-3', location: 75 },
];

describe('matchedParagraph', () => {
  it('is the last paragraph anchor at or before the first matched word', () => {
    expect(matchedParagraph(anchors, [90, 50])?.id).toBe('p-2');
    expect(matchedParagraph(anchors, [40])?.id).toBe('p-2');
    expect(matchedParagraph(anchors, [75, 80])?.id).toBe('p-3');
  });

  it("is the paragraph of the report's first matched word where the headline holds one too", () => {
    expect(matchedParagraph(anchors, [3, 50])).toEqual({ id: 'p-2', location: 40, match: 50 });
  });

  it('is undefined for a match before any paragraph (the headline), or no match', () => {
    expect(matchedParagraph(anchors, [3])).toBeUndefined();
    expect(matchedParagraph(anchors, [])).toBeUndefined();
  });

  it('ignores anchors that are not report paragraphs', () => {
    expect(matchedParagraph([{ id: 'source-heading', location: 5 }], [9])).toBeUndefined();
  });
});

describe('linkedParagraph', () => {
  it('is the paragraph of the first match the excerpt shows, where the excerpt starts after the first match', () => {
    expect(linkedParagraph(anchors, [15, 78, 80], 70)).toEqual({ id: 'p-3', location: 75, match: 78 });
    // An excerpt starting in paragraph 2 whose first match is in paragraph 3.
    expect(linkedParagraph(anchors, [15, 78], 45)?.id).toBe('p-3');
  });

  it("is the report's first match without an excerpt's start, or where the excerpt shows no match", () => {
    expect(linkedParagraph(anchors, [15, 78])?.id).toBe('p-1');
    expect(linkedParagraph(anchors, [15], 70)?.id).toBe('p-1');
  });
});

describe('searchesAtOnce', () => {
  // Counted in code points: a flag is two, a kanji one.
  const atOnce = ['', '   ', 'vac', 'East Sea', 'East ', '茂木敏'];
  const afterAPause = ['v', ' EU ', 'East S', 'Korean Pe', '🇯🇵', '茂木'];

  it('searches the empty query and queries whose last word has three letters or more at once, others after a pause', () => {
    for (const query of atOnce) expect(searchesAtOnce(query), JSON.stringify(query)).toBe(true);
    for (const query of afterAPause) expect(searchesAtOnce(query), JSON.stringify(query)).toBe(false);
  });
});

describe('bodyStart', () => {
  it("is the first paragraph anchor's word, where the report's own words start", () => {
    expect(
      bodyStart([
        { id: 'article-headline', location: 0 },
        { id: 'p-2', location: 40 },
        { id: 'p-1', location: 12 },
      ]),
    ).toBe(12);
    expect(bodyStart([{ id: 'article-headline', location: 0 }])).toBeUndefined();
  });
});
