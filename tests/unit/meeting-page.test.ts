import { describe, expect, it } from 'vitest';
import { archiveOf, type Archive, type GlossaryEntry, type Person, type Topic } from '../../src/lib/archive.ts';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';
import {
  besidePublisher,
  meetingListRoutes,
  meetingRoutes,
  reportLanguage,
  reportMeeting,
  withKeyedIds,
} from '../../src/lib/routes/meeting.ts';
import type { SiteContext } from '../../src/lib/site.ts';

// The meeting pages' data from plain objects shaped like Astro's collection entries, as in route-data.test.ts.
const date = (iso: string) => parsePartialDate(iso) as PartialDate;
const site: SiteContext = { site: new URL('https://archive.test/'), base: '/sub/' };

type StoredArticle = Parameters<typeof archiveOf>[0]['articles'][number];
type MeetingEntry = Parameters<typeof archiveOf>[0]['meetings'][number];

const person = (id: string, name: string) =>
  ({ id, collection: 'people', data: { name, variants: [], country: 'Japan', offices: [] } }) as unknown as Person;
const topic = (id: string, name: string, kind = 'subject') =>
  ({
    id,
    collection: 'topics',
    data: { name, kind, aliases: [], aliasLanguages: {}, description: `${name}.` },
  }) as unknown as Topic;
const glossaryEntry = (id: string, abbreviation: string) =>
  ({
    id,
    collection: 'glossary',
    data: { abbreviation, variants: [], expansion: `${abbreviation} spelt out`, note: 'A note.' },
  }) as unknown as GlossaryEntry;

function meeting(id: string, iso: string, extra: Record<string, unknown> = {}): MeetingEntry {
  return {
    id,
    collection: 'meetings',
    data: { name: `Meeting ${id}`, date: date(iso), dateBasis: 'stated', format: 'online', links: [], ...extra },
  } as unknown as MeetingEntry;
}

/** A paragraph as the report loader renders it: its id, and its number linking to it. */
const renderedParagraph = (number: number, text: string) =>
  `<p id="p-${number}"><a class="paragraph-number" href="#p-${number}" aria-label="Paragraph ${number}" lang="en" data-pagefind-ignore="">${number}</a> ${text}</p>`;

interface ReportSpec {
  meeting: string;
  published: string;
  publisher: string;
  publisherLang?: string;
  /** The report's language, where it is not English. */
  lang?: string;
  participants?: [string, string, boolean?][];
  mentions?: [string, string][];
  topics?: string[];
  paragraphs?: string[];
  events?: { date: string; label: string; paragraph: number; quote: string; note?: string }[];
  headlineSupplied?: boolean;
}

function report(id: string, spec: ReportSpec): StoredArticle {
  const { paragraphs = ['Ministers met.'], participants = [], mentions = [], topics = [], events = [] } = spec;
  return {
    id,
    collection: 'articles',
    filePath: `content/articles/${id}.mdx`,
    body: paragraphs.join('\n\n'),
    rendered: { html: paragraphs.map((text, index) => renderedParagraph(index + 1, text)).join('\n') },
    data: {
      lang: spec.lang ?? 'en',
      headline: `Headline of ${id}`,
      headlineSupplied: spec.headlineSupplied ?? false,
      summary: 'A summary.',
      meeting: { id: { id: spec.meeting, collection: 'meetings' } },
      publication: {
        publisher: spec.publisher,
        ...(spec.publisherLang && { publisherLang: spec.publisherLang }),
        publisherShort: spec.publisher.slice(0, 3),
        date: date(spec.published),
        dateline: 'TOKYO',
      },
      participants: participants.map(([personId, role, coChair = false]) => ({
        person: { id: personId, collection: 'people' },
        role,
        coChair,
      })),
      mentions: mentions.map(([personId, role]) => ({ person: { id: personId, collection: 'people' }, role })),
      topics: topics.map((topicId) => ({ id: topicId, collection: 'topics' })),
      notes: [],
      events: events.map((event) => ({ ...event, date: date(event.date) })),
      source: { file: `${id}.txt`, frame: [] },
    },
  } as unknown as StoredArticle;
}

function testArchive(articles: StoredArticle[], meetings: MeetingEntry[]): Archive {
  return archiveOf({
    articles,
    meetings,
    people: [person('son', 'Bùi Thanh Sơn'), person('motegi', 'Motegi Toshimitsu'), person('suga', 'Suga Yoshihide')],
    topics: [topic('sea', 'South China Sea', 'place'), topic('vaccines', 'Vaccines'), topic('trade', 'Trade')],
    glossary: [glossaryEntry('asean', 'ASEAN')],
  });
}

