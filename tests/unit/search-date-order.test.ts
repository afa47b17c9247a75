import { describe, expect, it } from 'vitest';
import { dateOrder, dateRanks, inDateOrder } from '../../src/lib/search-date-order.ts';

// English reports of 1985, 1990, 2020 and two of 2021; Vietnamese ones of 2009 and 2021.
const REPORTS = [
  { id: 'en_2021b', date: '2021-08-02' },
  { id: 'vi_2021', date: '2021-08-02' },
  { id: 'en_1985', date: '1985-03-18' },
  { id: 'en_2021a', date: '2021-08-02' },
  { id: 'vi_2009', date: '2009-06-29' },
  { id: 'en_2020', date: '2020-10-15' },
  { id: 'en_1990', date: '1990-01-09' },
];

const results = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (found: readonly { id: string }[]) => found.map(({ id }) => id);

describe('the reports’ date order', () => {
  it('groups the page ids by date, newest first, whatever their languages', () => {
    expect(dateOrder(REPORTS)).toEqual([['en_2021a', 'en_2021b', 'vi_2021'], ['en_2020'], ['vi_2009'], ['en_1990'], ['en_1985']]);
    expect(dateOrder([])).toEqual([]);
  });

  it('orders dates cut to a month or a year before the days within them', () => {
    const pages = [
      { id: 'ja_day', date: '2009-06-29' },
      { id: 'ja_year', date: '2009' },
      { id: 'th_month', date: '2009-06' },
      { id: 'en_later', date: '2010' },
    ];
    expect(dateOrder(pages)).toEqual([['en_later'], ['ja_day'], ['th_month'], ['ja_year']]);
  });

  it('ranks each page id by its date, the newest 0', () => {
    expect(dateRanks([['en_b', 'vi_a'], ['en_a']])).toEqual(
      new Map([
        ['en_b', 0],
        ['vi_a', 0],
        ['en_a', 1],
      ]),
    );
  });

  it('puts the results of every language in date order, newest first, one date’s keeping the search’s order', () => {
    const ranks = dateRanks(dateOrder(REPORTS));
    const found = results('en_1990', 'vi_2021', 'en_2020', 'en_2021b', 'vi_2009', 'en_1985', 'en_2021a');
    expect(ids(inDateOrder(found, ranks, 'desc'))).toEqual([
      'vi_2021',
      'en_2021b',
      'en_2021a',
      'en_2020',
      'vi_2009',
      'en_1990',
      'en_1985',
    ]);
  });

  it('puts them oldest first, one date’s still in the search’s order', () => {
    const ranks = dateRanks(dateOrder(REPORTS));
    const found = results('en_2021a', 'vi_2009', 'en_1985', 'vi_2021', 'en_2020', 'en_2021b');
    expect(ids(inDateOrder(found, ranks, 'asc'))).toEqual(['en_1985', 'vi_2009', 'en_2020', 'en_2021a', 'vi_2021', 'en_2021b']);
  });

  it('leaves the search’s order when the date order does not know a result', () => {
    const ranks = dateRanks(dateOrder(REPORTS));
    const found = results('en_1985', 'ja_unknown', 'en_2021a');
    expect(inDateOrder(found, ranks, 'desc')).toEqual(found);
  });
});
