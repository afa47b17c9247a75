import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachedRouteKeys, cacheKeyOf, withCacheKeys } from '../../src/build/page-cache-key.ts';
import { tempDir } from '../setup/temp-dir.ts';

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

describe('cachedRouteKeys', () => {
  const routes = (title: string) => [
    { params: { page: undefined }, props: { title, n: 1 } },
    { params: { page: '2' }, props: { title, n: 2 } },
  ];

  it('gives the keys it computed again for the same inputs, without computing the routes, and their props when asked', () => {
    const file = join(tempDir('route-keys-'), 'route.json');
    const computed = cachedRouteKeys(file, 'inputs-1', () => routes('Talks'));
    let calls = 0;
    const kept = cachedRouteKeys(file, 'inputs-1', () => {
      calls += 1;
      return routes('Talks');
    });
    expect(kept.map(({ params, cacheKey }) => [params, cacheKey])).toEqual(
      computed.map(({ params, cacheKey }) => [params, cacheKey]),
    );
    expect(kept[0]!.params).toHaveProperty('page', undefined);
    expect(calls).toBe(0);
    expect(kept.map(({ props }) => props)).toEqual(computed.map(({ props }) => props));
    expect(calls).toBe(1);
  });

  it('computes the routes again for other inputs', () => {
    const file = join(tempDir('route-keys-'), 'route.json');
    const first = cachedRouteKeys(file, 'inputs-1', () => routes('Talks'));
    const second = cachedRouteKeys(file, 'inputs-2', () => routes('Meetings'));
    expect(second[0]!.cacheKey).not.toBe(first[0]!.cacheKey);
    expect(second[0]!.props).toEqual({ title: 'Meetings', n: 1 });
  });

  it('refuses props of routes that are not the ones its file lists', () => {
    const file = join(tempDir('route-keys-'), 'route.json');
    cachedRouteKeys(file, 'inputs-1', () => routes('Talks'));
    const kept = cachedRouteKeys(file, 'inputs-1', () => routes('Talks').slice(1));
    expect(() => kept[0]!.props).toThrow(/other pages from the same inputs/);
  });

  it('computes the routes when its file cannot be read', () => {
    const dir = tempDir('route-keys-');
    const file = join(dir, 'route.json');
    writeFileSync(file, '{"inputs": "inputs-1", "rou');
    expect(cachedRouteKeys(file, 'inputs-1', () => routes('Talks'))[1]!.props).toEqual({ title: 'Talks', n: 2 });
  });
});
