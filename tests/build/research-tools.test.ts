import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { CITATION_STYLES } from '../../src/lib/citations.ts';
import { referenceCitations, sameHtml } from '../setup/citeproc.ts';
import { readArticles } from '../setup/content.ts';
import { builtPages, fileFor, readPage } from '../setup/site.ts';
import { bodyParagraphElements, reportText } from '../setup/verbatim.ts';

const siteDir = inject('siteDir');
const contentDir = inject('siteContentDir');
const articles = readArticles(contentDir);
/** The meetings the articles report, oldest first (by date, then id, as the archive orders them), with their reports. */
const meetings = [...Map.groupBy(articles, ({ data }) => data.meeting.id as string)]
  .map(([id, reports]) => ({
    id,
    data: load(readFileSync(join(contentDir, 'meetings', `${id}.yaml`), 'utf-8')) as Record<string, any>,
    reports,
  }))
  .sort((a, b) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const byMeeting = [...articles].sort((a, b) =>
  a.data.meeting.date < b.data.meeting.date ? -1 : a.data.meeting.date > b.data.meeting.date ? 1 : 0,
);
type Entity = { name: string; variants?: string[]; aliases?: string[]; nativeName?: { text: string } };
const entities = (collection: string) =>
  readdirSync(join(contentDir, collection))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({
      id: file.replace(/\.yaml$/, ''),
      data: load(readFileSync(join(contentDir, collection, file), 'utf-8')) as Entity,
    }));
const people = entities('people');
const topics = entities('topics');
const nameOf = (list: typeof people, id: string) => list.find((entity) => entity.id === id)!.data.name;

const readBuilt = (sitePath: string) => {
  const file = fileFor(siteDir, sitePath);
  if (!file) throw new Error(`The build wrote no ${sitePath}`);
  return readFileSync(file, 'utf-8');
};
const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const xml = new XMLParser({ ignoreAttributes: false });
const meta = (document: Document, name: string) =>
  [...document.querySelectorAll(`meta[name="${name}"]`)].map((element) => element.getAttribute('content'));

let site: string;
beforeAll(() => {
  site = readPage(siteDir, '/').querySelector('link[rel="canonical"]')!.getAttribute('href')!.replace(/\/$/, '');
});

/**
 * The item type Zotero's Embedded Metadata translator gives a page (zotero/translators, "Embedded Metadata.js",
 * `init`, and "RDF.js", `detectType`): a Highwire tag naming a container forces its type; otherwise the RDF import's
 * type wins over the journal-article guess every `citation_title` makes: `og:type` where it names a type (a book, a
 * video, a website; "article" is only a guess, below the rest), else `DC.type` where it is a Zotero item type. Tags it
 * ranks higher still (Zotero's own type, PRISM's) are not followed here: a page with one fails.
 */
function zoteroItemType(document: Document): string {
  const named = (name: string) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
  const property = (name: string) => document.querySelector(`meta[property="${name}"]`)?.getAttribute('content');
  const highwireTypes: [string, string][] = [
    ['citation_journal_title', 'journalArticle'],
    ['citation_technical_report_institution', 'report'],
    ['citation_conference_title', 'conferencePaper'],
    ['citation_conference', 'conferencePaper'],
    ['citation_book_title', 'bookSection'],
    ['citation_inbook_title', 'bookSection'],
    ['citation_dissertation_institution', 'thesis'],
  ];
  const forced = highwireTypes.filter(([tag]) => named(tag)).at(-1)?.[1];
  const outranking = ['z.itemType', 'z.type', 'prism.aggregationType', 'prism.genre'].find((name) => named(name));
  if (outranking) throw new Error(`${outranking}: a type this reading of the translator does not follow`);
  // The `og:type` values RDF.js takes for a type rather than a guess ("article" guesses a journal article).
  const ogTypes: Record<string, string> = {
    'video.movie': 'videoRecording',
    'video.episode': 'videoRecording',
    'video.tv_show': 'videoRecording',
    'video.other': 'videoRecording',
    book: 'book',
    'music.song': 'audioRecording',
    'music.album': 'audioRecording',
    website: 'webpage',
  };
  const ogType = ogTypes[property('og:type') ?? named('og:type') ?? ''];
  const dcType = named('DC.type') ?? named('dc.type');
  const zoteroTypes = ['newspaperArticle', 'journalArticle', 'magazineArticle', 'webpage', 'report', 'document'];
  return (
    forced ?? ogType ?? (dcType && zoteroTypes.includes(dcType) ? dcType : named('citation_title') ? 'journalArticle' : 'webpage')
  );
}