// The fixture archive's shape: a forum with one report, then a ministers' meeting with three, then a later one.
const archive = testArchive(
  [
    report('vns', {
      meeting: 'fmm',
      published: '2021-08-03',
      publisher: 'Viet Nam News',
      participants: [
        ['son', 'Foreign Minister', true],
        ['motegi', 'Japanese Foreign Minister', true],
      ],
      topics: ['sea', 'trade'],
      paragraphs: ['Son and Motegi met online.', 'They spoke of the sea.'],
      events: [{ date: '2023', label: 'The 50th anniversary', paragraph: 2, quote: 'sea' }],
    }),
    report('kyodo', {
      meeting: 'fmm',
      published: '2021-08-02',
      publisher: 'Kyodo News',
      participants: [
        ['motegi', 'Foreign Minister of Japan', true],
        ['son', 'Foreign Minister', true],
      ],
      mentions: [['suga', 'Prime Minister']],
      topics: ['vaccines', 'sea'],
      paragraphs: ['Motegi pledged vaccines.', 'The officials said so.', 'Brunei hosted the talks.'],
      events: [
        { date: '2021-07-26', label: 'Vaccine shipments', paragraph: 1, quote: 'vaccines', note: 'Doubtful.' },
        { date: '2023-12', label: 'The commemorative summit', paragraph: 3, quote: 'Brunei' },
      ],
    }),
    report('mofa', {
      meeting: 'fmm',
      published: '2021-08-02',
      publisher: 'Ministry of Foreign Affairs of Japan',
      participants: [['motegi', 'Foreign Minister of Japan']],
      mentions: [['son', 'Foreign Minister of Viet Nam']],
      topics: ['vaccines'],
      headlineSupplied: true,
    }),
    report('forum', {
      meeting: 'forum',
      published: '2020-10-15',
      publisher: 'Viet Nam News',
      participants: [['son', 'Vice Minister']],
    }),
    report('later', {
      meeting: 'summit',
      published: '2023-12-18',
      publisher: 'Kyodo News',
      participants: [['suga', 'Prime Minister']],
    }),
  ],
  [
    meeting('forum', '2020-10-15', { series: 'ASEAN–Japan Forum', number: 35, dateBasis: 'publication', format: 'not stated' }),
    meeting('fmm', '2021-08-02', {
      series: 'ASEAN–Japan Foreign Ministers’ Meeting',
      partOf: '54th AMM',
      place: 'Bandar Seri Begawan',
      links: [{ title: 'The ministry’s release', url: 'https://example.org/mofa' }],
    }),
    meeting('summit', '2023-12-17', { format: 'in-person' }),
  ],
);
const routes = meetingRoutes(archive, site);
const byId = Object.fromEntries(routes.map(({ params, props }) => [params.id, props.page]));

