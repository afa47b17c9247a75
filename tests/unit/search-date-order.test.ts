import { describe, expect, it } from 'vitest';
import { dateOrder, dateRanks, inDateOrder } from '../../src/lib/search-date-order.ts';

// English reports of 1985, 1990, 2020 and two of 2021; Vietnamese ones of 2009 and 2021.
const REPORTS = [
  { language: 'en', date: '2021-08-02' },
  { language: 'vi', date: '2021-08-02' },
  { language: 'en', date: '1985-03-18' },
  { language: 'en', date: '2021-08-02' },
  { language: 'vi', date: '2009-06-29' },
  { language: 'en', date: '2020-10-15' },
  { language: 'en', date: '1990-01-09' },
];

/** A result as Pagefind gives it for a sort: its page's position in its language's date order, negated for ascending. */
const result = (language: string, position: number, direction: 'asc' | 'desc') => ({
  id: `${language}_${position}a1b2c3`,
  score: direction === 'asc' ? -position : position,
});

describe('the date order across the index languages', () => {
  it('gives each language its pages in date order, as rises of their dates’ ranks among all the dates', () => {
    // Ranks: 1985-03-18 0, 1990-01-09 1, 2009-06-29 2, 2020-10-15 3, 2021-08-02 4.
    expect(dateOrder(REPORTS)).toEqual({ en: [0, 1, 2, 1, 0], vi: [2, 2] });
    expect(dateRanks(dateOrder(REPORTS))).toEqual({ en: [0, 1, 3, 4, 4], vi: [2, 4] });
  });

  it('orders dates cut to a month or a year before the days within them, as Pagefind does', () => {
    const reports = [
      { language: 'ja', date: '2009-06-29' },
      { language: 'ja', date: '2009' },
      { language: 'th', date: '2009-06' },
    ];
    expect(dateRanks(dateOrder(reports))).toEqual({ ja: [0, 2], th: [1] });
  });

  it('puts the results of every language in date order, newest first, one date’s keeping Pagefind’s order', () => {
    const ranks = dateRanks(dateOrder(REPORTS));
    // Pagefind's order: by position, whatever the language.
    const found = [
      ['en', 4],
      ['en', 3],
      ['en', 2],
      ['en', 1],
      ['vi', 1],
      ['en', 0],
      ['vi', 0],
    ] as const;
    const ordered = inDateOrder(
      found.map(([language, position]) => result(language, position, 'desc')),
      ranks,
      'desc',
    );
    expect(ordered.map(({ id }) => id.slice(0, 4))).toEqual(['en_4', 'en_3', 'vi_1', 'en_2', 'vi_0', 'en_1', 'en_0']);
  });

  it('puts them oldest first for an ascending sort', () => {
    const ranks = dateRanks(dateOrder(REPORTS));
    const found = [
      ['en', 0],
      ['vi', 0],
      ['en', 1],
      ['vi', 1],
      ['en', 2],
      ['en', 3],
      ['en', 4],
    ] as const;
    const ordered = inDateOrder(
      found.map(([language, position]) => result(language, position, 'asc')),
      ranks,
      'asc',
    );
    expect(ordered.map(({ id }) => id.slice(0, 4))).toEqual(['en_0', 'en_1', 'vi_0', 'en_2', 'vi_1', 'en_3', 'en_4']);
  });

  it('leaves Pagefind’s order when the date order does not know a result', () => {
    const ranks = dateRanks(dateOrder(REPORTS));
    const found = [result('en', 1, 'desc'), result('ja', 0, 'desc'), result('en', 4, 'desc')];
    expect(inDateOrder(found, ranks, 'desc')).toEqual(found);
    const beyond = [result('vi', 0, 'desc'), result('vi', 2, 'desc')];
    expect(inDateOrder(beyond, ranks, 'desc')).toEqual(beyond);
  });
});