/**
 * The publication a Zotero item gets from a page's tags ("RDF.js", `importItem`: PRISM's `publicationName`, else
 * Dublin Core's `source`, else `og:site_name` for a web page, a blog post or a newspaper article). Zotero files it as
 * the item type's own field: a newspaper article's Publication, a web page's Website Title.
 */
function zoteroPublication(document: Document, itemType: string): { field: string; value?: string } {
  const named = (name: string) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? undefined;
  const siteName = document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? undefined;
  const value =
    named('prism.publicationName') ??
    named('DC.source') ??
    (['webpage', 'blogPost', 'newspaperArticle'].includes(itemType) ? siteName : undefined);
  return { field: { webpage: 'websiteTitle', blogPost: 'blogTitle' }[itemType] ?? 'publicationTitle', value };
}

/**
 * The archive fields Zotero's Embedded Metadata translator fills from a page's tags ("Embedded Metadata.js", `init`:
 * a tag's name split at ".", ":" or "_" into a known prefix and a property, the statement handed to "RDF.js",
 * whose `importItem` reads Loc. in Archive from Dublin Core's `coverage` and copies every property of Zotero's own
 * namespace into the field of that name).
 */
function zoteroArchiveFields(document: Document): { archive?: string; archiveLocation?: string } {
  const fields: { archive?: string; archiveLocation?: string } = {};
  for (const tag of document.querySelectorAll('head > meta[name][content]')) {
    for (const name of tag.getAttribute('name')!.split(/\s+/)) {
      const [prefix, ...rest] = name.split(/[.:_]/);
      const property = rest.join('.').replace(/^./, (first) => first.toLowerCase());
      const value = tag.getAttribute('content')!;
      if (prefix.toLowerCase() === 'z' && (property === 'archive' || property === 'archiveLocation')) {
        fields[property] = value;
      }
      if (prefix.toLowerCase() === 'dc' && property === 'coverage') fields.archiveLocation ??= value;
    }
  }
  return fields;
}

describe('reference-manager metadata on article pages', () => {
  it('has reports of both kinds to describe: a news outlet’s and a page of an official body’s site', () => {
    expect(new Set(articles.map(({ data }) => data.publication.type ?? 'newspaper'))).toEqual(new Set(['newspaper', 'website']));
  });

  it.each(articles)('describes $id in citation_* tags from its frontmatter', ({ id, data }) => {
    const document = readPage(siteDir, `/articles/${id}/`);
    const url = `${site}/articles/${id}/`;
    const topicNames = data.topics.map((topic: string) => nameOf(topics, topic));
    // The headline as cited: a supplied one in its square brackets, as on the page, not as the report's own words.
    expect(meta(document, 'citation_title')).toEqual([data.headlineSupplied ? `[${data.headline}]` : data.headline]);
    expect(meta(document, 'citation_publication_date')).toEqual([data.publication.date.replaceAll('-', '/')]);
    expect(meta(document, 'citation_language')).toEqual([data.lang ?? 'en']);
    expect(meta(document, 'citation_public_url')).toEqual([url]);
    expect(meta(document, 'citation_keywords')).toEqual([topicNames.join('; ')]);
    expect(meta(document, 'citation_author')).toEqual([]);
    // Saved by Zotero as a newspaper article in its publication, or a page of an official body's site (`website`) as
    // a web page with the body as its Website Title; with its place in the archive.
    const website = data.publication.type === 'website';
    const itemType = zoteroItemType(document);
    expect(itemType).toBe(website ? 'webpage' : 'newspaperArticle');
    expect(zoteroPublication(document, itemType)).toEqual({
      field: website ? 'websiteTitle' : 'publicationTitle',
      value: data.publication.publisher,
    });
    expect(zoteroArchiveFields(document)).toEqual({ archive: 'ASEAN–Japan Dialogue Archive', archiveLocation: id });
    // The same facts as the page's JSON-LD and its CSL-JSON citation.
    const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')]
      .map((script) => JSON.parse(script.textContent!))
      .find((item) => item.url === url);
    expect(jsonLd['@type']).toBe(website ? 'Article' : 'NewsArticle');
    expect(jsonLd.url).toBe(url);
    expect(jsonLd.datePublished).toBe(data.publication.date);
    expect(jsonLd.inLanguage).toBe(data.lang ?? 'en');
    // Shared, the page is the report's, headline and all: in its language's locale (a social card's, language_TERRITORY).
    const ogLocale = document.querySelector('meta[property="og:locale"]')?.getAttribute('content');
    expect(ogLocale).toBe({ en: 'en_US', vi: 'vi_VN', ja: 'ja_JP', th: 'th_TH' }[(data.lang ?? 'en') as string]);
    const [csl] = JSON.parse(readBuilt(`/articles/${id}/citation.json`));
    expect(csl.type).toBe(website ? 'webpage' : 'article-newspaper');
    expect(csl.language).toBe(data.lang ?? 'en');
    expect(csl['container-title']).toBe(data.publication.publisher);
    expect(csl.URL).toBe(url);
  });
});

