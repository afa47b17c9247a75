import { describe, expect, it } from 'vitest';
import { dateOrder, dateRanks, inDateOrder } from '../../src/lib/search-date-order.ts';

/** Pages by their ids, with their dates. */
const pagesOf = (dates: Record<string, string>) => Object.entries(dates).map(([id, date]) => ({ id, date }));

// English reports of 1985, 1990, 2020 and two of 2021; Vietnamese ones of 2009 and 2021.
const REPORTS = pagesOf({
  en_2021b: '2021-08-02',
  vi_2021: '2021-08-02',
  en_1985: '1985-03-18',
  en_2021a: '2021-08-02',
  vi_2009: '2009-06-29',
  en_2020: '2020-10-15',
  en_1990: '1990-01-09',
});

const results = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (found: readonly { id: string }[]) => found.map(({ id }) => id);

describe('the reports’ date order', () => {
  it('groups the page ids by date, newest first, whatever their languages', () => {
    expect(dateOrder(REPORTS)).toEqual([['en_2021a', 'en_2021b', 'vi_2021'], ['en_2020'], ['vi_2009'], ['en_1990'], ['en_1985']]);
    expect(dateOrder([])).toEqual([]);
  });

  it('orders dates cut to a month or a year before the days within them', () => {
    const pages = pagesOf({ ja_day: '2009-06-29', ja_year: '2009', th_month: '2009-06', en_later: '2010' });
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
