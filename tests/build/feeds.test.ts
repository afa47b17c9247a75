import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { load } from 'js-yaml';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readArticles } from '../setup/content.ts';
import { builtPages, fileFor, readPage, unfoldedCalendar } from '../setup/site.ts';
import { PARAGRAPH_ANCHOR_CLASS } from '../../src/lib/paragraph-anchors.ts';
import { receivedWords, words } from '../setup/verbatim.ts';
import { schemaValidator } from '../setup/json-schema.ts';

const siteDir = inject('siteDir');
const contentDir = inject('siteContentDir');
const articles = readArticles(contentDir);
const entityName = (collection: string, id: string) =>
  (load(readFileSync(join(contentDir, collection, `${id}.yaml`), 'utf-8')) as { name: string }).name;
/** The meetings the articles report, each with its file's facts and its reports' ids. */
const meetings = [...Map.groupBy(articles, ({ data }) => data.meeting.id as string)].map(([id, reports]) => ({
  id,
  data: load(readFileSync(join(contentDir, 'meetings', `${id}.yaml`), 'utf-8')) as Record<string, any>,
  reports: reports.map((report) => report.id),
}));
const receivedWordsOf = (data: (typeof articles)[number]['data']) =>
  receivedWords(readFileSync(join(contentDir, 'sources', data.source.file), 'utf-8'), data.source.frame);

const readBuilt = (sitePath: string) => {
  const file = fileFor(siteDir, sitePath);
  if (!file) throw new Error(`The build wrote no ${sitePath}`);
  return readFileSync(file, 'utf-8');
};
const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The configured site with its base path and no trailing slash, as the built pages' canonical links give it. */
let site: string;
/** The site path of an absolute URL on the site, to look the file up in the build. */
const sitePath = (url: string) => {
  expect(url.startsWith(`${site}/`), url).toBe(true);
  return decodeURIComponent(url.slice(site.length));
};
const xml = new XMLParser({ ignoreAttributes: false });

beforeAll(() => {
  site = readPage(siteDir, '/').querySelector('link[rel="canonical"]')!.getAttribute('href')!.replace(/\/$/, '');
});

