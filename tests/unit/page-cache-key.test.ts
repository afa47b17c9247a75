import { describe, expect, it } from 'vitest';
import { cacheKeyOf, withCacheKeys } from '../../src/build/page-cache-key.ts';

const entry = (id: string, headline: string, body = 'The ministers met.') => ({
  id,
  collection: 'articles',
  data: { headline, date: new Date('2021-08-02') },
  body,
  rendered: { html: `<p id="p-1">${body}</p>` },
});

describe('cacheKeyOf', () => {
  it('is the same for equal props built as different objects', () => {
    const props = () => ({ page: { article: entry('a', 'Talks'), people: new Map([['x', entry('x', 'X')]]) } });
    expect(cacheKeyOf(props())).toBe(cacheKeyOf(props()));
  });

  it('changes with any field of a content entry, however deep, and with what surrounds it', () => {
    const base = cacheKeyOf({ article: entry('a', 'Talks') });
    expect(cacheKeyOf({ article: entry('a', 'Talks!') })).not.toBe(base);
    expect(cacheKeyOf({ article: entry('a', 'Talks', 'The ministers met online.') })).not.toBe(base);
    expect(cacheKeyOf({ article: entry('b', 'Talks') })).not.toBe(base);
    expect(cacheKeyOf({ article: entry('a', 'Talks'), previous: 'p' })).not.toBe(base);
  });

  it('changes with an entry inside a map, and with a map’s keys', () => {
    const topics = (name: string) => new Map([['covid-19', { ...entry('covid-19', name), collection: 'topics' }]]);
    expect(cacheKeyOf({ topics: topics('COVID-19') })).not.toBe(cacheKeyOf({ topics: topics('Pandemic') }));
    expect(cacheKeyOf({ topics: new Map([['a', 1]]) })).not.toBe(cacheKeyOf({ topics: new Map([['b', 1]]) }));
  });

  it('treats an entry listed on many pages the same on each', () => {
    const shared = entry('a', 'Talks');
    expect(cacheKeyOf({ items: [shared, shared] })).toBe(cacheKeyOf({ items: [entry('a', 'Talks'), entry('a', 'Talks')] }));
  });
});

describe('withCacheKeys', () => {
  it('keys each route by its params as well as its props', () => {
    const [first, second] = withCacheKeys([
      { params: { page: undefined }, props: { n: 1 } },
      { params: { page: '2' }, props: { n: 1 } },
    ]);
    expect(first!.cacheKey).not.toBe(second!.cacheKey);
  });
});
