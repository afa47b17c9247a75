import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';
import { absoluteLinks, newestArticles, newestPublicationFirst, rssItem } from '../../src/lib/feeds.ts';
import { absoluteUrl } from '../../src/lib/urls.ts';
import { calendarMeeting, meetingEvent, meetingsCalendar, meetingUid } from '../../src/lib/meeting-calendar.ts';

const date = (iso: string) => parsePartialDate(iso) as PartialDate;
const url = (sitePath: string) => absoluteUrl(new URL('https://archive.test'), '/sub/', sitePath);

function article(
  id: string,
  published: string,
  met: string,
  extra: { dateBasis?: 'stated' | 'publication'; lang?: string } = {},
) {
  return {
    id,
    data: {
      lang: extra.lang,
      headline: `Headline of ${id}`,
      headlineSupplied: id === 'supplied',
      summary: 'They met & talked.',
      meeting: { name: 'The Meeting', date: date(met), dateBasis: extra.dateBasis ?? 'stated' },
      publication: { date: date(published), dateline: 'HÀ NỘI', signature: 'VNS' },
      source: { frame: ['HÀ NỘI —', '— VNS'] },
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

  it('brackets a supplied headline, names the meeting and labels the summary as the archive’s', () => {
    expect(item.title).toBe('[Headline of supplied]');
    expect(item.description).toBe('Meeting: The Meeting. Summary by the archive: They met &#x26; talked.');
  });

  it('links the article page, dated by its publication, with the topics as categories', () => {
    expect(item.link).toBe('https://archive.test/sub/articles/supplied/');
    expect(item.pubDate.toISOString()).toBe('2021-08-03T00:00:00.000Z');
    expect(item.categories).toEqual(['Myanmar']);
  });

  it('carries the full text between the dateline and the sign-off, as received', () => {
    expect(item.content).toBe('<p>HÀ NỘI —</p>\n<p>Body.</p>\n<p>— VNS</p>');
    const kyodo = article('kyodo', '2021-08-02', '2021-08-02');
    const wire = {
      ...kyodo,
      data: {
        ...kyodo.data,
        publication: { ...kyodo.data.publication, dateline: 'TOKYO', signature: 'Kyodo' },
        source: { frame: ['TOKYO (Kyodo) --', '==Kyodo'] },
      },
    };
    expect(rssItem(wire, { bodyHtml: '<p>Body.</p>', topicNames: [], url }).content).toBe(
      '<p>TOKYO (Kyodo) --</p>\n<p>Body.</p>\n<p>==Kyodo</p>',
    );
  });

  it('names the report by the archive’s fixed name and its id, not by its address', () => {
    expect(item.customData).toBe(
      '<guid isPermaLink="false">asean-japan-dialogue-archive:articles/supplied</guid><dc:language>en</dc:language>',
    );
    const elsewhere = rssItem(article('supplied', '2021-08-03', '2021-08-02'), {
      bodyHtml: '<p>Body.</p>',
      topicNames: [],
      url: (path) => `http://localhost:4321${path}`,
    });
    expect(elsewhere.customData).toBe(item.customData);
    expect(elsewhere.link).not.toBe(item.link);
  });

  it('gives a report’s language as dc:language and marks its text with it, English unmarked as the channel is', () => {
    const thai = rssItem(article('thai', '2021-08-02', '2021-08-02', { lang: 'th' }), {
      bodyHtml: '<p>ที่ประชุม</p>',
      topicNames: [],
      url,
    });
    expect(thai.customData).toContain('<dc:language>th</dc:language>');
    expect(thai.content).toBe('<div lang="th">\n<p>HÀ NỘI —</p>\n<p>ที่ประชุม</p>\n<p>— VNS</p>\n</div>');
    expect(item.content).not.toContain('lang=');
  });
});

/** A meeting with reports published on the given days, the first one's headline supplied. */
function meeting(
  id: string,
  met: string,
  published: string[],
  extra: { dateBasis?: 'stated' | 'publication'; place?: string } = {},
) {
  return {
    id,
    data: { name: 'The Meeting, 2021', date: date(met), dateBasis: extra.dateBasis ?? 'stated', place: extra.place },
    reports: published.map((day, index) => ({
      id: `${id}-report-${index + 1}`,
      data: {
        headline: `Headline ${index + 1}`,
        headlineSupplied: index === 0,
        summary: 'They met & talked.',
        publication: { publisher: `Publisher ${index + 1}`, date: date(day), dateline: 'HÀ NỘI' },
      },
    })),
  };
}

describe('meetingEvent', () => {
  it('makes one event of a meeting however many reports it has: its day, place and page, its reports listed', () => {
    const event = meetingEvent(meeting('x', '2021-08-02', ['2021-08-02', '2021-08-03', '2021-08-03']), url);
    expect(event).toEqual({
      uid: 'meeting-x@asean-japan-dialogue-archive',
      start: { year: 2021, month: 8, day: 2 },
      summary: 'The Meeting, 2021',
      description: [
        'The 3 reports in the archive:',
        '- Publisher 1, 2 August 2021: [Headline 1] https://archive.test/sub/articles/x-report-1/',
        '- Publisher 2, 3 August 2021: Headline 2 https://archive.test/sub/articles/x-report-2/',
        '- Publisher 3, 3 August 2021: Headline 3 https://archive.test/sub/articles/x-report-3/',
        '',
        'The meeting: https://archive.test/sub/meetings/x/',
      ].join('\n'),
      url: 'https://archive.test/sub/meetings/x/',
      // The newest report's day: a new report of the meeting updates the event.
      stamp: new Date('2021-08-03T00:00:00Z'),
    });
    expect(meetingEvent(meeting('y', '2021-08-02', ['2021-08-03'], { place: 'Vientiane, Laos' }), url)).toMatchObject({
      location: 'Vientiane, Laos',
      description: expect.stringMatching(/^The report in the archive:\n- Publisher 1/),
    });
  });

  it('gives a UID from the meeting’s id alone, whatever the site’s address', () => {
    const other = (sitePath: string) => absoluteUrl(new URL('http://localhost:4321'), '/', sitePath);
    const here = meetingEvent(meeting('x', '2021-08-02', ['2021-08-03']), url);
    const there = meetingEvent(meeting('x', '2021-08-02', ['2021-08-03']), other);
    expect(there.url).not.toBe(here.url);
    expect(there.uid).toBe(here.uid);
    expect(meetingUid('x')).toBe(here.uid);
  });

  it('says "Date approximate" for a month, a year, or a date taken from the publication', () => {
    const month = meetingEvent(meeting('m', '2021-08', ['2021-08-03']), url);
    expect(month.start).toEqual({ year: 2021, month: 8, day: 1 });
    expect(month.description).toMatch(/^Date approximate: the reports date the meeting only to August 2021/);
    const year = meetingEvent(meeting('y', '2021', ['2021-08-03']), url);
    expect(year.start).toEqual({ year: 2021, month: 1, day: 1 });
    expect(year.description).toMatch(/^Date approximate: .* only to 2021/);
    const undated = meetingEvent(meeting('u', '2020-10-15', ['2020-10-15'], { dateBasis: 'publication' }), url);
    expect(undated.description).toMatch(/^Date approximate: .*on or before the day the first report was published/);
    expect(meetingEvent(meeting('d', '2021-08-02', ['2021-08-03']), url).description).not.toMatch(/approximate/);
  });
});

describe('meetingsCalendar', () => {
  it('describes a calendar of one meeting as one meeting, and of several as meetings', () => {
    const description = (text: string) => /^X-WR-CALDESC:(.*)$/m.exec(text.replace(/\r\n /g, ''))![1];
    const one = meetingsCalendar([meeting('m', '2021-08-02', ['2021-08-03'])], { name: 'One', url });
    const two = meetingsCalendar([meeting('m', '2021-08-02', ['2021-08-03']), meeting('n', '2022-08-02', ['2022-08-03'])], {
      name: 'Two',
      url,
    });
    expect(description(one)).toMatch(/^An ASEAN–Japan meeting as the reports in the .* describe it\./);
    expect(description(two)).toMatch(/^ASEAN–Japan meetings as the reports in the .* describe them\./);
  });
});

describe('calendarMeeting', () => {
  it('keeps all the event is made of, and drops what it does not show', () => {
    const full = meeting('x', '2021-08', ['2021-08-03', '2021-08-04'], { place: 'Jakarta' });
    expect(meetingEvent(calendarMeeting(full), url)).toEqual(meetingEvent(full, url));
    expect(JSON.stringify(calendarMeeting(full))).not.toMatch(/talked|HÀ NỘI/);
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
