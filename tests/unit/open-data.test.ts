import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';
import {
  exportTimestamp,
  htmlToPlainText,
  openDataArticle,
  openDataMeeting,
  type OpenDataSources,
} from '../../src/lib/open-data.ts';
import { articlesJsonSchema } from '../../src/lib/open-data-schema.ts';
import { schemaValidator } from '../setup/json-schema.ts';

const date = (iso: string) => parsePartialDate(iso) as PartialDate;

const sources: OpenDataSources = {
  people: new Map([
    [
      'son',
      {
        data: {
          name: 'Bùi Thanh Sơn',
          variants: [],
          nativeName: { text: 'Bùi Thanh Sơn', lang: 'vi' },
          country: 'Viet Nam',
          offices: [],
        },
      },
    ],
    ['suga', { data: { name: 'Yoshihide Suga', variants: [], country: 'Japan', offices: [] } }],
  ]),
  topics: new Map([
    [
      'sea',
      { data: { name: 'South China Sea', kind: 'place', aliases: ['East Sea'], aliasLanguages: {}, description: 'A sea.' } },
    ],
  ]),
  absoluteUrl: (sitePath) => `https://archive.test/base${sitePath}`,
};

const article = {
  id: 'a-meeting',
  data: {
    headline: 'Ministers meet',
    headlineSupplied: true,
    lang: 'en',
    summary: 'They met.',
    meeting: {
      id: 'the-meeting',
      name: 'A Meeting',
      date: date('2021-08'),
      dateBasis: 'relative',
      format: 'online',
      place: 'Vientiane, Laos',
      links: [],
    },
    publication: {
      publisher: 'Viet Nam News',
      publisherShort: 'VNS',
      type: 'newspaper',
      date: date('2021-08-03'),
      dateline: 'HÀ NỘI',
    },
    participants: [{ person: { id: 'son', collection: 'people' }, role: 'Minister', coChair: true }],
    mentions: [{ person: { id: 'suga', collection: 'people' }, role: 'Prime Minister' }],
    topics: [{ id: 'sea', collection: 'topics' }],
    notes: [{ about: 'East Sea', note: 'The South China Sea.' }],
    source: { file: 'report.txt', frame: ['HÀ NỘI —'] },
    events: [],
  },
} as const satisfies Parameters<typeof openDataArticle>[0];

const meeting = {
  id: 'the-meeting',
  data: {
    name: 'A Meeting',
    series: 'ASEAN–Japan Foreign Ministers’ Meeting',
    number: 54,
    date: date('2021-08-02'),
    dateBasis: 'stated',
    format: 'online',
    links: [{ title: 'Press release', url: 'https://www.mofa.go.jp/x.html' }],
  },
  reports: [{ id: 'a-meeting' }, { id: 'another' }, { id: 'a-third' }],
} as const satisfies Parameters<typeof openDataMeeting>[0];
const meetingRecord = openDataMeeting(meeting, sources);

describe('openDataMeeting', () => {
  it('gives a meeting’s facts, its links and the ids of its reports, absent facts as null', () => {
    expect(meetingRecord).toEqual({
      id: 'the-meeting',
      url: 'https://archive.test/base/meetings/the-meeting/',
      name: 'A Meeting',
      series: 'ASEAN–Japan Foreign Ministers’ Meeting',
      number: 54,
      partOf: null,
      date: '2021-08-02',
      datePrecision: 'day',
      dateBasis: 'stated',
      format: 'online',
      place: null,
      links: [{ title: 'Press release', url: 'https://www.mofa.go.jp/x.html' }],
      reports: ['a-meeting', 'another', 'a-third'],
    });
  });
});