describe('the RSS feed', () => {
  let items: Record<string, string | string[]>[];
  let rss: Record<string, unknown>;
  beforeAll(() => {
    const text = readBuilt('/rss.xml');
    expect(SyntaxValidator.validate(text)).toBe(true);
    rss = xml.parse(text).rss;
    items = asArray((rss.channel as { item: Record<string, string | string[]>[] }).item);
  });

  it('gives each item the language of its report as dc:language, the channel’s being the archive’s', () => {
    expect(rss['@_xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
    expect((rss.channel as { language: string }).language).toBe('en');
    for (const { id, data } of articles) {
      const item = items.find(({ link }) => link === `${site}/articles/${id}/`)!;
      expect(item['dc:language'], id).toBe(data.lang ?? 'en');
      // The text is marked with it too, for a reader that shows the item's HTML (fonts, voice).
      const content = parseHTML(`<!doctype html><html><body>${item['content:encoded'] as string}</body></html>`).document;
      const marked = content.querySelector('body > [lang]');
      expect(marked?.getAttribute('lang') ?? 'en', id).toBe(data.lang ?? 'en');
    }
    expect(new Set(items.map((item) => item['dc:language']))).toEqual(new Set(['en', 'vi', 'ja', 'th']));
  });

  it('is linked from the head of every page', () => {
    for (const path of builtPages(siteDir)) {
      const link = readPage(siteDir, path).querySelector('head link[rel="alternate"][type="application/rss+xml"]');
      expect(link?.getAttribute('href'), path).toBe('/rss.xml');
    }
  });

  it('has one item per article, newest publication first, each linking its page', () => {
    expect(items).toHaveLength(articles.length);
    const dates = items.map((item) => new Date(item.pubDate as string).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of items) expect(fileFor(siteDir, sitePath(item.link as string)), item.link as string).toBeDefined();
  });

  it.each(articles)('carries $id with its publication date, labelled summary, topics and full text', ({ id, data }) => {
    const item = items.find(({ link }) => link === `${site}/articles/${id}/`)!;
    expect(item).toBeDefined();
    expect(item.title).toBe(data.headlineSupplied ? `[${data.headline}]` : data.headline);
    expect(new Date(item.pubDate as string).toISOString().slice(0, 10)).toBe(data.publication.date);
    // Feed readers read a description as HTML, so it is escaped once more: decoded as HTML, it is the meeting and the summary.
    const description = parseHTML(`<!doctype html><html><body>${item.description as string}</body></html>`).document.body;
    expect(description.children).toHaveLength(0);
    expect(description.textContent).toBe(`Meeting: ${data.meeting.name}. Summary by the archive: ${data.summary}`);
    expect(asArray(item.category)).toEqual(data.topics.map((topic: string) => entityName('topics', topic)));
    // Read as a browser reads it: paragraphs separate words, character references ("&lt;", "&amp;") are the characters.
    const html = (item['content:encoded'] as string).replace(/<\/?p\b[^>]*>/g, ' ');
    const body = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;
    // Each paragraph starts with its number, a link to it on the article's page; the rest is the report's words.
    const numbers = [...body.querySelectorAll(`.${PARAGRAPH_ANCHOR_CLASS}`)];
    expect(numbers.length).toBeGreaterThan(0);
    for (const [index, number] of numbers.entries()) {
      expect(number.textContent).toBe(String(index + 1));
      expect(number.getAttribute('href')).toBe(`${site}/articles/${id}/#p-${index + 1}`);
      number.remove();
    }
    expect(body.querySelector('.note-marker, mark')).toBeNull();
    const text = words(body.textContent ?? '').join(' ');
    expect(text).toContain(receivedWordsOf(data).slice(0, 20).join(' '));
    expect(text).toContain(receivedWordsOf(data).slice(-20).join(' '));
  });
});

describe('the sitemap and robots.txt', () => {
  it('lists every HTML page except the 404 page', () => {
    const index = xml.parse(readBuilt('/sitemap-index.xml'));
    const locs = asArray<{ loc: string }>(index.sitemapindex.sitemap).flatMap(({ loc }) =>
      asArray<{ loc: string }>(xml.parse(readBuilt(sitePath(loc))).urlset.url).map((url) => url.loc),
    );
    const pages = builtPages(siteDir).filter((path) => path !== '/404.html');
    expect(locs.map(sitePath).sort()).toEqual(pages);
  });

  it('robots.txt points to the sitemap on the configured site', () => {
    expect(readBuilt('/robots.txt')).toMatch(new RegExp(`^Sitemap: ${site}/sitemap-index\\.xml$`, 'm'));
  });
});

describe('the open data export', () => {
  let exported: {
    $schema: string;
    license: string;
    rights: string;
    meetings: Record<string, any>[];
    articles: Record<string, any>[];
  };
  beforeAll(() => {
    exported = JSON.parse(readBuilt('/data/articles.json'));
  });

  it('validates against its JSON Schema, served beside it', () => {
    expect(exported.$schema).toBe(`${site}/data/articles.schema.json`);
    expect(schemaValidator(JSON.parse(readBuilt(sitePath(exported.$schema))))(exported)).toEqual([]);
  });

  it('names the licence of the archive’s work and whose the words are', () => {
    expect(exported.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(exported.rights).toMatch(/^The reports' words belong to their publishers;/);
  });

  it('has every article once, linking pages and source files that exist', () => {
    expect(exported.articles.map(({ id }) => id).sort()).toEqual(articles.map(({ id }) => id).sort());
    for (const article of exported.articles) {
      const { data } = articles.find(({ id }) => id === article.id)!;
      expect([article.language, article.translationOf], article.id).toEqual([data.lang ?? 'en', data.translationOf ?? null]);
      expect(fileFor(siteDir, sitePath(article.url)), article.url).toBeDefined();
      expect(fileFor(siteDir, sitePath(article.source.url)), article.source.url).toBeDefined();
      for (const { url } of [...article.participants, ...article.mentions, ...article.topics]) {
        expect(fileFor(siteDir, sitePath(url)), url).toBeDefined();
      }
    }
  });

  it('has every meeting once, with its facts and the ids of its reports, first published first', () => {
    expect(exported.meetings.map(({ id }) => id).sort()).toEqual(meetings.map(({ id }) => id).sort());
    for (const { id, data, reports } of meetings) {
      const record = exported.meetings.find((meeting) => meeting.id === id)!;
      expect(record).toMatchObject({ name: data.name, date: data.date, dateBasis: data.dateBasis, format: data.format });
      expect(record.place).toBe(data.place ?? null);
      expect(record.url).toBe(`${site}/meetings/${id}/`);
      const publishedOrder = exported.articles
        .filter((article) => reports.includes(article.id))
        .toSorted((a, b) => (a.publication.date < b.publication.date ? -1 : a.publication.date > b.publication.date ? 1 : 0))
        .map((article) => article.id);
      expect(record.reports).toEqual(publishedOrder);
    }
    // The fixture's 2021 meeting has several reports, each once.
    const several = exported.meetings.find(({ id }) => id === 'asean-japan-foreign-ministers-meeting-2021')!;
    expect(several.reports.length).toBeGreaterThanOrEqual(3);
    expect(several.reports).toHaveLength(
      articles.filter(({ data }) => data.meeting.id === 'asean-japan-foreign-ministers-meeting-2021').length,
    );
  });

  it.each(articles)('gives $id its frontmatter with names resolved, and its words as received', ({ id, data }) => {
    const record = exported.articles.find((article) => article.id === id)!;
    expect(record.meeting.id).toBe(data.meeting.id);
    expect(exported.meetings.find(({ id: meeting }) => meeting === data.meeting.id)!.reports).toContain(id);
    // The meeting's facts, with the report's own date basis where it gives one.
    expect(record.meeting.name).toBe(data.meeting.name);
    expect(record.meeting.dateBasis).toBe(data.meeting.dateBasis);
    expect(record.meeting.date).toBe(data.meeting.date);
    expect(record.publication.date).toBe(data.publication.date);
    expect(record.publication.type).toBe(data.publication.type ?? 'newspaper');
    expect(record.participants.map(({ id, name, role }: Record<string, string>) => [id, name, role])).toEqual(
      data.participants.map(({ person, role }: Record<string, string>) => [person, entityName('people', person), role]),
    );
    expect(record.mentions.map(({ name }: Record<string, string>) => name)).toEqual(
      (data.mentions ?? []).map(({ person }: Record<string, string>) => entityName('people', person)),
    );
    expect(record.topics.map(({ name }: Record<string, string>) => name)).toEqual(
      data.topics.map((topic: string) => entityName('topics', topic)),
    );
    expect(words(record.body)).toEqual(receivedWordsOf(data));
    // No markup leaks into the plain text (a report's own "<" is text, not a tag).
    expect(record.body).not.toMatch(/<\/?[a-z][^>]*>|\n{3}/i);
  });
});

describe('the meetings calendar', () => {
  let calendar: string;
  let events: string[];
  beforeAll(() => {
    calendar = readBuilt('/data/meetings.ics');
    events = calendar.replace(/\r\n /g, '').split('BEGIN:VEVENT\r\n').slice(1);
  });

  it('uses CRLF line endings and folds every line to at most 75 octets', () => {
    expect(calendar.endsWith('\r\n')).toBe(true);
    const lines = calendar.slice(0, -2).split('\r\n');
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf-8'), line).toBeLessThanOrEqual(75);
    }
  });

  it('has one event per meeting, however many reports it has, on its date, at its place, linking its page', () => {
    expect(events).toHaveLength(meetings.length);
    expect(meetings.length).toBeLessThan(articles.length);
    for (const { id, data, reports } of meetings) {
      const event = events.find((text) => text.includes(`\r\nURL;VALUE=URI:${site}/meetings/${id}/\r\n`));
      expect(event, id).toBeDefined();
      // From the meeting's id and the archive's fixed name, not the host the site is served from.
      expect(event).toMatch(new RegExp(`^UID:meeting-${id}@asean-japan-dialogue-archive\r$`, 'm'));
      // Every archived meeting is dated to the day; a month or a year would start on its first day.
      expect(event).toContain(`\r\nDTSTART;VALUE=DATE:${data.date.replaceAll('-', '')}\r\n`);
      expect(event).toContain(`\r\nSUMMARY:${data.name.replace(/([,;])/g, '\\$1')}\r\n`);
      if (data.place) expect(event).toContain(`\r\nLOCATION:${data.place.replace(/([,;])/g, '\\$1')}\r\n`);
      else expect(event).not.toMatch(/^LOCATION/m);
      const description = /^DESCRIPTION:(.*)\r$/m.exec(event!)![1];
      for (const report of reports) expect(description, `${id} ${report}`).toContain(`${site}/articles/${report}/`);
    }
  });

  it('makes one event of the several reports of the 2021 foreign ministers’ meeting', () => {
    const meeting = 'asean-japan-foreign-ministers-meeting-2021';
    const count = articles.filter(({ data }) => data.meeting.id === meeting).length;
    expect(count).toBeGreaterThanOrEqual(3);
    expect(meetings.find(({ id }) => id === meeting)?.reports).toHaveLength(count);
    const event = events.filter((text) => text.includes(`UID:meeting-${meeting}@`));
    expect(event).toHaveLength(1);
    expect(event[0]).toContain(`The ${count} reports in the archive:`);
  });

  /** A calendar's events' text from BEGIN:VEVENT to END:VEVENT, its lines unfolded. */
  const veventsOf = (text: string) => unfoldedCalendar(text).match(/BEGIN:VEVENT\r\n[^]*?END:VEVENT\r\n/g) ?? [];

  it('gives each meeting a file of its own, linked from its page, whose event is the whole calendar’s for it', () => {
    for (const { id } of meetings) {
      const link = readPage(siteDir, `/meetings/${id}/`).querySelector(`main a[href="/meetings/${id}/meeting.ics"]`);
      expect(link?.getAttribute('type'), id).toBe('text/calendar');
      const own = readBuilt(`/meetings/${id}/meeting.ics`);
      expect(own.startsWith('BEGIN:VCALENDAR\r\n') && own.endsWith('END:VCALENDAR\r\n'), id).toBe(true);
      for (const line of own.slice(0, -2).split('\r\n')) expect(Buffer.byteLength(line, 'utf-8'), line).toBeLessThanOrEqual(75);
      const [event, ...more] = veventsOf(own);
      expect(more, id).toEqual([]);
      expect(event).toContain(`\r\nUID:meeting-${id}@asean-japan-dialogue-archive\r\n`);
      // Byte for byte: one UID, one event, wherever a calendar takes it from.
      expect(veventsOf(calendar).filter((whole) => whole.includes(`\r\nUID:meeting-${id}@`))).toEqual([event]);
    }
  });

  it('says in each calendar’s description whose the words are, under which licence, in escaped TEXT', () => {
    for (const text of [calendar, ...meetings.map(({ id }) => readBuilt(`/meetings/${id}/meeting.ics`))]) {
      const description = /^X-WR-CALDESC:(.*)\r$/m.exec(unfoldedCalendar(text))?.[1];
      expect(description).toMatch(/words belong to their publishers/);
      expect(description).toContain('https://creativecommons.org/licenses/by/4.0/');
      // RFC 5545 TEXT: every comma and semicolon escaped.
      expect(description!.replace(/\\[\\;,n]/g, '')).not.toMatch(/[;,\\]/);
    }
  });
});