/** The feed of a person or topic page, found through the page's own alternate link. */
function feedOf(pagePath: string) {
  const document = readPage(siteDir, pagePath);
  const alternates = [...document.querySelectorAll('head link[rel="alternate"][type="application/rss+xml"]')].map((link) =>
    link.getAttribute('href')!,
  );
  const own = alternates.find((href) => href !== '/rss.xml');
  expect(own, pagePath).toBeDefined();
  expect(
    document.querySelector(`main a[href="${own}"][type="application/rss+xml"]`),
    `${pagePath}: visible feed link`,
  ).not.toBeNull();
  const text = readBuilt(own!);
  expect(SyntaxValidator.validate(text), own).toBe(true);
  const channel = xml.parse(text).rss.channel;
  return { channel, items: asArray<Record<string, string>>(channel.item) };
}

describe('feeds per person and per topic', () => {
  let mainItems: Map<string, Record<string, string>>;
  beforeAll(() => {
    mainItems = new Map(
      asArray<Record<string, string>>(xml.parse(readBuilt('/rss.xml')).rss.channel.item).map((item) => [item.link, item]),
    );
  });

  const check = (pagePath: string, expectedIds: string[]) => {
    const { channel, items } = feedOf(pagePath);
    // The channel links the page it is the feed of.
    expect(channel.link).toBe(`${site}${pagePath}`);
    expect(items.map((item) => item.link).sort()).toEqual(expectedIds.map((id) => `${site}/articles/${id}/`).sort());
    const dates = items.map((item) => new Date(item.pubDate).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of items) {
      // The same item, full text included, as the main feed.
      expect(item).toEqual(mainItems.get(item.link));
      expect(item['content:encoded'], item.link).not.toMatch(/(?:href|src)="\/(?!\/)/);
    }
  };

  it.each(people)('the feed of person $id lists every report they appear in', ({ id }) => {
    check(
      `/people/${id}/`,
      articles
        .filter(({ data }) =>
          [...data.participants, ...(data.mentions ?? [])].some(({ person }: { person: string }) => person === id),
        )
        .map((article) => article.id),
    );
  });

  it.each(topics)('the feed of topic $id lists every report tagged with it', ({ id }) => {
    check(
      `/topics/${id}/`,
      articles.filter(({ data }) => data.topics.includes(id)).map((article) => article.id),
    );
  });

  it('makes the links in the main feed’s bodies absolute', () => {
    const bodies = [...mainItems.values()].map((item) => item['content:encoded']).join('\n');
    expect(bodies).toMatch(new RegExp(`href="${site}/glossary/#`));
    expect(bodies).not.toMatch(/(?:href|src)="\/(?!\/)/);
  });
});

/** The text of the built article's paragraphs, by number, without their numbers. */
const articleParagraphs = new Map<string, Map<number, string>>();
function paragraphsOf(id: string): Map<number, string> {
  let paragraphs = articleParagraphs.get(id);
  if (!paragraphs) {
    const document = readPage(siteDir, `/articles/${id}/`);
    paragraphs = new Map(bodyParagraphElements(document).map((p) => [Number(p.id.slice(2)), reportText(p).trim()]));
    articleParagraphs.set(id, paragraphs);
  }
  return paragraphs;
}

/** Accents set aside, white space single, capitals kept; and lower case too (`fold`). Written independently of the site's code. */
const unaccented = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ');
const fold = (text: string) => unaccented(text).toLowerCase();
/** A Japanese text names a person written in kanji by the family name (the name's first letters) and an office. */
const JAPANESE_OFFICES = ['外務大臣', '大臣', '外相', '首相', '総理大臣', '大統領', '氏'];
const familyNameAndOffice = (kanji: string) =>
  /^\p{scx=Han}+$/u.test(kanji)
    ? [...kanji].slice(1).flatMap((_, end) => JAPANESE_OFFICES.map((office) => kanji.slice(0, end + 1) + office))
    : [];
const names = ({ name, variants = [], aliases = [], nativeName }: Entity) => [
  name,
  ...variants,
  ...aliases,
  ...(nativeName ? [nativeName.text] : []),
];
/** What may stand either side of a whole name: no letter or digit, except of the scripts written without spaces. */
const EDGE = '[^\\p{L}\\p{N}]|[\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Thai}]';
/** Case- and accent-blind whole-word search; a person's name must start with a capital (or a letter without case). */
const naming = (text: string, entity: Entity, properName: boolean) =>
  (properName &&
    familyNameAndOffice(entity.nativeName?.text ?? '').some((form) =>
      // No Japanese letter before it: 林大臣 is not in 小林大臣.
      new RegExp(`(?<![\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}])${form}`, 'u').test(text),
    )) ||
  names(entity).some((name) =>
    [
      ...unaccented(text).matchAll(
        new RegExp(`(?<=^|${EDGE})${fold(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|${EDGE})`, 'giu'),
      ),
    ].some(([found]) => !properName || !/\p{Ll}/u.test(found[0])),
  );

describe('what the reports said of a topic or a person', () => {
  /** Every quote on every page of the quotes listing, in order. */
  const quotesOn = (firstPage: string) => {
    const quotes: { articleId: string; paragraph: number; text: string; date: string }[] = [];
    let path: string | undefined = firstPage;
    while (path) {
      const document = readPage(siteDir, path);
      for (const figure of document.querySelectorAll('.quote')) {
        const href = figure.querySelector('blockquote')!.getAttribute('cite')!;
        expect(figure.querySelector(`figcaption a[href="${href}"]`), href).not.toBeNull();
        const [, articleId, paragraph] = /^\/articles\/([^/]+)\/#p-(\d+)$/.exec(href)!;
        quotes.push({
          articleId,
          paragraph: Number(paragraph),
          text: figure.querySelector('blockquote')!.textContent!.trim(),
          date: figure.querySelector('figcaption time')!.getAttribute('datetime')!,
        });
      }
      path = document.querySelector('a[rel="next"]')?.getAttribute('href') ?? undefined;
    }
    return quotes;
  };

  const check = (
    pagePath: string,
    quotesPath: string,
    entity: Entity,
    inScope: (typeof articles)[number][],
    properName = false,
  ) => {
    expect(readPage(siteDir, pagePath).querySelector(`main a[href="${quotesPath}"]`), pagePath).not.toBeNull();
    const quotes = quotesOn(quotesPath);
    checkFiles(quotesPath, quotes);
    for (const quote of quotes) {
      // Word for word the paragraph the link points at.
      expect(quote.text, `${quote.articleId}#p-${quote.paragraph}`).toBe(paragraphsOf(quote.articleId).get(quote.paragraph));
      const article = articles.find(({ id }) => id === quote.articleId)!;
      expect(quote.date).toBe(article.data.meeting.date);
    }
    const expected = byMeeting
      .filter((article) => inScope.includes(article))
      .flatMap(({ id }) =>
        [...paragraphsOf(id)].filter(([, text]) => naming(text, entity, properName)).map(([number]) => `${id}#p-${number}`),
      );
    expect(quotes.map(({ articleId, paragraph }) => `${articleId}#p-${paragraph}`)).toEqual(expected);
  };

  /** The quotes as files: every quote of the pages, in their order, linked from the first page, CSV and JSON alike. */
  const checkFiles = (quotesPath: string, quotes: ReturnType<typeof quotesOn>) => {
    const files = ['csv', 'json'].map((format) => `${quotesPath}quotes.${format}`);
    const links = files.map((file) => readPage(siteDir, quotesPath).querySelector(`main a[href="${file}"]`));
    const metadataPath = `${quotesPath}quotes.csv-metadata.json`;
    if (quotes.length === 0) {
      expect(links).toEqual([null, null]);
      for (const file of [...files, metadataPath]) expect(fileFor(siteDir, file), file).toBeUndefined();
      return;
    }
    expect(links.map((link) => link?.getAttribute('type'))).toEqual(['text/csv', 'application/json']);
    const json = JSON.parse(readBuilt(files[1]));
    expect(json.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(json.rights).toMatch(/words belong to their publishers/);
    expect(`${json.about.url}quotes/`).toBe(`${site}${quotesPath}`);
    expect(json.quotes).toEqual(
      quotes.map(({ articleId, paragraph, text }) => {
        const { data } = articles.find(({ id }) => id === articleId)!;
        return {
          reportId: articleId,
          meetingId: data.meeting.id,
          publicationDate: data.publication.date,
          paragraph,
          // The report's language, as its frontmatter gives it (English by default).
          language: data.lang ?? 'en',
          url: `${site}/articles/${articleId}/#p-${paragraph}`,
          // The words as the page quotes them, as plain text (no markup: the files stay lean).
          text: expect.toSatisfy(
            (plain: string) => plain.replace(/\s+/g, ' ') === text.replace(/\s+/g, ' ') && !/[<>]/.test(plain),
          ),
        };
      }),
    );
    const csv = readBuilt(files[0]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual(['report_id', 'meeting_id', 'publication_date', 'paragraph', 'language', 'text', 'paragraph_url']);
    // Its CSVW data dictionary beside it, where a processor given the CSV looks: the file, every column, the rights.
    const metadata = JSON.parse(readBuilt(metadataPath));
    expect(metadata['dc:license']).toEqual({ '@id': json.license });
    expect(metadata['dc:rights']).toBe(json.rights);
    expect(metadata.tables.map(({ url }: { url: string }) => new URL(url, `${site}${metadataPath}`).href)).toEqual([
      `${site}${files[0]}`,
    ]);
    expect(metadata.tables[0].tableSchema.columns.map(({ name }: { name: string }) => name)).toEqual(header);
    // One row per paragraph of a report: the key the dictionary gives holds.
    const keys = rows.map(([reportId, , , paragraph]) => `${reportId}#${paragraph}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows).toEqual(
      json.quotes.map((quote: Record<string, string | number>) =>
        [quote.reportId, quote.meetingId, quote.publicationDate, quote.paragraph, quote.language, quote.text, quote.url].map(
          String,
        ),
      ),
    );
  };

  it.each(topics)('quotes, in meeting order, every paragraph naming topic $id in its reports', ({ id, data }) => {
    check(
      `/topics/${id}/`,
      `/topics/${id}/quotes/`,
      data,
      articles.filter((article) => article.data.topics.includes(id)),
    );
  });

  it.each(people)('quotes every paragraph naming person $id in the reports they appear in', ({ id, data }) => {
    const inScope = articles.filter(({ data: article }) =>
      [...article.participants, ...(article.mentions ?? [])].some(({ person }: { person: string }) => person === id),
    );
    check(`/people/${id}/`, `/people/${id}/quotes/`, data, inScope, true);
  });

  it('finds a topic under an alias the report uses instead of its name', () => {
    const withAlias = topics.find(({ id, data }) =>
      articles.some(
        (article) =>
          article.data.topics.includes(id) &&
          [...paragraphsOf(article.id).values()].some(
            (text) => !naming(text, { name: data.name }, false) && naming(text, data, false),
          ),
      ),
    );
    if (!withAlias) return;
    expect(
      quotesOn(`/topics/${withAlias.id}/quotes/`).some(({ text }) => !naming(text, { name: withAlias.data.name }, false)),
    ).toBe(true);
  });
});

/** A small RFC 4180 reader, to check the CSV as a spreadsheet would read it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index++;
    } else cell += char;
  }
  return rows;
}

describe('whole-archive downloads', () => {
  it('are linked from every citation box and from the data page', () => {
    const downloads = ['/data/articles.bib', '/data/articles.ris', '/data/articles.csl.json', '/data/meetings.csv'];
    for (const { id } of articles) {
      const box = readPage(siteDir, `/articles/${id}/`).querySelector('.cite')!;
      expect(box.querySelector('a[href="/data/"]'), id).not.toBeNull();
    }
    const data = readPage(siteDir, '/data/');
    for (const path of downloads) expect(data.querySelector(`main a[href="${path}"]`), path).not.toBeNull();
    expect(builtPages(siteDir)).toContain('/data/');
  });

  it('are described on the data page as a schema.org Dataset under the archive’s licence, with whose the words are', () => {
    const data = readPage(siteDir, '/data/');
    const described = [...data.querySelectorAll('script[type="application/ld+json"]')]
      .map((script) => JSON.parse(script.textContent!))
      .find((item) => item['@type'] === 'Dataset');
    expect(described.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    const linked = [...data.querySelectorAll('main dt a')].map((a) => `${site}${a.getAttribute('href')}`);
    expect(described.distribution.map(({ contentUrl }: { contentUrl: string }) => contentUrl)).toEqual(linked);
    expect(described.temporalCoverage).toBe(`${byMeeting[0].data.meeting.date}/${byMeeting.at(-1)!.data.meeting.date}`);
    expect(data.querySelector('#rights + p')!.textContent).toMatch(/words belong to their publishers/);
    for (const path of builtPages(siteDir)) {
      expect(readPage(siteDir, path).querySelector('footer a[rel~="license"]'), path).not.toBeNull();
    }
  });

  it('biblatex: one entry per article, keyed by its id, read by a BibTeX parser', () => {
    // Read as written: by default the parser sentence-cases English titles, as Zotero stores them.
    const library = parseBibtex(readBuilt('/data/articles.bib'), { sentenceCase: false });
    expect(library.errors).toEqual([]);
    // Whose the words are and the licence, in a comment before the entries.
    expect(library.comments).toEqual([
      expect.stringMatching(/words belong to their publishers.*creativecommons\.org\/licenses\/by\/4\.0/),
    ]);
    expect(library.entries.map(({ key }) => key).sort()).toEqual(articles.map(({ id }) => id).sort());
    for (const entry of library.entries) {
      const { data } = articles.find(({ id }) => id === entry.key)!;
      expect(entry.fields.title).toBe(data.headlineSupplied ? `[${data.headline}]` : data.headline);
      // A newspaper's article, or a page of an official body's site with the body as its (one) organization.
      if (data.publication.type === 'website') {
        expect(entry.type).toBe('online');
        expect(entry.fields.organization).toEqual([data.publication.publisher]);
      } else {
        expect(entry.type).toBe('article');
        expect(entry.fields.journaltitle).toBe(data.publication.publisher);
      }
      expect(entry.fields.url).toBe(`${site}/articles/${entry.key}/`);
      // Every character kept (UTF-8, no TeX escapes), and the language biblatex hyphenates and quotes it in.
      expect(entry.fields.langid).toBe(
        { en: 'english', vi: 'vietnamese', ja: 'japanese', th: 'thai' }[(data.lang ?? 'en') as string],
      );
    }
  });

  it('RIS: the articles’ records, oldest meeting first, each its article’s own file', () => {
    const records = readBuilt('/data/articles.ris').split(/(?<=ER {2}- \r\n)\r\n/);
    expect(records.map((record) => /^AN {2}- (.*)$/m.exec(record)![1].trim())).toEqual(byMeeting.map(({ id }) => id));
    for (const record of records) {
      const id = /^AN {2}- (.*)$/m.exec(record)![1].trim();
      expect(record).toBe(readBuilt(`/articles/${id}/citation.ris`));
    }
  });

  it('CSL-JSON: the articles’ citation items, oldest meeting first', () => {
    const items = JSON.parse(readBuilt('/data/articles.csl.json'));
    expect(items.map(({ id }: { id: string }) => id)).toEqual(byMeeting.map(({ id }) => id));
    for (const item of items) expect(item).toEqual(JSON.parse(readBuilt(`/articles/${item.id}/citation.json`))[0]);
  });

  it('CSV: UTF-8 with a byte order mark, CRLF line ends, no cell a spreadsheet would run as a formula', () => {
    for (const path of ['/data/meetings.csv', '/data/reports.csv', '/data/participants.csv']) {
      const bytes = readFileSync(fileFor(siteDir, path)!);
      expect([...bytes.subarray(0, 3)], path).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf-8');
      expect(text.endsWith('\r\n'), path).toBe(true);
      for (const cell of parseCsv(text.slice(1)).flat()) expect(cell, path).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('meetings.csv: one row per meeting, however many reports it has, oldest first', () => {
    const [header, ...rows] = parseCsv(readBuilt('/data/meetings.csv').slice(1));
    expect(header).toEqual([
      'id',
      'name',
      'series',
      'number',
      'part_of',
      'date',
      'date_precision',
      'date_basis',
      'format',
      'place',
      'report_count',
      'meeting_url',
    ]);
    const records = rows.map((row) => Object.fromEntries(header.map((key, column) => [key, row[column]])));
    expect(records.map(({ id }) => id)).toEqual(meetings.map(({ id }) => id));
    expect(records.map(({ date }) => date)).toEqual(records.map(({ date }) => date).toSorted());
    for (const { id, data, reports } of meetings) {
      const cells = records.find((record) => record.id === id)!;
      expect(cells).toEqual({
        id,
        name: data.name,
        series: data.series ?? '',
        number: data.number === undefined ? '' : String(data.number),
        part_of: data.partOf ?? '',
        date: data.date,
        date_precision: ['year', 'month', 'day'][data.date.split('-').length - 1],
        date_basis: data.dateBasis,
        format: data.format,
        place: data.place ?? '',
        report_count: String(reports.length),
        meeting_url: `${site}/meetings/${id}/`,
      });
    }
    // The fixture's 2021 meeting: one row for its several reports.
    const reportsOf2021 = articles.filter(({ data }) => data.meeting.id === 'asean-japan-foreign-ministers-meeting-2021');
    expect(reportsOf2021.length).toBeGreaterThanOrEqual(3);
    expect(records.filter(({ id }) => id === 'asean-japan-foreign-ministers-meeting-2021')).toMatchObject([
      { report_count: String(reportsOf2021.length) },
    ]);
  });

  it('reports.csv: one row per report, naming its meeting, oldest meeting first', () => {
    const [header, ...rows] = parseCsv(readBuilt('/data/reports.csv').slice(1));
    expect(header).toEqual([
      'report_id',
      'meeting_id',
      'publisher',
      'publisher_language',
      'publication_type',
      'publication_date',
      'headline',
      'language',
      'translation_of',
      'url',
    ]);
    const records = rows.map((row) => Object.fromEntries(header.map((key, column) => [key, row[column]])));
    expect(records.map(({ report_id }) => report_id).sort()).toEqual(articles.map(({ id }) => id).sort());
    expect(records.map(({ meeting_id }) => meetings.findIndex(({ id }) => id === meeting_id))).toEqual(
      records.map(({ meeting_id }) => meetings.findIndex(({ id }) => id === meeting_id)).toSorted((a, b) => a - b),
    );
    for (const { id, data } of articles) {
      expect(records.find((record) => record.report_id === id)).toEqual({
        report_id: id,
        meeting_id: data.meeting.id,
        publisher: data.publication.publisher,
        publisher_language: data.publication.publisherLang ?? 'en',
        publication_type: data.publication.type ?? 'newspaper',
        publication_date: data.publication.date,
        headline: data.headlineSupplied ? `[${data.headline}]` : data.headline,
        language: data.lang ?? 'en',
        translation_of: data.translationOf ?? '',
        url: `${site}/articles/${id}/`,
      });
    }
    const ofThe2021Meeting = records.filter(({ meeting_id }) => meeting_id === 'asean-japan-foreign-ministers-meeting-2021');
    expect(ofThe2021Meeting.length).toBeGreaterThanOrEqual(3);
    expect(ofThe2021Meeting).toHaveLength(
      articles.filter(({ data }) => data.meeting.id === 'asean-japan-foreign-ministers-meeting-2021').length,
    );
  });

  it('participants.csv: one row per person per report, each with the role that report gives, took part or mentioned', () => {
    const [header, ...rows] = parseCsv(readBuilt('/data/participants.csv').slice(1));
    expect(header).toEqual(['meeting_id', 'report_id', 'person_id', 'person_name', 'role', 'co_chair', 'appearance']);
    const records = rows.map((row) => Object.fromEntries(header.map((key, column) => [key, row[column]])));
    const expected = byMeeting.flatMap(({ id, data }) => [
      ...data.participants.map(({ person, role, coChair }: { person: string; role: string; coChair?: boolean }) => ({
        meeting_id: data.meeting.id,
        report_id: id,
        person_id: person,
        person_name: nameOf(people, person),
        role,
        co_chair: coChair ? 'yes' : 'no',
        appearance: 'participant',
      })),
      ...(data.mentions ?? []).map(({ person, role }: { person: string; role: string }) => ({
        meeting_id: data.meeting.id,
        report_id: id,
        person_id: person,
        person_name: nameOf(people, person),
        role,
        co_chair: 'no',
        appearance: 'mentioned',
      })),
    ]);
    // The reports of one meeting come first published first; compare the rows as a set, the meetings in order.
    const key = (record: Record<string, string>) => JSON.stringify(record);
    expect(records.map(key).sort()).toEqual(expected.map(key).sort());
    expect(records.map(({ meeting_id }) => meeting_id)).toEqual(expected.map(({ meeting_id }) => meeting_id));
    expect(records.some(({ co_chair }) => co_chair === 'yes')).toBe(true);
    expect(records.some(({ appearance }) => appearance === 'mentioned')).toBe(true);
  });

  it('csv-metadata.json: CSVW metadata that describes every column of the three files and holds for their rows', () => {
    const metadata = JSON.parse(readBuilt('/data/csv-metadata.json'));
    expect(metadata['@context'][0]).toBe('http://www.w3.org/ns/csvw');
    expect(metadata['dc:license']).toEqual({ '@id': 'https://creativecommons.org/licenses/by/4.0/' });
    expect(metadata['dc:rights']).toMatch(/words belong to their publishers/);
    const list = (value: string | string[]) => (typeof value === 'string' ? [value] : value);
    const tables = new Map<string, Record<string, string>[]>();
    for (const table of metadata.tables) {
      // Named relative to the metadata, beside it in /data/.
      const [header, ...rows] = parseCsv(readBuilt(new URL(table.url, `${site}/data/csv-metadata.json`).pathname).slice(1));
      const records = rows.map((row) => Object.fromEntries(header.map((name, at) => [name, row[at]])));
      tables.set(table.url, records);
      expect(
        table.tableSchema.columns.map(({ name }: { name: string }) => name),
        table.url,
      ).toEqual(header);
      for (const { name, titles, datatype, required } of table.tableSchema.columns) {
        expect(titles, name).toContain(name);
        for (const { [name]: cell } of records) {
          if (cell === '') {
            expect(required, `${table.url} ${name}`).toBe(false);
            continue;
          }
          const base = typeof datatype === 'string' ? datatype : datatype.base;
          if (base === 'integer') expect(cell, name).toMatch(/^\d+$/);
          if (base === 'anyURI') expect(cell.startsWith(`${site}/`), name).toBe(true);
          if (datatype.format) {
            expect(cell, name).toMatch(new RegExp(base === 'boolean' ? `^(${datatype.format})$` : datatype.format));
          }
        }
      }
    }
    expect([...tables.keys()]).toEqual(['meetings.csv', 'reports.csv', 'participants.csv']);
    const keyOf = (record: Record<string, string>, columns: string | string[]) =>
      list(columns)
        .map((column) => record[column])
        .join('\u0000');
    for (const table of metadata.tables) {
      const records = tables.get(table.url)!;
      const { primaryKey, foreignKeys = [] } = table.tableSchema;
      if (primaryKey) expect(new Set(records.map((record) => keyOf(record, primaryKey))).size, table.url).toBe(records.length);
      // Every value of a foreign key is a key of the table it names.
      for (const { columnReference, reference } of foreignKeys) {
        const referenced = tables.get(reference.resource)!.map((record) => keyOf(record, reference.columnReference));
        for (const record of records) expect(referenced, table.url).toContain(keyOf(record, columnReference));
      }
    }
    expect(readPage(siteDir, '/data/').querySelector('main a[href="/data/csv-metadata.json"]')).not.toBeNull();
  });

  it('the data page describes each file, the reports table too', () => {
    const data = readPage(siteDir, '/data/');
    for (const [path, words] of [
      ['/data/meetings.csv', /one row per meeting/i],
      ['/data/reports.csv', /one row per report/i],
      ['/data/participants.csv', /one row per person per report/i],
      ['/data/csv-metadata.json', /CSV on the Web/],
      ['/data/meetings.ics', /one all-day event per meeting/i],
      ['/data/articles.json', /every meeting/i],
    ] as const) {
      const link = data.querySelector(`main a[href="${path}"]`);
      expect(link, path).not.toBeNull();
      expect(link!.closest('div')!.textContent, path).toMatch(words);
    }
  });
});

/** HTML without the archive's language marks (`<span lang>` around words in another language than English). */
const withoutLanguageMarks = (html: string) => html.replace(/<span lang="[^"]*">([^<]*)<\/span>/g, '$1');

describe('styled citations on article pages', () => {
  it.each(articles)('are citeproc-js’s for the citation.json of $id, entries and paragraph citations', ({ id }) => {
    const document = readPage(siteDir, `/articles/${id}/`);
    const [item] = JSON.parse(readBuilt(`/articles/${id}/citation.json`));
    for (const { id: style, file } of CITATION_STYLES) {
      const reference = referenceCitations(file, item, 4);
      const entry = withoutLanguageMarks(document.getElementById(`citation-${style}`)!.innerHTML);
      expect(sameHtml(entry), style).toBe(sameHtml(reference.entry));
      const template = document.querySelector(`paragraph-citation template[data-style="${style}"]`)!;
      const withNumber = withoutLanguageMarks(template.innerHTML).replaceAll('<slot></slot>', '4');
      expect(sameHtml(withNumber), style).toBe(sameHtml(reference.pinpoint));
    }
  });

  it('mark the words of another language than English with it: the Vietnamese report’s headline and publisher', () => {
    const document = readPage(siteDir, '/articles/2021-08-02-hoi-nghi-bo-truong-ngoai-giao-asean-nhat/');
    for (const { id: style } of CITATION_STYLES) {
      const marked = [...document.querySelectorAll(`#citation-${style} span[lang]`)].map((span) => [
        span.getAttribute('lang'),
        span.textContent,
      ]);
      expect(marked, style).toContainEqual(['vi', 'Thông tấn xã Việt Nam']);
    }
  });
});