describe('openDataArticle', () => {
  const record = openDataArticle(article, '<p>Sơn met <abbr title="x">ASEAN</abbr>.</p>\n<p>Japan&#39;s turn.</p>', sources);

  it('resolves participants, mentions and topics to their names, with absolute URLs', () => {
    expect(record.participants).toEqual([
      {
        id: 'son',
        name: 'Bùi Thanh Sơn',
        nativeName: { text: 'Bùi Thanh Sơn', lang: 'vi' },
        country: 'Viet Nam',
        role: 'Minister',
        coChair: true,
        url: 'https://archive.test/base/people/son/',
      },
    ]);
    expect(record.mentions[0]).toMatchObject({ id: 'suga', name: 'Yoshihide Suga', nativeName: null, role: 'Prime Minister' });
    expect(record.topics).toEqual([
      { id: 'sea', name: 'South China Sea', kind: 'place', aliases: ['East Sea'], url: 'https://archive.test/base/topics/sea/' },
    ]);
    expect(record.url).toBe('https://archive.test/base/articles/a-meeting/');
    expect(record.source).toEqual({
      file: 'report.txt',
      url: 'https://archive.test/base/sources/report.txt',
      frame: ['HÀ NỘI —'],
    });
  });

  it('keeps partial dates partial, says their precision, and writes absent fields as null', () => {
    expect(record.meeting).toEqual({
      id: 'the-meeting',
      url: 'https://archive.test/base/meetings/the-meeting/',
      name: 'A Meeting',
      series: null,
      number: null,
      partOf: null,
      date: '2021-08',
      datePrecision: 'month',
      dateBasis: 'relative',
      format: 'online',
      place: 'Vientiane, Laos',
    });
    expect(record.publication).toMatchObject({ date: '2021-08-03', datePrecision: 'day', byline: null, photo: null, url: null });
    // Viet Nam News is an English name, as a publisher's is unsaid; a name in another language says which.
    expect(record.publication.publisherLanguage).toBe('en');
    const vietnamese = {
      ...article,
      data: {
        ...article.data,
        publication: { ...article.data.publication, publisher: 'Thông tấn xã Việt Nam', publisherLang: 'vi' },
      },
    };
    expect(openDataArticle(vietnamese, '', sources).publication.publisherLanguage).toBe('vi');
    expect([record.language, record.translationOf]).toEqual(['en', null]);
  });

  it('says what the report is cited as: a news outlet’s article, or a page of an official body’s site', () => {
    expect(record.publication.type).toBe('newspaper');
    const ministryPage = {
      ...article,
      data: {
        ...article.data,
        publication: { ...article.data.publication, publisher: 'Ministry of Foreign Affairs of Japan', type: 'website' as const },
      },
    };
    expect(openDataArticle(ministryPage, '', sources).publication.type).toBe('website');
  });

  it('gives the body as plain text, one paragraph per block', () => {
    expect(record.body).toBe("Sơn met ASEAN.\n\nJapan's turn.");
  });

  it('matches the JSON Schema of the export, with its meeting', () => {
    const problems = schemaValidator(articlesJsonSchema('https://archive.test/base/data/articles.schema.json'));
    const valid = (data: unknown) => problems(data).length === 0;
    const exported = {
      $schema: 'https://archive.test/base/data/articles.schema.json',
      generated: '2026-01-01T00:00:00.000Z',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      rights: 'The reports’ words belong to their publishers.',
      meetings: [meetingRecord],
      articles: [record],
    };
    expect(problems(exported)).toEqual([]);
    // The licence and the rights statement are required, and the licence is an address.
    const { license: _license, ...withoutLicence } = exported;
    expect(valid(withoutLicence)).toBe(false);
    expect(valid({ ...exported, license: 'CC BY 4.0' })).toBe(false);
    expect(valid({ ...exported, rights: '' })).toBe(false);
    // A report may name no one who took part.
    expect(valid({ ...exported, articles: [{ ...record, participants: [] }] })).toBe(true);
    expect(valid({ ...exported, articles: [{ ...record, extra: 1 }] })).toBe(false);
    // A report is a newspaper's article or a website's page, and says which.
    const typed = (type: unknown) => ({ ...exported, articles: [{ ...record, publication: { ...record.publication, type } }] });
    expect(valid(typed('website'))).toBe(true);
    expect(valid(typed('blog'))).toBe(false);
    const { type: _type, ...untyped } = record.publication;
    expect(valid({ ...exported, articles: [{ ...record, publication: untyped }] })).toBe(false);
    const { id: _id, ...withoutId } = record.meeting;
    expect(valid({ ...exported, articles: [{ ...record, meeting: withoutId }] })).toBe(false);
    expect(valid({ ...exported, meetings: [{ ...meetingRecord, reports: [] }] })).toBe(false);
    expect(valid({ ...exported, meetings: [{ ...meetingRecord, reports: ['a', 'a'] }] })).toBe(false);
    const { meetings: _meetings, ...withoutMeetings } = exported;
    expect(valid(withoutMeetings)).toBe(false);
  });

  it('refuses an unknown person rather than writing a dangling id', () => {
    const stray = {
      ...article,
      data: { ...article.data, mentions: [{ person: { id: 'nobody', collection: 'people' as const }, role: 'x' }] },
    };
    expect(() => openDataArticle(stray, '', sources)).toThrow(/No people entry "nobody"/);
  });
});

describe('htmlToPlainText', () => {
  it('separates paragraphs by a blank line and keeps each line of one (a line break, a list item) on its own', () => {
    expect(htmlToPlainText('<p>One\ntwo</p>\n<ul><li>three</li><li>four<br>five</li></ul>')).toBe('One two\n\nthree\nfour\nfive');
    expect(htmlToPlainText('<div id="p-1"><p>Outcomes:</p><ul>\n<li>one</li>\n<li>two</li>\n</ul></div>')).toBe(
      'Outcomes:\none\ntwo',
    );
  });

  it('removes markup and comments and decodes entities', () => {
    expect(
      htmlToPlainText(
        '<p>A <a href="/x">link</a> &amp; <abbr title="y">AOIP</abbr><!-- c --> &lt;3 &#x1F600; &quot;q&quot;&nbsp;!</p>',
      ),
    ).toBe('A link & AOIP <3 😀 "q"\u00a0!');
  });

  it('decodes every named character reference, as HTML defines them', () => {
    expect(htmlToPlainText('<p>&eacute;t&eacute;</p>')).toBe('été');
  });
});

describe('exportTimestamp', () => {
  const date = (iso: string) => parsePartialDate(iso) as PartialDate;

  it('is the start of the newest publication date, whatever the order', () => {
    expect(exportTimestamp([date('2021-08-03'), date('2022'), date('2020-10-15')])).toBe('2022-01-01T00:00:00.000Z');
    expect(exportTimestamp([date('2021-08'), date('2021-08-03')])).toBe('2021-08-03T00:00:00.000Z');
  });

  it('is the epoch for an empty archive, never the clock', () => {
    expect(exportTimestamp([])).toBe('1970-01-01T00:00:00.000Z');
  });
});
