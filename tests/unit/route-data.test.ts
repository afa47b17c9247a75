import { describe, expect, it } from 'vitest';
import { styledCitations } from '../../src/build/styled-citations.ts';
import { citedItem } from '../../src/lib/citations.ts';
import { archiveOf, type Archive, type GlossaryEntry, type Person, type Topic } from '../../src/lib/archive.ts';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';
import { referenceMetaTags } from '../../src/lib/reference-metadata.ts';
import { articlePages } from '../../src/lib/routes/article-page.ts';
import {
  entityFeedRoutes,
  glossaryPage,
  glossaryTermRoutes,
  peopleIndexRoutes,
  personRoutes,
  quoteExportRoutes,
  quoteRoutes,
  topicRoutes,
  topicsIndexPage,
} from '../../src/lib/routes/entities.ts';
import { dataDownloads } from '../../src/lib/routes/data.ts';
import { quotesCsv, quotesCsvMetadata, quotesJson } from '../../src/lib/quote-exports.ts';
import { homeFeed, homePage } from '../../src/lib/routes/home.ts';
import { listingRoutes, topicsInBrief } from '../../src/lib/routes/listing.ts';
import { archiveIndexPage, articleListRoutes, monthRoutes, yearRoutes } from '../../src/lib/routes/periods.ts';
import { searchNameEntries, searchPage } from '../../src/lib/routes/search.ts';
import { facetValueLanguages } from '../../src/lib/search-filters.ts';
import { movedTimelinePages, timelineIndexPage, timelineYearRoutes } from '../../src/lib/routes/timeline.ts';
import type { SiteContext } from '../../src/lib/site.ts';
import type { PublicationType } from '../../src/lib/vocabulary.ts';

// Route data is computed from plain objects shaped like Astro's collection entries: no build, no data store.
const date = (iso: string) => parsePartialDate(iso) as PartialDate;
const site: SiteContext = { site: new URL('https://archive.test/'), base: '/sub/' };

function person(id: string, name: string, country: string, nativeName?: { text: string; lang: string }): Person {
  return { id, collection: 'people', data: { name, variants: [], nativeName, country, offices: [] } } as unknown as Person;
}

function topic(
  id: string,
  name: string,
  kind = 'subject',
  aliases: string[] = [],
  aliasLanguages: Record<string, string> = {},
): Topic {
  return { id, collection: 'topics', data: { name, kind, aliases, aliasLanguages, description: `${name}.` } } as unknown as Topic;
}

function glossaryEntry(id: string, abbreviation: string): GlossaryEntry {
  return {
    id,
    collection: 'glossary',
    data: { abbreviation, variants: [], expansion: `${abbreviation} spelt out`, note: 'A note.' },
  } as unknown as GlossaryEntry;
}

type StoredArticle = Parameters<typeof archiveOf>[0]['articles'][number];
type MeetingEntry = Parameters<typeof archiveOf>[0]['meetings'][number];

interface ArticleSpec {
  meeting: string;
  /** The meeting's id, when several articles report one meeting; by default the article's own id. */
  meetingId?: string;
  published?: string;
  dateBasis?: 'stated' | 'relative' | 'publication';
  participants?: string[];
  mentions?: string[];
  topics?: string[];
  body?: string;
  headlineSupplied?: boolean;
  /** By default `Headline of <id>`. */
  headline?: string;
  events?: { date: string; label: string; paragraph: number; quote: string; note?: string }[];
  lang?: string;
  publisher?: string;
  publisherLang?: string;
  publicationType?: PublicationType;
  section?: string;
}

function article(
  id: string,
  {
    meeting,
    meetingId = id,
    published = meeting,
    dateBasis = 'stated',
    participants = [],
    mentions = [],
    topics = [],
    body = 'Ministers met.',
    headlineSupplied = false,
    headline = `Headline of ${id}`,
    events = [],
    lang = 'en',
    publisher = 'Viet Nam News',
    publisherLang,
    publicationType = 'newspaper',
    section,
  }: ArticleSpec,
): StoredArticle {
  meetingEntries.set(meetingId, {
    id: meetingId,
    collection: 'meetings',
    data: { name: `Meeting ${meetingId}`, date: date(meeting), dateBasis, format: 'online', links: [] },
  } as unknown as MeetingEntry);
  const paragraphs = body.split('\n\n');
  return {
    id,
    collection: 'articles',
    filePath: `content/articles/${id}.mdx`,
    body,
    citations: styledCitations(
      citedItem({
        id,
        headline,
        headlineSupplied,
        publisher,
        publicationType,
        date: date(published),
        url: `https://archive.test/articles/${id}/`,
        archiveName: 'ASEAN–Japan Dialogue Archive',
        language: lang,
      }),
    ),
    rendered: { html: paragraphs.map((text, index) => `<p id="p-${index + 1}">${text}</p>`).join('\n') },
    data: {
      headline,
      headlineSupplied,
      lang,
      summary: 'A summary.',
      meeting: { id: { id: meetingId, collection: 'meetings' } },
      publication: {
        publisher,
        ...(publisherLang && { publisherLang }),
        publisherShort: 'VNS',
        type: publicationType,
        date: date(published),
        ...(section && { section }),
      },
      participants: participants.map((personId, index) => ({
        person: { id: personId, collection: 'people' },
        role: 'Minister',
        coChair: index === 0,
      })),
      mentions: mentions.map((personId) => ({ person: { id: personId, collection: 'people' }, role: 'Prime Minister' })),
      topics: topics.map((topicId) => ({ id: topicId, collection: 'topics' })),
      notes: [],
      events: events.map((event) => ({ ...event, date: date(event.date) })),
      source: { file: `${id}.txt`, frame: [] },
    },
  } as unknown as StoredArticle;
}

/** The meetings the articles made so far report, by id: each test's archive takes those of its own articles. */
const meetingEntries = new Map<string, MeetingEntry>();

function testArchive(articles: StoredArticle[], topics = [topic('sea', 'South China Sea'), topic('trade', 'Trade')]): Archive {
  return archiveOf({
    articles,
    meetings: [...new Set(articles.map(({ data }) => data.meeting.id.id))].map((id) => meetingEntries.get(id)!),
    people: [
      person('son', 'Bùi Thanh Sơn', 'Viet Nam'),
      person('motegi', 'Motegi Toshimitsu', 'Japan', { text: '茂木敏充', lang: 'ja' }),
      person('aso', 'Aso Taro', 'Japan'),
    ],
    topics,
    glossary: [glossaryEntry('vns', 'VNS')],
  });
}

describe('archiveOf', () => {
  it('sorts articles by meeting date whatever order they are given in', () => {
    const archive = testArchive([
      article('c', { meeting: '2022-01-05' }),
      article('a', { meeting: '2020' }),
      article('b', { meeting: '2021-08-02' }),
    ]);
    expect(archive.articles.map(({ id }) => id)).toEqual(['a', 'b', 'c']);
  });
});

