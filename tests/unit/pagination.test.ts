import { describe, expect, it } from 'vitest';
import { LIST_PAGE_SIZE, pageSegment, pageSuffix, pageTitle, paginateList } from '../../src/lib/pagination.ts';

const urlFor = (page: number) => (page === 1 ? '/archive/2021/' : `/archive/2021/page/${page}/`);

describe('paginateList', () => {
  it('keeps every page bounded however long the list, and loses or repeats no item', () => {
    const items = Array.from({ length: 10_000 }, (_, index) => index);
    const pages = paginateList(items, urlFor);
    expect(pages).toHaveLength(10_000 / LIST_PAGE_SIZE);
    expect(Math.max(...pages.map((page) => page.data.length))).toBe(LIST_PAGE_SIZE);
    expect(pages.flatMap((page) => page.data)).toEqual(items);
  });

  it('describes each page the way Astro’s paginate() does', () => {
    const pages = paginateList(['a', 'b', 'c', 'd', 'e'], urlFor, 2);
    expect(pages.map((page) => page.data)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(pages[1]).toEqual({
      data: ['c', 'd'],
      start: 2,
      end: 3,
      total: 5,
      currentPage: 2,
      size: 2,
      lastPage: 3,
      url: {
        current: '/archive/2021/page/2/',
        prev: '/archive/2021/',
        next: '/archive/2021/page/3/',
        first: '/archive/2021/',
        last: '/archive/2021/page/3/',
      },
    });
    expect(pages[0].url).toMatchObject({ prev: undefined, first: undefined });
    expect(pages[2]).toMatchObject({ start: 4, end: 4, url: { next: undefined, last: undefined } });
  });

  it('gives an empty list one empty page, and refuses a page size that is not a positive integer', () => {
    expect(paginateList([], urlFor)).toEqual([expect.objectContaining({ data: [], total: 0, currentPage: 1, lastPage: 1 })]);
    expect(() => paginateList([1], urlFor, 0)).toThrow(/positive integer/);
    expect(() => paginateList([1], urlFor, 2.5)).toThrow(/positive integer/);
  });
});

describe('pageSegment and pageTitle', () => {
  it('leave the first page plain and number the others', () => {
    expect(pageSegment(1)).toBeUndefined();
    expect(pageSegment(10)).toBe('page/10');
    expect(pageTitle('Timeline', 1)).toBe('Timeline');
    expect(pageTitle('Timeline', 3)).toBe('Timeline, page 3');
    expect(pageSuffix(3)).toBe(', page 3');
  });
});