describe('meetingRoutes', () => {
  it('makes one page per meeting that has reports, oldest first, with the meetings before and after', () => {
    expect(routes.map(({ params }) => params.id)).toEqual(['forum', 'fmm', 'summit']);
    expect(byId.forum.previous).toBeUndefined();
    expect(byId.fmm.previous).toMatchObject({
      href: '/sub/meetings/forum/',
      text: 'Meeting forum',
      date: { iso: '2020-10-15', text: 'on or before 15 October 2020' },
    });
    expect(byId.fmm.next).toMatchObject({
      href: '/sub/meetings/summit/',
      text: 'Meeting summit',
      date: { text: '17 December 2023' },
    });
    expect(byId.summit.next).toBeUndefined();
  });

  it('gives the meeting’s facts: series and number, larger meeting, date with its basis, format, place, official links', () => {
    const { name, series, partOf, date: shown, format, place, links, url, meetingsHref, calendarHref } = byId.fmm;
    expect({ name, series, partOf, format, place, links, url, meetingsHref, calendarHref }).toEqual({
      name: 'Meeting fmm',
      series: 'ASEAN–Japan Foreign Ministers’ Meeting',
      partOf: '54th AMM',
      format: 'Online',
      place: 'Bandar Seri Begawan',
      links: [{ href: 'https://example.org/mofa', text: 'The ministry’s release' }],
      url: 'https://archive.test/sub/meetings/fmm/',
      meetingsHref: '/sub/meetings/',
      calendarHref: '/sub/meetings/fmm/meeting.ics',
    });
    expect(shown).toMatchObject({ iso: '2021-08-02', text: '2 August 2021', gloss: 'as the report states' });
    expect(byId.forum.series).toBe('ASEAN–Japan Forum, no. 35');
    expect(byId.forum.date.text).toBe('on or before 15 October 2020');
    expect(byId.summit.series).toBeUndefined();
  });

  it('lists a meeting’s three reports first published first, each with publisher, language, date and headline', () => {
    expect(
      byId.fmm.reports.map(({ key, href, publisher, language, publicationDate, headline }) => [
        key,
        href,
        publisher,
        language.name,
        publicationDate.text,
        headline,
      ]),
    ).toEqual([
      ['r1', '/sub/articles/kyodo/', { text: 'Kyodo News' }, 'English', '2 August 2021', 'Headline of kyodo'],
      [
        'r2',
        '/sub/articles/mofa/',
        { text: 'Ministry of Foreign Affairs of Japan' },
        'English',
        '2 August 2021',
        '[Headline of mofa]',
      ],
      ['r3', '/sub/articles/vns/', { text: 'Viet Nam News' }, 'English', '3 August 2021', 'Headline of vns'],
    ]);
    expect(byId.fmm.description).toBe(
      'Meeting fmm, 2 August 2021: 3 reports (Kyodo News, Ministry of Foreign Affairs of Japan, Viet Nam News), read side by side.',
    );
  });

  it('shows each report’s words as rendered, its ids keyed to the report and its numbers linked to its own page', () => {
    const [kyodo, , vns] = byId.fmm.reports;
    expect(kyodo.bodyHtml).toBe(
      [
        '<p id="r1-p-1"><a class="paragraph-number" href="/sub/articles/kyodo/#p-1" aria-label="Paragraph 1" lang="en" data-pagefind-ignore="">1</a> Motegi pledged vaccines.</p>',
        '<p id="r1-p-2"><a class="paragraph-number" href="/sub/articles/kyodo/#p-2" aria-label="Paragraph 2" lang="en" data-pagefind-ignore="">2</a> The officials said so.</p>',
        '<p id="r1-p-3"><a class="paragraph-number" href="/sub/articles/kyodo/#p-3" aria-label="Paragraph 3" lang="en" data-pagefind-ignore="">3</a> Brunei hosted the talks.</p>',
      ].join('\n'),
    );
    expect(vns.bodyHtml).toContain('<p id="r3-p-2"><a class="paragraph-number" href="/sub/articles/vns/#p-2"');
    expect([kyodo.dateline, kyodo.signature]).toEqual(['TOKYO', undefined]);
    const ids = byId.fmm.reports.flatMap(({ bodyHtml }) => [...bodyHtml.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names each report in the phone’s switch by its publisher’s short name, with its date where two share one', () => {
    const shownTabLabel = ({
      tabLabel: { short, detail },
    }: {
      tabLabel: { short: { text: string }; detail: string | undefined };
    }) => (detail === undefined ? short.text : `${short.text}, ${detail}`);
    expect(byId.fmm.reports.map(shownTabLabel)).toEqual(['Kyo', 'Min', 'Vie']);
    const twice = testArchive(
      [
        report('en', { meeting: 'm', published: '2021-08-02', publisher: 'Kyodo News' }),
        report('ja', { meeting: 'm', published: '2021-08-03', publisher: 'Kyodo News' }),
      ],
      [meeting('m', '2021-08-02')],
    );
    expect(meetingRoutes(twice, site)[0].props.page.reports.map(shownTabLabel)).toEqual([
      'Kyo, 2 August 2021',
      'Kyo, 3 August 2021',
    ]);
  });

  it('gives a meeting with one report that report alone', () => {
    expect(byId.forum.reports.map(({ key, publisher }) => [key, publisher])).toEqual([['r1', { text: 'Viet Nam News' }]]);
    expect(byId.forum.description).toBe('Meeting forum, on or before 15 October 2020: 1 report (Viet Nam News).');
    expect(byId.forum.participants.map(({ person, roles }) => [person.id, roles])).toEqual([
      ['son', [{ role: 'Vice Minister', publishers: [{ text: 'Viet Nam News' }] }]],
    ]);
  });

  it('lists each participant once, with every role the reports give and which reports give it', () => {
    expect(byId.fmm.participants.map(({ person, href, roles, coChair }) => [person.id, href, roles, coChair])).toEqual([
      [
        'motegi',
        '/sub/people/motegi/',
        [
          {
            role: 'Foreign Minister of Japan',
            publishers: [{ text: 'Kyodo News' }, { text: 'Ministry of Foreign Affairs of Japan' }],
          },
          { role: 'Japanese Foreign Minister', publishers: [{ text: 'Viet Nam News' }] },
        ],
        true,
      ],
      [
        'son',
        '/sub/people/son/',
        [{ role: 'Foreign Minister', publishers: [{ text: 'Kyodo News' }, { text: 'Viet Nam News' }] }],
        true,
      ],
    ]);
    // Mentioned by one report, a participant by another's account: a participant, once.
    expect(byId.fmm.mentions.map(({ person, roles }) => [person.id, roles])).toEqual([
      ['suga', [{ role: 'Prime Minister', publishers: [{ text: 'Kyodo News' }] }]],
    ]);
  });

  it('gives the topics of all the reports once each, by kind', () => {
    expect(byId.fmm.topicGroups).toEqual([
      {
        label: 'Subjects',
        topics: [
          { href: '/sub/topics/vaccines/', text: 'Vaccines' },
          { href: '/sub/topics/trade/', text: 'Trade' },
        ],
      },
      { label: 'Places', topics: [{ href: '/sub/topics/sea/', text: 'South China Sea' }] },
    ]);
  });

  it('gives every report’s dated events by date, each linked to its paragraph on its report’s page', () => {
    expect(
      byId.fmm.events.map(({ date: shown, label, href, paragraph, publisher }) => [shown.iso, label, href, paragraph, publisher]),
    ).toEqual([
      ['2021-07-26', 'Vaccine shipments', '/sub/articles/kyodo/#p-1', 1, { text: 'Kyodo News' }],
      ['2023', 'The 50th anniversary', '/sub/articles/vns/#p-2', 2, { text: 'Viet Nam News' }],
      ['2023-12', 'The commemorative summit', '/sub/articles/kyodo/#p-3', 3, { text: 'Kyodo News' }],
    ]);
    const [doubted] = byId.fmm.events;
    expect(doubted.note).toEqual({ id: 'event-note-kyodo-1', text: 'Doubtful.' });
    expect(doubted.date.doubt?.href).toBe('#event-note-kyodo-1');
    expect(byId.forum.events).toEqual([]);
  });
});

describe('reportLanguage', () => {
  it('names the language a report was published in, English where the report gives none', () => {
    const of = (lang?: string) => reportLanguage({ data: { lang } } as unknown as Parameters<typeof reportLanguage>[0]);
    expect([of(), of('vi'), of('ja'), of('th')]).toEqual([
      { code: 'en', name: 'English' },
      { code: 'vi', name: 'Vietnamese' },
      { code: 'ja', name: 'Japanese' },
      { code: 'th', name: 'Thai' },
    ]);
  });
});

describe('withKeyedIds', () => {
  it('keys every id and every reference to one, and leaves the words and other links as they are', () => {
    const html =
      '<p id="p-1"><a class="paragraph-number" href="#p-1">1</a> See<sup><a href="#fn-1" id="ref-1" aria-describedby="label">1</a></sup> and <a href="https://example.org/?a=1&amp;b=&quot;2&quot;">this</a> &amp; that.</p>';
    expect(withKeyedIds(html, 'r2', (n) => `/articles/x/#p-${n}`)).toBe(
      '<p id="r2-p-1"><a class="paragraph-number" href="/articles/x/#p-1">1</a> See<sup><a href="#r2-fn-1" id="r2-ref-1" aria-describedby="r2-label">1</a></sup> and <a href="https://example.org/?a=1&amp;b=&quot;2&quot;">this</a> &amp; that.</p>',
    );
  });
});

describe('reportMeeting', () => {
  it('names a report’s meeting and links its other reports, first published first', () => {
    expect(
      reportMeeting(
        archive,
        site,
        archive.articles.find(({ id }) => id === 'vns')!,
      ),
    ).toEqual({
      href: '/sub/meetings/fmm/',
      name: 'Meeting fmm',
      otherReports: [
        expect.objectContaining({ href: '/sub/articles/kyodo/', publisher: { text: 'Kyodo News' } }),
        expect.objectContaining({ href: '/sub/articles/mofa/' }),
      ],
      versions: [],
    });
    // The meeting's page gives the headlines; the report's page names the others by publisher and date.
    const [first] = reportMeeting(
      archive,
      site,
      archive.articles.find(({ id }) => id === 'vns')!,
    ).otherReports;
    expect(first).not.toHaveProperty('headline');
    expect(
      reportMeeting(
        archive,
        site,
        archive.articles.find(({ id }) => id === 'forum')!,
      ).otherReports,
    ).toEqual([]);
  });

  it('tells apart by language two reports of one publisher the list would name alike (publisher and date)', () => {
    const versions = testArchive(
      [
        report('en', { meeting: 'm', published: '2021-08-02', publisher: 'Ministry of Foreign Affairs of Japan' }),
        report('ja', { meeting: 'm', published: '2021-08-02', publisher: 'Ministry of Foreign Affairs of Japan', lang: 'ja' }),
        report('vi', { meeting: 'm', published: '2021-08-03', publisher: 'Viet Nam News' }),
      ],
      [meeting('m', '2021-08-02')],
    );
    const [english, japanese, vietnamese] = versions.articles;
    const others = reportMeeting(versions, site, vietnamese).otherReports;
    expect(others.map(({ languageBesidePublisher }) => languageBesidePublisher)).toEqual(['English', 'Japanese']);
    expect(
      reportMeeting(versions, site, english).otherReports.map(({ languageBesidePublisher }) => languageBesidePublisher),
    ).toEqual(['Japanese', undefined]);
    expect(besidePublisher(japanese, versions.articles)).toEqual({ by: 'language', text: 'Japanese' });
    expect(besidePublisher(vietnamese, versions.articles)).toBeUndefined();
  });
});

describe('meetingListRoutes', () => {
  it('lists every meeting newest first, with its date, its number of reports and their publishers', () => {
    const [first] = meetingListRoutes(archive, site);
    expect(first.params).toEqual({ page: undefined });
    expect(first.props.total).toBe('3 meetings');
    expect(
      first.props.page.data.map(({ href, name, date: shown, reportCount, publishers }) => [
        href,
        name,
        shown.text,
        reportCount,
        publishers,
      ]),
    ).toEqual([
      ['/sub/meetings/summit/', 'Meeting summit', '17 December 2023', '1 report', [{ text: 'Kyodo News' }]],
      [
        '/sub/meetings/fmm/',
        'Meeting fmm',
        '2 August 2021',
        '3 reports',
        [{ text: 'Kyodo News' }, { text: 'Ministry of Foreign Affairs of Japan' }, { text: 'Viet Nam News' }],
      ],
      ['/sub/meetings/forum/', 'Meeting forum', 'on or before 15 October 2020', '1 report', [{ text: 'Viet Nam News' }]],
    ]);
  });

  it('gives a publisher’s name in another language than English with its language, wherever it lists it', () => {
    const twoLanguages = testArchive(
      [
        report('vi', {
          meeting: 'm',
          published: '2021-08-02',
          publisher: 'Báo Thế giới & Việt Nam',
          publisherLang: 'vi',
          participants: [['son', 'Bộ trưởng Ngoại giao']],
          events: [{ date: '2021-08-02', label: 'The meeting', paragraph: 1, quote: 'Ministers met.' }],
        }),
        report('en', { meeting: 'm', published: '2021-08-03', publisher: 'Viet Nam News', participants: [['son', 'Minister']] }),
      ],
      [meeting('m', '2021-08-02')],
    );
    const vietnamese = { text: 'Báo Thế giới & Việt Nam', lang: 'vi' };
    const { page } = meetingRoutes(twoLanguages, site)[0].props;
    expect(page.reports.map(({ publisher }) => publisher)).toEqual([vietnamese, { text: 'Viet Nam News' }]);
    expect(page.reports.map(({ tabLabel }) => tabLabel.short)).toEqual([{ text: 'Báo', lang: 'vi' }, { text: 'Vie' }]);
    expect(page.participants[0].roles.map(({ publishers }) => publishers)).toEqual([[vietnamese], [{ text: 'Viet Nam News' }]]);
    expect(page.events.map(({ publisher }) => publisher)).toEqual([vietnamese]);
    expect(meetingListRoutes(twoLanguages, site)[0].props.page.data[0].publishers).toEqual([
      vietnamese,
      { text: 'Viet Nam News' },
    ]);
    const english = twoLanguages.articles.find(({ id }) => id === 'en')!;
    expect(reportMeeting(twoLanguages, site, english).otherReports.map(({ publisher }) => publisher)).toEqual([vietnamese]);
  });

  it('continues at /meetings/page/2/ past a page', () => {
    const many = testArchive(
      Array.from({ length: 51 }, (_, index) =>
        report(`r${index}`, {
          meeting: `m${index}`,
          published: '2021-01-01',
          publisher: 'Kyodo News',
          participants: [['son', 'Minister']],
        }),
      ),
      Array.from({ length: 51 }, (_, index) => meeting(`m${index}`, '2021-01-01')),
    );
    const pages = meetingListRoutes(many, site);
    expect(pages.map(({ params }) => params.page)).toEqual([undefined, 'page/2']);
    expect(pages[0].props.page.data).toHaveLength(50);
    expect(pages[0].props.page.url.next).toBe('/sub/meetings/page/2/');
  });
});
