import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';
import { absoluteLinks, newestArticles, newestPublicationFirst, rssItem } from '../../src/lib/feeds.ts';
import { absoluteUrl } from '../../src/lib/urls.ts';
import { calendarArticle, meetingEvent } from '../../src/lib/meeting-calendar.ts';

const date = (iso: string) => parsePartialDate(iso) as PartialDate;
const url = (sitePath: string) => absoluteUrl(new URL('https://archive.test'), '/sub/', sitePath);

function article(id: string, published: string, met: string, extra: { dateBasis?: 'stated' | 'publication' } = {}) {
  return {
    id,
    data: {
      headline: `Headline of ${id}`,
      headlineSupplied: id === 'supplied',
      summary: 'They met & talked.',
      meeting: { name: 'The Meeting', date: date(met), dateBasis: extra.dateBasis ?? 'stated' },
      publication: { date: date(published), dateline: 'HÀ NỘI', signature: 'VNS' },
    },
  } as const;
}

describe('absoluteUrl', () => {
  it('puts the base path between the site and the path', () => {
    expect(url('/rss.xml')).toBe('https://archive.test/sub/rss.xml');
    expect(absoluteUrl(new URL('https://archive.test'), '/', '/articles/x/')).toBe('https://archive.test/articles/x/');
  });
});

describe('newestArticles', () => {
  it('keeps the newest publications, up to the limit', () => {
    const articles = [
      article('a', '2020-01-02', '2020-01-01'),
      article('b', '2022-01-02', '2022-01-01'),
      article('c', '2021-01-02', '2021-01-01'),
    ];
    expect(newestArticles(articles, 2).map(({ id }) => id)).toEqual(['b', 'c']);
    expect(newestArticles(articles).map(({ id }) => id)).toEqual(['b', 'c', 'a']);
  });
});

describe('newestPublicationFirst', () => {
  it('orders by publication, then meeting, then id, newest first', () => {
    const sorted = [
      article('a', '2020-10-15', '2020-10-15'),
      article('c', '2021-08-03', '2021-08-01'),
      article('b', '2021-08-03', '2021-08-02'),
      article('d', '2021-08-03', '2021-08-02'),
    ].sort(newestPublicationFirst);
    expect(sorted.map(({ id }) => id)).toEqual(['d', 'b', 'c', 'a']);
  });
});

describe('rssItem', () => {
  const item = rssItem(article('supplied', '2021-08-03', '2021-08-02'), {
    bodyHtml: '<p>Body.</p>',
    topicNames: ['Myanmar'],
    url,
  });

  it('brackets a supplied headline and labels the summary as the archive’s', () => {
    expect(item.title).toBe('[Headline of supplied]');
    expect(item.description).toBe('Summary by the archive: They met &#x26; talked.');
  });

  it('links the article page, dated by its publication, with the topics as categories', () => {
    expect(item.link).toBe('https://archive.test/sub/articles/supplied/');
    expect(item.pubDate.toISOString()).toBe('2021-08-03T00:00:00.000Z');
    expect(item.categories).toEqual(['Myanmar']);
  });

  it('carries the full text between the dateline and the sign-off', () => {
    expect(item.content).toBe('<p>HÀ NỘI —</p>\n<p>Body.</p>\n<p>— VNS</p>');
  });
});

describe('meetingEvent', () => {
  const options = { host: 'archive.test', url };

  it('puts a dated meeting on its day, with the summary and the link', () => {
    const event = meetingEvent(article('x', '2021-08-03', '2021-08-02'), options);
    expect(event).toEqual({
      uid: 'x@archive.test',
      start: { year: 2021, month: 8, day: 2 },
      summary: 'The Meeting',
      description: 'Summary by the archive: They met & talked.\n\nThe report: https://archive.test/sub/articles/x/',
      url: 'https://archive.test/sub/articles/x/',
      stamp: new Date('2021-08-03T00:00:00Z'),
    });
  });

  it('says "Date approximate" for a month, a year, or a date taken from the publication', () => {
    const month = meetingEvent(article('m', '2021-08-03', '2021-08'), options);
    expect(month.start).toEqual({ year: 2021, month: 8, day: 1 });
    expect(month.description).toMatch(/^Date approximate: the report dates the meeting only to August 2021/);
    const year = meetingEvent(article('y', '2021-08-03', '2021'), options);
    expect(year.start).toEqual({ year: 2021, month: 1, day: 1 });
    expect(year.description).toMatch(/^Date approximate: .* only to 2021/);
    const undated = meetingEvent(article('u', '2020-10-15', '2020-10-15', { dateBasis: 'publication' }), options);
    expect(undated.description).toMatch(/^Date approximate: .*on or before the day the report was published/);
  });
});

describe('calendarArticle', () => {
  it('keeps all the event is made of, and drops what it does not show', () => {
    const full = article('x', '2021-08-03', '2021-08');
    expect(meetingEvent(calendarArticle(full), { host: 'archive.test', url })).toEqual(
      meetingEvent(full, { host: 'archive.test', url }),
    );
    expect(JSON.stringify(calendarArticle(full))).not.toMatch(/Headline|HÀ NỘI|VNS/);
  });
});

describe('absoluteLinks', () => {
  it('resolves site-relative links and fragments against the item’s page and leaves others alone', () => {
    const html =
      '<a href="/sub/glossary/#som">SOM</a> <img src="/x.svg"> <a href="https://other.test/">o</a> <a href="#p-1">p</a> <a href="//cdn.test/x">c</a>';
    expect(absoluteLinks(html, 'https://archive.test/sub/articles/x/')).toBe(
      '<a href="https://archive.test/sub/glossary/#som">SOM</a> <img src="https://archive.test/x.svg"> <a href="https://other.test/">o</a> <a href="https://archive.test/sub/articles/x/#p-1">p</a> <a href="//cdn.test/x">c</a>',
    );
  });
});