describe('articlePages', () => {
  const archive = testArchive([
    article('later', { meeting: '2021-08-02', participants: ['son', 'motegi'], mentions: ['aso'], topics: ['sea'] }),
    article('first', { meeting: '2020-10-15', dateBasis: 'publication', participants: ['son'], topics: ['trade'] }),
    article('last', { meeting: '2023-12', participants: ['motegi'] }),
  ]);
  const pages = articlePages(archive, site);
  const byId = Object.fromEntries(pages.map(({ params, props }) => [params.slug, props.page]));

  it('gives each article its meeting’s neighbours in meeting order, their pages linked under the base path', () => {
    expect(pages.map(({ params }) => params.slug)).toEqual(['first', 'later', 'last']);
    expect(byId.first.previous).toBeUndefined();
    expect(byId.later.previous).toMatchObject({
      href: '/sub/meetings/first/',
      text: 'Meeting first',
      date: { iso: '2020-10-15', text: 'on or before 15 October 2020' },
    });
    expect(byId.later.next).toMatchObject({ href: '/sub/meetings/last/', text: 'Meeting last', date: { text: 'December 2023' } });
    expect(byId.last.next).toBeUndefined();
  });

  it('gives the reports of one meeting the same neighbours: the meetings before and after, not each other', () => {
    const reports = articlePages(
      testArchive([
        article('before', { meeting: '2021-01-05' }),
        article('one', { meeting: '2021-08-02', meetingId: 'fmm' }),
        article('two', { meeting: '2021-08-02', meetingId: 'fmm', published: '2021-08-03' }),
        article('after', { meeting: '2022-03-01' }),
      ]),
      site,
    ).filter(({ params }) => params.slug === 'one' || params.slug === 'two');
    for (const { props } of reports) {
      expect(props.page.previous?.href).toBe('/sub/meetings/before/');
      expect(props.page.next?.href).toBe('/sub/meetings/after/');
    }
  });

  it('resolves people and topics to their entries and addresses', () => {
    const page = byId.later;
    expect(page.participants.map(({ person, href, coChair }) => [person.data.name, href, coChair])).toEqual([
      ['Bùi Thanh Sơn', '/sub/people/son/', true],
      ['Motegi Toshimitsu', '/sub/people/motegi/', false],
    ]);
    expect(page.meeting.coChairs.map(({ person }) => person.id)).toEqual(['son']);
    expect(page.mentions.map(({ person }) => person.id)).toEqual(['aso']);
    expect(page.topicGroups).toEqual([{ label: 'Subjects', topics: [{ href: '/sub/topics/sea/', text: 'South China Sea' }] }]);
    expect(page.url).toBe('https://archive.test/sub/articles/later/');
    expect(page.sourceFileHref).toBe('/sub/sources/later.txt');
    expect(page.search.filters).toEqual({ year: ['2021'], publisher: ['Viet Nam News'], language: ['English'] });
    // Every person the report names and every topic, by address: the search index finds the report by their names,
    // and its participants and topics are filter values by their names, which the index writes in.
    expect(page.search.entities).toEqual([
      { address: '/sub/people/son/', facet: 'participant' },
      { address: '/sub/people/motegi/', facet: 'participant' },
      { address: '/sub/people/aso/' },
      { address: '/sub/topics/sea/', facet: 'topic' },
    ]);
  });

  it('prepares the citations in each style, the citation files and the page’s links', () => {
    const { cite, articlesHref } = byId.first;
    expect(cite.styles.map(({ id, entry }) => [id, /Headline of First/i.test(entry)])).toEqual([
      ['chicago', true],
      ['apa', true],
      ['mla', true],
    ]);
    expect(cite.downloads.map(({ name, href, download }) => [name, href, download])).toEqual([
      ['BibTeX (biblatex)', '/sub/articles/first/citation.bib', 'first.bib'],
      ['RIS', '/sub/articles/first/citation.ris', 'first.ris'],
      ['CSL-JSON', '/sub/articles/first/citation.json', 'first.json'],
    ]);
    expect(cite.dataHref).toBe('/sub/data/');
    expect(articlesHref).toBe('/sub/articles/');
  });

  it('gives the facts card the meeting’s date with its basis, its format, its co-chairs and its timeline entry', () => {
    expect(byId.first.meeting).toEqual({
      name: 'Meeting first',
      href: '/sub/meetings/first/',
      partOf: undefined,
      date: {
        iso: '2020-10-15',
        text: 'on or before 15 October 2020',
        gloss: 'the report’s own date: it does not date the meeting',
        explanation: 'The report does not date the meeting; it took place on or before the day the report was published.',
      },
      format: 'Online',
      coChairs: [byId.first.participants[0]],
      timelineHref: '/sub/timeline/2020/#meeting-first',
    });
    expect(byId.later.meeting.date).toMatchObject({ text: '2 August 2021', gloss: 'as the report states' });
    expect(byId.last.meeting.date.gloss).toBe('as the report states; the report gives the month');
  });

  it('links a meeting to its entry on the timeline page that shows it', () => {
    // Two entries a report (its meeting and one event), so the timeline's second page begins part-way.
    const many = testArchive(
      Array.from({ length: 20 }, (_, index) =>
        article(`m-${String(index).padStart(2, '0')}`, {
          meeting: `2021-01-${String(index + 1).padStart(2, '0')}`,
          events: [
            { date: `2021-01-${String(index + 1).padStart(2, '0')}`, label: 'An event', paragraph: 1, quote: 'Ministers' },
          ],
        }),
      ),
    );
    const hrefs = articlePages(many, site).map(({ props }) => props.page.meeting.timelineHref);
    expect(hrefs[12]).toBe('/sub/timeline/2021/#meeting-m-12');
    expect(hrefs[13]).toBe('/sub/timeline/2021/page/2/#meeting-m-13');
    const secondPage = timelineYearRoutes(many, site)[1].props.page.data;
    expect(secondPage.some((item) => item.kind === 'meeting' && item.meeting.id === 'meeting-m-13')).toBe(true);
  });

  it('lists every meeting of a year that runs over several pages on its first page, by month, linked to its page', () => {
    const days = [
      '2021-01-05',
      '2021-01-20',
      '2021-03',
      '2021',
      ...Array.from({ length: 30 }, (_, index) => `2021-06-${String(index + 1).padStart(2, '0')}`),
    ];
    const long = testArchive(days.map((day, index) => article(`y-${String(index).padStart(2, '0')}`, { meeting: day })));
    const [first, second] = timelineYearRoutes(long, site).map(({ props }) => props);
    expect(first.page.lastPage).toBeGreaterThan(1);
    expect(first.data.meetingCount).toBe('34 meetings');
    expect(second.contents).toBeUndefined();
    const contents = first.contents ?? [];
    expect(contents.map(({ name, meetings }) => [name, meetings.length])).toEqual([
      ['Month not known', 1],
      ['January', 2],
      ['March', 1],
      ['June', 30],
    ]);
    expect(contents[1].meetings[1]).toEqual({ href: '/sub/meetings/y-01/', name: 'Meeting y-01', day: 20 });
    expect(contents[2].meetings[0].day).toBeUndefined();
    // Every meeting of the year, the ones whose entries are on later pages included, once.
    const listed = contents.flatMap(({ meetings }) => meetings.map(({ href }) => href));
    expect(new Set(listed).size).toBe(days.length);
  });

  it('lists no contents on a year that fits one page', () => {
    const [only] = timelineYearRoutes(testArchive([article('one', { meeting: '2021-02-02' })]), site);
    expect(only.props.contents).toBeUndefined();
  });

  it('groups a report’s topics by kind, in the vocabulary’s order', () => {
    const [page] = articlePages(
      testArchive(
        [article('t', { meeting: '2021', topics: ['sea', 'asean', 'trade', 'mekong'] })],
        [
          topic('sea', 'South China Sea', 'place'),
          topic('asean', 'ASEAN', 'body'),
          topic('trade', 'Trade'),
          topic('mekong', 'Mekong', 'place'),
        ],
      ),
      site,
    );
    expect(page.props.page.topicGroups.map(({ label, topics }) => [label, topics.map(({ text }) => text)])).toEqual([
      ['Subjects', ['Trade']],
      ['Places', ['South China Sea', 'Mekong']],
      ['Bodies', ['ASEAN']],
    ]);
  });

  it('names the section in the source note in the report’s language, the archive’s supplied headline or not', () => {
    const [vi, en] = articlePages(
      testArchive([
        article('vi', { meeting: '2021-08-02', lang: 'vi', headlineSupplied: true, section: 'Thời sự' }),
        article('en', { meeting: '2021-08-03', section: 'Politics' }),
      ]),
      site,
    ).map(({ props }) => props.page);
    expect(vi.sourceSection).toEqual({ text: 'Thời sự', lang: 'vi' });
    expect(vi.sourceTitle.lang).toBeUndefined();
    expect(en.sourceSection).toEqual({ text: 'Politics', lang: undefined });
    expect(byId.first.sourceSection).toBeUndefined();
  });

  it('cites a supplied headline in the source note as the citations do, in brackets', () => {
    const [supplied] = articlePages(testArchive([article('s', { meeting: '2021', headlineSupplied: true })]), site);
    expect(supplied.props.page.sourceTitle).toEqual({ text: '[Headline of s]', supplied: true });
    expect(byId.first.sourceTitle).toEqual({ text: '“Headline of first”', supplied: false });
  });

  it('marks a headline with quotation marks in its citations, though the styles write its quotes otherwise', () => {
    const [ending] = articlePages(
      testArchive([article('th', { meeting: '2024-07-26', lang: 'th', headline: 'ญี่ปุ่น ร่วมประชุม "อาเซียน"' })]),
      site,
    ).map(({ props }) => props.page);
    for (const { id, entry } of ending.cite.styles) {
      // A headline ending in a quotation: the styles move their full stop in before its closing mark.
      expect(entry, id).toMatch(/<span lang="th">ญี่ปุ่น ร่วมประชุม .อาเซียน\.?.<\/span>/);
    }
    const [page] = articlePages(
      testArchive([article('th', { meeting: '2024-07-26', lang: 'th', headline: '\'มาริษ\' ร่วมประชุม "อาเซียน" ที่ลาว' })]),
      site,
    ).map(({ props }) => props.page);
    for (const { id, entry } of page.cite.styles) {
      // Each style sets the quotes inside its own quotation marks otherwise (‘มาริษ’); the words are marked all the same.
      expect(entry, id).toMatch(/<span lang="th">.มาริษ. ร่วมประชุม .อาเซียน. ที่ลาว<\/span>/);
    }
  });

  it('marks a publisher’s name in another language than English with it: facts, source, citations, search and JSON-LD', () => {
    const [page] = articlePages(
      testArchive([
        article('vi', { meeting: '2021-08-02', lang: 'vi', publisher: 'Báo Thế giới & Việt Nam', publisherLang: 'vi' }),
      ]),
      site,
    ).map(({ props }) => props.page);
    expect(page.publisher).toEqual({ text: 'Báo Thế giới & Việt Nam', lang: 'vi' });
    expect(page.sourceTitle.lang).toBe('vi');
    for (const { id, entry, pinpoint } of page.cite.styles) {
      // citeproc writes & as &#38;; the mark goes around the name as it wrote it, and the headline gets its own.
      expect(entry, id).toContain('<span lang="vi">Báo Thế giới &#38; Việt Nam</span>');
      expect(entry, id).toContain('<span lang="vi">Headline of vi</span>');
      // A paragraph's citation names the report by its publisher or (APA's) by its headline: marked either way.
      expect(pinpoint.join(''), id).toMatch(/<span lang="vi">(?:Báo Thế giới &#38; Việt Nam|Headline of vi)<\/span>/);
    }
    expect(page.search.meta.publisherLang).toBe('vi');
    expect((page.structuredData as { publisher: unknown }).publisher).toEqual({
      '@type': 'Organization',
      name: { '@value': 'Báo Thế giới & Việt Nam', '@language': 'vi' },
    });
    // An English name, as by default, is the interface's: no mark.
    expect(byId.first.publisher).toEqual({ text: 'Viet Nam News' });
    expect(byId.first.cite.styles.every(({ entry }) => !entry.includes('lang='))).toBe(true);
    expect(byId.first.search.meta.publisherLang).toBeUndefined();
  });

  it('describes a page of an official body’s site as a web page, and a news outlet’s report as a newspaper article', () => {
    const [ministryPage, newsReport] = articlePages(
      testArchive([
        article('ministry', {
          meeting: '2021-08-02',
          publisher: 'Ministry of Foreign Affairs of Japan',
          publicationType: 'website',
        }),
        article('news', { meeting: '2021-08-03' }),
      ]),
      site,
    ).map(({ props }) => props.page);
    const dcType = (page: typeof ministryPage) => referenceMetaTags(page.reference).find(([name]) => name === 'DC.type')?.[1];
    expect(dcType(ministryPage)).toBe('webpage');
    expect(dcType(newsReport)).toBe('newspaperArticle');
    expect((ministryPage.structuredData as Record<string, unknown>)['@type']).toBe('Article');
    expect((newsReport.structuredData as Record<string, unknown>)['@type']).toBe('NewsArticle');
  });

  it('links the dates a report mentions to their paragraphs', () => {
    const [withEvent] = articlePages(
      testArchive([
        article('e', {
          meeting: '2021',
          events: [
            { date: '2020-11-02', label: 'A summit', paragraph: 1, quote: 'Ministers' },
            { date: '2020-04-19', label: 'A doubted summit', paragraph: 1, quote: 'Ministers', note: 'It was on the 14th.' },
          ],
        }),
      ]),
      site,
    );
    expect(withEvent.props.page.events).toEqual([
      { date: { iso: '2020-11-02', text: '2 November 2020' }, href: '#p-1', label: 'A summit', paragraph: 1, note: undefined },
      {
        date: {
          iso: '2020-04-19',
          text: '19 April 2020',
          doubt: { href: '#event-note-2', text: 'see the archive’s note on this date' },
        },
        href: '#p-1',
        label: 'A doubted summit',
        paragraph: 1,
        note: { id: 'event-note-2', text: 'It was on the 14th.' },
      },
    ]);
  });

  it('marks the publisher’s abbreviation from the glossary, linked to its entry', () => {
    expect(byId.first.publisherShortHtml).toBe(
      '<abbr title="VNS spelt out"><a class="glossary-link" href="/sub/glossary/#vns">VNS</a></abbr>',
    );
  });

  it('names the publisher once where its short name is its name ("Reuters", not "Reuters (Reuters)")', () => {
    const [wire] = articlePages(testArchive([article('wire', { meeting: '2021-08-02', publisher: 'VNS' })]), site);
    expect(wire.props.page.publisherShortHtml).toBeUndefined();
  });
});

describe('listingRoutes', () => {
  const items = Array.from({ length: 120 }, (_, index) => index);
  const routes = listingRoutes({
    items,
    pathFor: (page) => `/things/${page ? `${page}/` : ''}`,
    site,
    params: { kind: 'x' },
    props: { label: 'Things' },
    pageSize: 50,
  });

  it('splits a listing into pages addressed …/ , …/page/2/, …/page/3/', () => {
    expect(routes.map(({ params }) => params)).toEqual([
      { kind: 'x', page: undefined },
      { kind: 'x', page: 'page/2' },
      { kind: 'x', page: 'page/3' },
    ]);
    expect(routes.map(({ props }) => props.page.data.length)).toEqual([50, 50, 20]);
    expect(routes[0].props.page.url.next).toBe('/sub/things/page/2/');
    expect(routes[2].props.page.url.prev).toBe('/sub/things/page/2/');
    expect(routes[1].props.label).toBe('Things');
  });

  it('gives an empty listing one page, so its address exists and can say it is empty', () => {
    const [only, ...rest] = listingRoutes({ items: [], pathFor: () => '/none/', site, params: {}, props: {} });
    expect(rest).toEqual([]);
    expect(only.props.page.total).toBe(0);
  });
});

describe('listings of the archive', () => {
  const archive = testArchive([
    article('oct-2020', { meeting: '2020-10-15', participants: ['son'], topics: ['trade'] }),
    article('aug-2021', {
      meeting: '2021-08-02',
      participants: ['son', 'motegi'],
      topics: ['sea', 'trade'],
      body: 'Sơn spoke.\n\nMotegi spoke.\n\nBùi Thanh Sơn closed.',
      lang: 'vi',
    }),
    article('in-2021', { meeting: '2021', participants: ['motegi'], mentions: ['son'] }),
    article('dec-2023', { meeting: '2023-12-01', participants: ['motegi'] }),
  ]);

  it('lists every report newest first', () => {
    const [page] = articleListRoutes(archive, site);
    expect(page.props.page.data.map(({ href }) => href)).toEqual([
      '/sub/articles/dec-2023/',
      '/sub/articles/aug-2021/',
      '/sub/articles/in-2021/',
      '/sub/articles/oct-2020/',
    ]);
  });

  it('links years and months with meetings to their neighbours, skipping the empty ones', () => {
    const years = yearRoutes(archive, site);
    expect(years.map(({ params }) => params.year)).toEqual(['2020', '2021', '2023']);
    const year2021 = years[1].props.data;
    expect([year2021.previous?.text, year2021.next?.text]).toEqual(['2020', '2023']);
    // A meeting known only to the year counts for the year, not for a month.
    expect(year2021.months).toEqual([{ href: '/sub/archive/2021/08/', text: 'August (1)' }]);
    expect(years[1].props.page.total).toBe(2);
    const months = monthRoutes(archive, site);
    expect(months.map(({ params }) => `${params.year}-${params.month}`)).toEqual(['2020-10', '2021-08', '2023-12']);
    expect(months[1].props.data.previous?.text).toBe('October 2020');
  });

  it('gives each topic its meetings, oldest first, with their reports', () => {
    const trade = topicRoutes(archive, site).find(({ params }) => params.slug === 'trade')!;
    expect(trade.props.page.data.map(({ href }) => href)).toEqual(['/sub/meetings/oct-2020/', '/sub/meetings/aug-2021/']);
    expect(trade.props.page.data[1].reports.map(({ href }) => href)).toEqual(['/sub/articles/aug-2021/']);
    expect(trade.props.counts).toBe('2 meetings, 2 reports');
    expect(trade.props.links.feed).toBe('/sub/topics/trade/rss.xml');
    expect(trade.props.years.map(({ year, items }) => [year, items.length])).toEqual([
      [2020, 1],
      [2021, 1],
    ]);
  });

  it('gives each person the meetings they attended and those they are mentioned in, with the paragraphs naming them', () => {
    const son = personRoutes(archive, site).find(({ params }) => params.slug === 'son')!;
    const rows = son.props.page.data.map(({ href, participant, reports }) => [
      href,
      participant,
      reports.map(({ href: reportHref, paragraphs }) => [reportHref, paragraphs.map(({ text }) => text)]),
    ]);
    expect(rows).toEqual([
      ['/sub/meetings/oct-2020/', true, [['/sub/articles/oct-2020/', []]]],
      ['/sub/meetings/in-2021/', false, [['/sub/articles/in-2021/', []]]],
      ['/sub/meetings/aug-2021/', true, [['/sub/articles/aug-2021/', ['3']]]],
    ]);
    expect(son.props.page.data[2].reports[0].paragraphs[0].href).toBe('/sub/articles/aug-2021/#p-3');
    expect(son.props.attended.map(({ href }) => href)).toEqual(['/sub/meetings/oct-2020/', '/sub/meetings/aug-2021/']);
    expect(son.props.mentionedIn.map(({ href }) => href)).toEqual(['/sub/meetings/in-2021/']);
    expect(son.props.counts).toBe('3 meetings, 3 reports');
  });

  it('links each paragraph naming a person once, when a report both has them take part and mentions them', () => {
    const twice = testArchive([
      article('both', {
        meeting: '2021-08-02',
        participants: ['son'],
        mentions: ['son'],
        body: 'Bùi Thanh Sơn spoke.\n\nHer son listened.',
      }),
    ]);
    const son = personRoutes(twice, site).find(({ params }) => params.slug === 'son')!;
    const paragraphs = son.props.page.data.flatMap(({ reports }) =>
      reports.flatMap(({ paragraphs }) => paragraphs.map(({ text }) => text)),
    );
    // One row for the meeting, one report under it, as taking part.
    expect(son.props.page.data.map(({ reports }) => reports.map(({ participant }) => participant))).toEqual([[true]]);
    expect(paragraphs).toEqual(['1']);
    // The report once in their quotes and in their feed too.
    const quotes = quoteExportRoutes(twice, site).find(({ params }) => params.slug === 'son')!.props.quotes;
    expect(quotes.map(({ reportId, paragraph }) => `${reportId}#${paragraph}`)).toEqual(['both#1']);
    const feed = entityFeedRoutes(twice).find(({ params }) => params.slug === 'son')!.props.articles;
    expect(feed.map(({ id }) => id)).toEqual(['both']);
  });

  it('finds the paragraphs naming a person in any script, as the quote pages do: in kanji, with no spaces around it', () => {
    const inTwoLanguages = testArchive([
      article('dec-2023', { meeting: '2023-12-01', participants: ['motegi'], body: 'Motegi Toshimitsu attended.' }),
      article('dec-2023-ja', {
        meeting: '2023-12-01',
        meetingId: 'dec-2023',
        participants: ['motegi'],
        lang: 'ja',
        body: '会議が開かれた。\n\n茂木敏充外務大臣が出席した。\n\nブイ・タイン・ソン外相も出席。',
      }),
    ]);
    const motegi = personRoutes(inTwoLanguages, site).find(({ params }) => params.slug === 'motegi')!;
    const [dec2023] = motegi.props.page.data;
    expect(dec2023.reports.map(({ href, paragraphs }) => [href, paragraphs.map(({ text }) => text)])).toEqual([
      ['/sub/articles/dec-2023/', ['1']],
      ['/sub/articles/dec-2023-ja/', ['2']],
    ]);
  });

  it('files the People index by country, then name, with each person’s count of reports', () => {
    const [page] = peopleIndexRoutes(archive, site);
    expect(page.props.page.data.map(({ person, detail }) => [person.data.country, person.data.name, detail])).toEqual([
      ['Japan', 'Aso Taro', 'Japan · 0 meetings, 0 reports'],
      ['Japan', 'Motegi Toshimitsu', 'Japan · 3 meetings, 3 reports'],
      ['Viet Nam', 'Bùi Thanh Sơn', 'Viet Nam · 3 meetings, 3 reports'],
    ]);
    expect(page.props.countries.map(({ country, headingId, people }) => [country, headingId, people.length])).toEqual([
      ['Japan', 'country-japan', 2],
      ['Viet Nam', 'country-viet-nam', 1],
    ]);
  });

  it('gives people and topics quote pages in their own folders', () => {
    const folders = new Set(quoteRoutes(archive, site).map(({ params }) => `${params.section}/${params.slug}`));
    expect(folders).toEqual(new Set(['people/son', 'people/motegi', 'people/aso', 'topics/sea', 'topics/trade']));
  });

  it('offers each person’s and topic’s quotes as CSV and JSON, every quote of the pages in one file, as plain text', () => {
    const exports = quoteExportRoutes(archive, site);
    const pages = quoteRoutes(archive, site);
    // A file for each entity some paragraph names, and none for the others, whose pages link none.
    const quotedFolders = pages
      .filter(({ props }) => props.page.total > 0)
      .map(({ params }) => `${params.section}/${params.slug}`);
    expect(quotedFolders.length).toBeGreaterThan(0);
    expect(quotedFolders.length).toBeLessThan(new Set(pages.map(({ params }) => params.slug)).size);
    expect(exports.map(({ params }) => `${params.section}/${params.slug}/quotes.${params.format}`).sort()).toEqual(
      [...new Set(quotedFolders)]
        .flatMap((folder) => [`${folder}/quotes.csv`, `${folder}/quotes.json`, `${folder}/quotes.csv-metadata.json`])
        .sort(),
    );
    for (const { props } of pages.filter(({ props: pageProps }) => pageProps.page.total === 0))
      expect(props.downloads).toEqual([]);
    for (const { params, props } of exports) {
      // The same paragraphs as the entity's quote pages, in their order, wherever the pages break.
      const quoted = pages
        .filter((page) => page.params.section === params.section && page.params.slug === params.slug)
        .flatMap(({ props: pageProps }) => pageProps.page.data.map(({ paragraph }) => paragraph.href));
      expect(props.quotes.map(({ url }) => url.replace('https://archive.test', ''))).toEqual(quoted);
      const page = pages.find((route) => route.params.section === params.section && route.params.slug === params.slug)!;
      expect(page.props.downloads.map(({ href }) => href)).toEqual([
        `/sub/${params.section}/${params.slug}/quotes/quotes.csv`,
        `/sub/${params.section}/${params.slug}/quotes/quotes.json`,
      ]);
    }
    const son = exports.find(({ params }) => params.slug === 'son' && params.format === 'json')!.props;
    expect(son.quotes).toEqual([
      {
        reportId: 'aug-2021',
        meetingId: 'aug-2021',
        publicationDate: '2021-08-02',
        paragraph: 3,
        // The words' language, which their letters alone do not always tell.
        language: 'vi',
        text: 'Bùi Thanh Sơn closed.',
        url: 'https://archive.test/sub/articles/aug-2021/#p-3',
      },
    ]);
    expect(JSON.parse(quotesJson(son.head, son.quotes))).toEqual({
      about: { kind: 'person', id: 'son', name: 'Bùi Thanh Sơn', url: 'https://archive.test/sub/people/son/' },
      license: 'https://creativecommons.org/licenses/by/4.0/',
      rights: expect.stringMatching(/words belong to their publishers/),
      quotes: son.quotes,
    });
    // The CSV's data dictionary beside it: its file by a relative name, its licence and rights, every column.
    const metadata = JSON.parse(quotesCsvMetadata(son.head, son.files));
    expect(son.files).toEqual({ csv: '/people/son/quotes/quotes.csv', metadata: '/people/son/quotes/quotes.csv-metadata.json' });
    expect(metadata.tables.map(({ url }: { url: string }) => url)).toEqual(['quotes.csv']);
    expect(metadata['dc:license']).toEqual({ '@id': 'https://creativecommons.org/licenses/by/4.0/' });
    expect(metadata['dc:rights']).toMatch(/words belong to their publishers/);
    expect(metadata.tables[0].tableSchema.columns.map(({ name }: { name: string }) => name).join(',')).toBe(
      quotesCsv(son.quotes).slice(1).split('\r\n')[0],
    );
    expect(quotesCsv(son.quotes).slice(1).split('\r\n')).toEqual([
      'report_id,meeting_id,publication_date,paragraph,language,text,paragraph_url',
      'aug-2021,aug-2021,2021-08-02,3,vi,Bùi Thanh Sơn closed.,https://archive.test/sub/articles/aug-2021/#p-3',
      '',
    ]);
  });

  it('lists the reports using an abbreviation newest first', () => {
    const [vns] = glossaryTermRoutes(archive, site);
    expect(vns.props.glossaryHref).toBe('/sub/glossary/#vns');
    expect(vns.props.page.total).toBe(0);
  });

  it('puts each meeting on the timeline with its people and topics resolved', () => {
    const items = timelineYearRoutes(archive, site).flatMap(({ props }) => props.page.data);
    const meetings = items.flatMap((item) => (item.kind === 'meeting' ? [item.meeting] : []));
    expect(meetings.map(({ id }) => id)).toEqual(['meeting-oct-2020', 'meeting-in-2021', 'meeting-aug-2021', 'meeting-dec-2023']);
    expect(meetings[2].href).toBe('/sub/meetings/aug-2021/');
    expect(meetings[2].reports).toEqual([
      {
        href: '/sub/articles/aug-2021/',
        headline: 'Headline of aug-2021',
        headlineLang: 'vi',
        publisher: { text: 'Viet Nam News' },
        publicationDate: expect.objectContaining({ iso: '2021-08-02' }),
      },
    ]);
    expect(meetings[2].participants.map(({ href }) => href)).toEqual(['/sub/people/son/', '/sub/people/motegi/']);
    expect(meetings[2].topics).toEqual({
      shown: [
        { href: '/sub/topics/sea/', text: 'South China Sea' },
        { href: '/sub/topics/trade/', text: 'Trade' },
      ],
      more: undefined,
    });
    expect(meetings[0].date).toMatchObject({ iso: '2020-10-15', text: '15 October 2020' });
  });

  it('names a few topics on a card and counts the rest, linked to them all on the report’s page', () => {
    const links = ['A', 'B', 'C', 'D', 'E', 'F'].map((text) => ({ href: `/sub/topics/${text}/`, text }));
    expect(topicsInBrief(links, '/sub/articles/x/')).toEqual({
      shown: links.slice(0, 3),
      more: { href: '/sub/articles/x/#topics-heading', text: 'and 3 more' },
    });
    // "and 1 more" would hide no more than it takes.
    expect(topicsInBrief(links.slice(0, 4), '/sub/articles/x/')).toEqual({ shown: links.slice(0, 4), more: undefined });
    const [page] = articleListRoutes(archive, site);
    expect(page.props.page.data.find(({ href }) => href === '/sub/articles/aug-2021/')?.topics.shown).toHaveLength(2);
  });
});

describe('a meeting with three reports', () => {
  const fmm = { meeting: '2021-08-02', meetingId: 'fmm-2021' } as const;
  const archive = testArchive([
    article('forum', { meeting: '2020-10-15', participants: ['son'], topics: ['trade'] }),
    article('vns', {
      ...fmm,
      published: '2021-08-03',
      participants: ['son', 'motegi'],
      topics: ['sea', 'trade'],
      body: 'Bùi Thanh Sơn and Motegi met.\n\nThe summit was recalled.',
      events: [{ date: '2021-04-24', label: 'ASEAN Leaders’ Meeting', paragraph: 2, quote: 'summit' }],
    }),
    article('mofa', {
      ...fmm,
      participants: ['motegi', 'son'],
      topics: ['sea'],
      body: 'Motegi spoke.\n\nThe summit.',
      events: [{ date: '2021-04-24', label: 'ASEAN Leaders’ Meeting', paragraph: 2, quote: 'summit' }],
    }),
    article('kyodo', { ...fmm, participants: ['motegi'], mentions: ['son'], topics: ['sea'], body: 'Motegi said.' }),
  ]);

  it('puts the meeting on the timeline once, its reports under it first published first, and their shared event once', () => {
    const items = timelineYearRoutes(archive, site).flatMap(({ props }) => props.page.data);
    const meetings = items.flatMap((item) => (item.kind === 'meeting' ? [item.meeting] : []));
    expect(meetings.map(({ id, href }) => [id, href])).toEqual([
      ['meeting-forum', '/sub/meetings/forum/'],
      ['meeting-fmm-2021', '/sub/meetings/fmm-2021/'],
    ]);
    expect(meetings[1].reports.map(({ href }) => href)).toEqual([
      '/sub/articles/kyodo/',
      '/sub/articles/mofa/',
      '/sub/articles/vns/',
    ]);
    expect(meetings[1].participants.map(({ person }) => person.id)).toEqual(['motegi', 'son']);
    expect(meetings[1].topics.shown.map(({ text }) => text)).toEqual(['South China Sea', 'Trade']);
    expect(items.filter((item) => item.kind === 'event')).toHaveLength(1);
  });

  it('links every report’s page to the meeting’s one entry on the timeline', () => {
    const hrefs = articlePages(archive, site).map(({ params, props }) => [params.slug, props.page.meeting.timelineHref]);
    expect(hrefs).toEqual([
      ['forum', '/sub/timeline/2020/#meeting-forum'],
      ['kyodo', '/sub/timeline/2021/#meeting-fmm-2021'],
      ['mofa', '/sub/timeline/2021/#meeting-fmm-2021'],
      ['vns', '/sub/timeline/2021/#meeting-fmm-2021'],
    ]);
  });

  it('counts it once by year and month, and lists it once with its reports', () => {
    const index = archiveIndexPage(archive, site);
    expect([index.total, index.reports]).toEqual(['2 meetings', '4 reports']);
    expect(index.years.map(({ meetings, months }) => [meetings, months.flatMap(({ count }) => count ?? [])])).toEqual([
      ['1 meeting', ['1']],
      ['1 meeting', ['1']],
    ]);
    for (const routes of [yearRoutes(archive, site), monthRoutes(archive, site)]) {
      const { page, data } = routes[1].props;
      expect(page.total).toBe(1);
      expect(data.counts).toBe('1 meeting, 3 reports');
      expect(page.data[0].reports.map(({ publisher }) => publisher)).toHaveLength(3);
    }
    expect(yearRoutes(archive, site)[1].props.data.months).toEqual([{ href: '/sub/archive/2021/08/', text: 'August (1)' }]);
  });

  it('gives the home page two meetings and four reports, the newest meeting with its three reports', () => {
    const home = homePage(archive, site);
    expect(home.counts).toBe('2 meetings, 4 reports');
    expect(home.entryPoints.slice(0, 3).map(({ href, text }) => [href, text])).toEqual([
      ['/sub/articles/', 'All 4 reports, one by one, newest meeting first.'],
      ['/sub/meetings/', 'The 2 meetings, newest first, each with its reports side by side.'],
      ['/sub/timeline/', 'The 2 meetings in date order, with the events the reports mention.'],
    ]);
    expect(home.chart.bars.map(({ year, total, href }) => [year, total, href])).toEqual([
      [2020, 1, '/sub/timeline/2020/'],
      [2021, 1, '/sub/timeline/2021/'],
    ]);
    expect(home.latest.map(({ href, reports }) => [href, reports.length])).toEqual([
      ['/sub/meetings/fmm-2021/', 3],
      ['/sub/meetings/forum/', 1],
    ]);
  });

  it('gives a person the meeting once, with each report’s account of their part', () => {
    const son = personRoutes(archive, site).find(({ params }) => params.slug === 'son')!;
    expect(son.props.page.total).toBe(2);
    expect(son.props.counts).toBe('2 meetings, 4 reports');
    const [fmmRow] = son.props.attended.filter(({ href }) => href === '/sub/meetings/fmm-2021/');
    expect(fmmRow.reports.map(({ href, participant, coChair }) => [href, participant, coChair])).toEqual([
      ['/sub/articles/kyodo/', false, false],
      ['/sub/articles/mofa/', true, false],
      ['/sub/articles/vns/', true, true],
    ]);
    expect(fmmRow.reports[2].paragraphs.map(({ href }) => href)).toEqual(['/sub/articles/vns/#p-1']);
    expect(son.props.mentionedIn).toEqual([]);
    const [people] = peopleIndexRoutes(archive, site);
    expect(people.props.page.data.find(({ person }) => person.id === 'motegi')?.detail).toBe('Japan · 1 meeting, 3 reports');
  });

  it('gives a topic the meeting once, with the reports tagged with it', () => {
    const routes = topicRoutes(archive, site);
    const sea = routes.find(({ params }) => params.slug === 'sea')!;
    expect(sea.props.page.data.map(({ href, reports }) => [href, reports.length])).toEqual([['/sub/meetings/fmm-2021/', 3]]);
    expect(sea.props.counts).toBe('1 meeting, 3 reports');
    const trade = routes.find(({ params }) => params.slug === 'trade')!;
    expect(trade.props.page.data.map(({ reports }) => reports.map(({ href }) => href))).toEqual([
      ['/sub/articles/forum/'],
      ['/sub/articles/vns/'],
    ]);
    const subjects = topicsIndexPage(archive, site).flatMap(({ topics }) => topics);
    expect(subjects.find(({ name }) => name === 'South China Sea')?.counts).toBe('1 meeting, 3 reports');
  });

  it('keeps the list of reports a list of reports', () => {
    const [page] = articleListRoutes(archive, site);
    expect(page.props.page.total).toBe(4);
    expect(page.props.archiveHref).toBe('/sub/archive/');
  });
});

describe('index pages', () => {
  const archive = testArchive(
    [
      article('oct-2020', { meeting: '2020-10-15', participants: ['son'], topics: ['trade'], body: 'VNS reported.' }),
      article('aug-2021', {
        meeting: '2021-08-02',
        participants: ['son', 'motegi'],
        topics: ['sea', 'trade'],
        body: 'Sơn spoke.\n\nMotegi spoke of VNS.\n\nBùi Thanh Sơn closed.',
        headlineSupplied: true,
        events: [{ date: '2020-11', label: 'A summit', paragraph: 2, quote: 'Motegi spoke', note: 'Dated by the archive.' }],
      }),
      article('in-2021', { meeting: '2021', participants: ['motegi'], mentions: ['son'] }),
      ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((letter, index) =>
        article(`2023-${letter}`, { meeting: `2023-12-0${index + 1}`, body: 'VNS again.' }),
      ),
    ],
    [
      topic('trade', 'Trade'),
      topic('asean', 'ASEAN', 'body', ['Association of Southeast Asian Nations', 'ASEAN-10', 'Hiệp hội', 'Ten'], {
        'Hiệp hội': 'vi',
      }),
      topic('sea', 'South China Sea', 'place'),
    ],
  );

  it('gives the home page the years of the meetings, its sections counted and the newest meetings first', () => {
    const home = homePage(archive, site);
    expect(home.span).toBe('2020 to 2023');
    // The span at a glance: the year without meetings between them drawn empty and unlinked.
    expect(home.chart.bars.map(({ year, total, href }) => [year, total, href])).toEqual([
      [2020, 1, '/sub/timeline/2020/'],
      [2021, 2, '/sub/timeline/2021/'],
      [2022, 0, undefined],
      [2023, 7, '/sub/timeline/2023/'],
    ]);
    expect(home.chart.description).toBe('From 2020 to 2023, 10 meetings; the most in 2023 (7).');
    expect(home.entryPoints.map(({ href, title }) => [href, title])[0]).toEqual(['/sub/articles/', 'Articles']);
    expect(home.entryPoints.map(({ text }) => text)).toEqual(
      expect.arrayContaining([
        'All 10 reports, one by one, newest meeting first.',
        'The 10 meetings in date order, with the events the reports mention.',
        '3 ministers and officials, with the offices they held.',
      ]),
    );
    expect(home.counts).toBe('10 meetings, 10 reports');
    expect(home.latest.map(({ href }) => href)).toEqual(
      ['g', 'f', 'e', 'd', 'c', 'b'].map((letter) => `/sub/meetings/2023-${letter}/`),
    );
  });

  it("gives the main feed and each person's and topic's feed their own address, their page and their reports", () => {
    const main = homeFeed(archive);
    expect([main.title, main.feedPath, main.pagePath]).toEqual(['ASEAN–Japan Dialogue Archive', '/rss.xml', '/']);
    expect(main.articles.slice(0, 2).map(({ id }) => id)).toEqual(['2023-g', '2023-f']);
    expect(main.articles).toHaveLength(10);
    const feeds = entityFeedRoutes(archive);
    const son = feeds.find(({ params }) => params.section === 'people' && params.slug === 'son')!.props;
    expect([son.title, son.feedPath, son.pagePath]).toEqual([
      'Bùi Thanh Sơn · ASEAN–Japan Dialogue Archive',
      '/people/son/rss.xml',
      '/people/son/',
    ]);
    // The reports he took part in, and the one that mentions him.
    expect(son.articles.map(({ id }) => id).toSorted()).toEqual(['aug-2021', 'in-2021', 'oct-2020']);
    const sea = feeds.find(({ params }) => params.section === 'topics' && params.slug === 'sea')!.props;
    expect([sea.feedPath, sea.articles.map(({ id }) => id)]).toEqual(['/topics/sea/rss.xml', ['aug-2021']]);
  });

  it('says a single year of meetings once, and none for an empty archive', () => {
    expect(homePage(testArchive([article('only', { meeting: '2021-08-02' })]), site).span).toBe('2021');
    expect(homePage(testArchive([]), site).span).toBeUndefined();
  });

  it('gives "Browse by date" each year with its count and months, linked', () => {
    const { total, timelineHref, years } = archiveIndexPage(archive, site);
    expect([total, timelineHref]).toEqual(['10 meetings', '/sub/timeline/']);
    expect(years[0]).toMatchObject({ year: 2020, href: '/sub/archive/2020/', meetings: '1 meeting' });
    // Twelve months a year, in a regular grid: those with meetings linked and counted.
    expect(years[0].months.map(({ name }) => name)).toEqual([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]);
    expect(years[0].months.filter(({ href }) => href)).toEqual([{ href: '/sub/archive/2020/10/', name: 'Oct', count: '1' }]);
    expect(years[0].months[0]).toEqual({ href: undefined, name: 'Jan', count: undefined });
    // The meeting known only to its year counts for 2021 but for none of its months.
    expect(years[1].meetings).toBe('2 meetings');
    expect(years[1].months.filter(({ href }) => href)).toEqual([{ href: '/sub/archive/2021/08/', name: 'Aug', count: '1' }]);
  });

  it('files the Topics index by kind in the vocabulary’s order, then by name, with counts and three other names', () => {
    const sections = topicsIndexPage(archive, site);
    expect(sections.map(({ kind, label, topics }) => [kind, label, topics.map(({ name }) => name)])).toEqual([
      ['subject', 'Subjects', ['Trade']],
      ['place', 'Places', ['South China Sea']],
      ['body', 'Bodies', ['ASEAN']],
    ]);
    const [trade] = sections[0].topics;
    expect(trade).toEqual({ href: '/sub/topics/trade/', name: 'Trade', counts: '2 meetings, 2 reports', aliases: [] });
    expect(sections[1].topics[0].counts).toBe('1 meeting, 1 report');
    expect(sections[2].topics[0].aliases).toEqual([
      { text: 'Association of Southeast Asian Nations', lang: undefined },
      { text: 'ASEAN-10', lang: undefined },
      { text: 'Hiệp hội', lang: 'vi' },
    ]);
  });

  it('gives a topic’s page all its other names, with their languages', () => {
    const asean = topicRoutes(archive, site).find(({ params }) => params.slug === 'asean')!;
    expect(asean.props.otherNames.map(({ text, lang }) => `${text}${lang ? `@${lang}` : ''}`)).toEqual([
      'Association of Southeast Asian Nations',
      'ASEAN-10',
      'Hiệp hội@vi',
      'Ten',
    ]);
  });

  it('previews the newest reports using each glossary entry, linking to all of them when there are more', () => {
    const [vns] = glossaryPage(archive, site);
    expect(vns.usage?.reports).toBe('9 reports');
    expect(vns.usage?.latest.map(({ href }) => href)).toEqual(
      ['g', 'f', 'e', 'd', 'c'].map((letter) => `/sub/articles/2023-${letter}/`),
    );
    expect(vns.usage?.latest[0].meetingDate).toMatchObject({ iso: '2023-12-07', text: '7 December 2023' });
    expect(vns.usage?.all).toEqual({ href: '/sub/glossary/vns/', text: 'All 9 reports using VNS' });
    const [few] = glossaryPage(testArchive([article('one', { meeting: '2021', body: 'VNS once.' })]), site);
    expect([few.variants, few.usage?.reports, few.usage?.all]).toEqual([undefined, '1 report', undefined]);
    const [unused] = glossaryPage(testArchive([]), site);
    expect(unused.usage).toBeUndefined();
  });

  it('links the data files under the base path', () => {
    const downloads = dataDownloads(site);
    expect(downloads[0]).toMatchObject({ href: '/sub/data/articles.bib', name: 'articles.bib', type: 'application/x-bibtex' });
    expect(downloads.map(({ href }) => href).every((href) => href.startsWith('/sub/data/') || href === '/sub/rss.xml')).toBe(
      true,
    );
  });

  it('links the search page’s sections for readers without JavaScript', () => {
    const { sections, panel, bundles } = searchPage(archive, site);
    const { bundlePath, entityBundlePath, scriptPath, dateOrderPath } = bundles;
    expect([bundlePath, entityBundlePath]).toEqual(['/sub/pagefind/', '/sub/pagefind-entities/']);
    expect(scriptPath).toBe('/sub/pagefind/pagefind.js');
    // Written into the reports' bundle with its index, whose page ids it names.
    expect(dateOrderPath).toBe('/sub/pagefind/date-order.json');
    expect(sections[0]).toEqual({ href: '/sub/articles/', text: 'Articles' });
    expect(sections.map(({ text }) => text)).toEqual([
      'Articles',
      'Meetings',
      'Timeline',
      'By date',
      'People',
      'Topics',
      'Glossary',
    ]);
    expect(panel.facets.length).toBeGreaterThan(0);
  });

  it('marks the filter values written in another language than the page’s: publishers’ names, names as written in their own language', () => {
    const reports = [
      article('vi', {
        meeting: '2021-08-02',
        participants: ['son', 'motegi'],
        publisher: 'Thông tấn xã Việt Nam',
        publisherLang: 'vi',
      }),
      article('en', { meeting: '2021-08-03', participants: ['aso'] }),
    ];
    const archiveWithNativeNames = archiveOf({
      articles: reports,
      meetings: ['vi', 'en'].map((id) => meetingEntries.get(id)!),
      people: [
        person('son', 'Bùi Thanh Sơn', 'Viet Nam', { text: 'Bùi Thanh Sơn', lang: 'vi' }),
        person('motegi', 'Motegi Toshimitsu', 'Japan', { text: '茂木敏充', lang: 'ja' }),
        person('aso', 'Aso Taro', 'Japan'),
      ],
      topics: [],
      glossary: [],
    });
    const { panel } = searchPage(archiveWithNativeNames, site);
    // A romanised name (Motegi Toshimitsu) is the page's English.
    expect(panel.valueLanguages).toEqual({
      participant: { 'Bùi Thanh Sơn': 'vi' },
      publisher: { 'Thông tấn xã Việt Nam': 'vi' },
    });
    const options = (key: string) => panel.facets.find((facet) => facet.key === key)!.groups.flatMap(({ options }) => options);
    expect(options('publisher')).toEqual([
      { value: 'Thông tấn xã Việt Nam', count: 1, lang: 'vi' },
      { value: 'Viet Nam News', count: 1, lang: undefined },
    ]);
    expect(personRoutes(archiveWithNativeNames, site).map(({ params, props }) => [params.slug, props.nameLang])).toEqual([
      ['son', 'vi'],
      ['motegi', undefined],
      ['aso', undefined],
    ]);
    expect(options('participant').map(({ value, lang }) => [value, lang])).toEqual([
      ['Aso Taro', undefined],
      ['Bùi Thanh Sơn', 'vi'],
      ['Motegi Toshimitsu', undefined],
    ]);
  });

  it('gives a publisher’s name the language most of its reports give it', () => {
    const han = (id: string, publisherLang: string) =>
      article(id, { meeting: '2021-08-02', meetingId: 'fmm', publisher: '新华社', publisherLang });
    const languages = facetValueLanguages(
      testArchive([han('a', 'zh'), han('b', 'ja'), han('c', 'zh'), article('d', { meeting: '2021-08-03' })]).articles,
      testArchive([]),
    );
    expect(languages.publisher).toEqual({ 新华社: 'zh' });
  });

  it('writes every person, topic and glossary entry with its page and names for the search suggestions', () => {
    const withAliases = testArchive([], [topic('sea', 'South China Sea', 'place', ['East Sea', 'Biển Đông', 'Bien Dong'])]);
    expect(searchNameEntries(withAliases, site)).toEqual([
      ['/sub/people/son/', 'person', 'Bùi Thanh Sơn'],
      ['/sub/people/motegi/', 'person', 'Motegi Toshimitsu', '茂木敏充'],
      ['/sub/people/aso/', 'person', 'Aso Taro'],
      ['/sub/topics/sea/', 'topic', 'South China Sea', 'East Sea', 'Biển Đông', 'Bien Dong'],
      ['/sub/glossary/vns/', 'glossary', 'VNS', 'VNS spelt out'],
    ]);
  });

  it('quotes each paragraph naming a person with its HTML, its report and its paragraph linked', () => {
    const son = quoteRoutes(archive, site).find(({ params }) => params.section === 'people' && params.slug === 'son')!;
    const quotes = son.props.page.data.filter(({ articleHref }) => articleHref === '/sub/articles/aug-2021/');
    // "Sơn" alone in paragraph 1 is none of the names search knows him by.
    expect(quotes.map(({ html, paragraph }) => [html, paragraph])).toEqual([
      ['Bùi Thanh Sơn closed.', { href: '/sub/articles/aug-2021/#p-3', text: 'paragraph 3' }],
    ]);
    expect(quotes[0]).toMatchObject({
      meetingName: 'Meeting aug-2021',
      meetingDate: { iso: '2021-08-02', text: '2 August 2021', gloss: 'as the report states' },
      publisher: { text: 'Viet Nam News' },
    });
  });

  it('puts an event on the timeline with its paragraph linked and a supplied headline in brackets', () => {
    const items = timelineYearRoutes(archive, site).flatMap(({ props }) => props.page.data);
    const events = items.flatMap((item) => (item.kind === 'event' ? [item.event] : []));
    expect(events).toEqual([
      {
        date: {
          iso: '2020-11',
          text: 'November 2020',
          gloss: 'the report gives the month',
          doubt: { href: '#event-note-aug-2021-1', text: 'see the archive’s note on this date' },
        },
        label: 'A summit',
        quote: { text: 'Motegi spoke' },
        paragraph: { href: '/sub/articles/aug-2021/#p-2', number: 2, headline: { text: '[Headline of aug-2021]' } },
        publisherShort: { text: 'VNS' },
        publicationDate: { iso: '2021-08-02', text: '2 August 2021' },
        note: { id: 'event-note-aug-2021-1', text: 'Dated by the archive.' },
      },
    ]);
  });

  it('marks an event’s quote, its report’s headline and its publisher’s short name with their languages', () => {
    const vietnamese = testArchive([
      article('vi', {
        meeting: '2021-08-02',
        lang: 'vi',
        publisher: 'Báo Thế giới & Việt Nam',
        publisherLang: 'vi',
        events: [{ date: '2021-08-01', label: 'A call', paragraph: 1, quote: 'Ministers' }],
      }),
    ]);
    const [event] = timelineYearRoutes(vietnamese, site)
      .flatMap(({ props }) => props.page.data)
      .flatMap((item) => (item.kind === 'event' ? [item.event] : []));
    expect([event.quote, event.paragraph.headline, event.publisherShort]).toEqual([
      { text: 'Ministers', lang: 'vi' },
      { text: '“Headline of vi”', lang: 'vi' },
      { text: 'VNS', lang: 'vi' },
    ]);
    // A short name in Latin letters for a name in another script is not in the name's language ("MFA" of a Thai ministry).
    const thai = testArchive([
      article('th', {
        meeting: '2021-08-02',
        lang: 'th',
        publisher: 'กระทรวงการต่างประเทศ',
        publisherLang: 'th',
        events: [{ date: '2021-08-01', label: 'A call', paragraph: 1, quote: 'Ministers' }],
      }),
    ]);
    expect(timelineYearRoutes(thai, site).flatMap(({ props }) => props.page.data)).toContainEqual(
      expect.objectContaining({ event: expect.objectContaining({ publisherShort: { text: 'VNS' } }) }),
    );
  });

  it('gives each year a timeline of its own, in pages only where the year is long, its months marked continued', () => {
    const many = testArchive([
      article('early', { meeting: '2019-05-01' }),
      ...Array.from({ length: 60 }, (_, index) => article(`m-${index}`, { meeting: `2021-0${(index % 9) + 1}-01` })),
    ]);
    const pages = timelineYearRoutes(many, site);
    expect(pages.map(({ params }) => [params.year, params.page])).toEqual([
      ['2019', undefined],
      ['2021', undefined],
      ['2021', 'page/2'],
      ['2021', 'page/3'],
    ]);
    expect(pages[0].props.data).toEqual({
      year: 2019,
      counts: '1 meeting, 1 report',
      meetingCount: '1 meeting',
      timelineHref: '/sub/timeline/',
      previous: undefined,
      next: { href: '/sub/timeline/2021/', text: '2021' },
    });
    expect(pages[1].props.data.previous).toEqual({ href: '/sub/timeline/2019/', text: '2019' });
    expect(pages[1].props.page.url.next).toBe('/sub/timeline/2021/page/2/');
    // Oldest first: January's seven meetings, then February's…; page 2 begins within March.
    expect(pages[1].props.months.map(({ name, continued, items }) => [name, continued, items.length])).toEqual([
      ['January', false, 7],
      ['February', false, 7],
      ['March', false, 7],
      ['April', false, 4],
    ]);
    expect(pages[2].props.months[0]).toMatchObject({ name: 'April', id: 'april', continued: true });
    expect(pages.slice(1).flatMap(({ props }) => props.months.flatMap(({ items }) => items))).toHaveLength(60);
  });

  it('indexes the timeline by decade and year with counts, the chart linking each year, the newest meetings first', () => {
    const many = testArchive([
      article('a', { meeting: '1995-05-01' }),
      article('b', { meeting: '1998-05-01' }),
      article('c', { meeting: '1998-06-01' }),
      article('d', { meeting: '2001-01-01' }),
    ]);
    const index = timelineIndexPage(many, site);
    expect(index.counts).toBe('4 meetings, 4 reports');
    expect(index.decades).toEqual([
      {
        name: '1990s',
        count: '3 meetings',
        years: [
          { year: 1995, href: '/sub/timeline/1995/', count: '1 meeting' },
          { year: 1998, href: '/sub/timeline/1998/', count: '2 meetings' },
        ],
      },
      { name: '2000s', count: '1 meeting', years: [{ year: 2001, href: '/sub/timeline/2001/', count: '1 meeting' }] },
    ]);
    expect(index.latest.map(({ href }) => href)).toEqual(['d', 'c', 'b', 'a'].map((id) => `/sub/meetings/${id}/`));
    expect(index.chart.bars.filter(({ href }) => href).map(({ href }) => href)).toEqual(
      [1995, 1998, 2001].map((year) => `/sub/timeline/${year}/`),
    );
    expect(index.chart.bars.find(({ year }) => year === 1995)?.label).toBe('1995: 1 meeting (online 1)');
  });

  it('keeps the timeline’s old numbered pages, each pointing to the year page that now holds its first entry', () => {
    const many = testArchive(
      Array.from({ length: 60 }, (_, index) =>
        article(`m-${String(index).padStart(2, '0')}`, {
          meeting: `${2000 + Math.floor(index / 20)}-01-${String((index % 20) + 1).padStart(2, '0')}`,
        }),
      ),
    );
    // 60 entries were three old pages of 25: page 2 began with the 26th (2001's 6th), page 3 with the 51st (2002's 11th).
    expect(movedTimelinePages(many.meetings, site)).toEqual([
      { params: { number: '2' }, props: { to: { href: '/sub/timeline/2001/', text: 'The timeline of 2001' } } },
      { params: { number: '3' }, props: { to: { href: '/sub/timeline/2002/', text: 'The timeline of 2002' } } },
    ]);
    expect(movedTimelinePages(testArchive([article('one', { meeting: '2021-01-01' })]).meetings, site)).toEqual([]);
  });
});
