import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { citationsOffThread, styledCitations, threadFor } from '../../src/build/styled-citations.ts';
import { cslJson, withAccessDate } from '../../src/lib/citation-access-date.ts';
import { bibtex, ris, RIS_RIGHTS } from '../../src/lib/citation-files.ts';
import { CITATION_STYLES, citedItem, cslItem, type CitationSource } from '../../src/lib/citations.ts';
import { parseHTML } from 'linkedom';
import { referenceCitations, sameHtml } from '../setup/citeproc.ts';
import { paragraphId } from '../../src/lib/paragraph-anchors.ts';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';

const date = (iso: string) => parsePartialDate(iso) as PartialDate;

/** Headlines and publishers in the scripts the archive's reports are written in, with biblatex's language name. */
const SCRIPTS: [script: string, language: string, headline: string, publisher: string, langid: string][] = [
  ['Vietnamese', 'vi', 'Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản', 'Báo Thế giới & Việt Nam', 'vietnamese'],
  ['Japanese', 'ja', '日・ASEAN外相会議', '外務省', 'japanese'],
  ['Thai', 'th', 'การประชุมรัฐมนตรีต่างประเทศอาเซียน-ญี่ปุ่น', 'กระทรวงการต่างประเทศ', 'thai'],
];

/** The forum's report as a newspaper would run it (`ministryPage` is the ministry's own post of it). */
const forum: CitationSource = {
  id: '2020-10-15-35th-asean-japan-forum',
  headline: 'ASEAN-Japan cooperation should be highly improved',
  headlineSupplied: false,
  publisher: 'Vietnam Investment Review',
  publicationType: 'newspaper',
  date: date('2020-10-15'),
  url: 'https://archive.test/articles/2020-10-15-35th-asean-japan-forum/',
  archiveName: 'ASEAN–Japan Dialogue Archive',
  meetingName: '35th ASEAN–Japan Forum',
  language: 'en',
};

const supplied: CitationSource = {
  ...forum,
  id: 'ministers',
  headline: "ASEAN and Japan foreign ministers meet online as Viet Nam hands on the coordinator's role",
  headlineSupplied: true,
  publisher: 'Viet Nam News',
  date: date('2021-08-03'),
  url: 'https://archive.test/articles/ministers/',
  meetingName: "ASEAN–Japan Foreign Ministers' Meeting 2021",
};

/** The forum's report as the archive has it: a post on the website of Viet Nam's Ministry of Industry and Trade. */
const ministryPage: CitationSource = {
  ...forum,
  id: 'ministry-page',
  publisher: 'Ministry of Industry and Trade of Viet Nam',
  publicationType: 'website',
  url: 'https://archive.test/articles/ministry-page/',
};

const styled = (source: CitationSource) => styledCitations(citedItem(source));
const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;
const text = (html: string) => body(html).textContent;

describe('styled citations (citeproc-js, official CSL styles)', () => {
  const cases: [string, CitationSource][] = [
    ['a dated report', forum],
    ['a supplied headline', supplied],
    ['a month only', { ...forum, date: date('2021-09') }],
    ['a year only', { ...forum, date: date('2019') }],
    ['a question', { ...forum, headline: 'Is the talk over?', date: date('2021-05-02') }],
    ['quotation marks', { ...forum, headline: 'Japan “welcomes” the “plan”' }],
    ['a publisher ending in a full stop', { ...forum, publisher: 'Viet Nam News Co.' }],
    ...SCRIPTS.map(([script, language, headline, publisher]): [string, CitationSource] => [
      `a ${script} report`,
      { ...forum, language, headline, publisher },
    ]),
    ['a page of a ministry’s site', ministryPage],
    ['a supplied headline on a ministry’s site', { ...supplied, publisher: ministryPage.publisher, publicationType: 'website' }],
    ...SCRIPTS.map(([script, language, headline, publisher]): [string, CitationSource] => [
      `a ${script} page of a ministry’s site`,
      { ...ministryPage, language, headline, publisher },
    ]),
  ];
  it.each(cases)('are citeproc-js’s for the published item, entry and paragraph: %s', (_, source) => {
    const citations = styled(source);
    for (const { id, file } of CITATION_STYLES) {
      const reference = referenceCitations(file, cslItem(source), 7);
      expect(citations[id].entry, id).toBe(reference.entry);
      expect(sameHtml(citations[id].pinpoint.join('7')), `${id} ¶7`).toBe(sameHtml(reference.pinpoint));
    }
  });

  it('are compared with a reference whose one engine per style keeps nothing from one item or step to the next', () => {
    // The style's engines have rendered every case above, most with this id: an item of that id with other data
    // renders as it does on fresh engines, one for each step, so nothing of the earlier items is kept.
    for (const { file } of CITATION_STYLES) {
      const item = cslItem({ ...supplied, id: forum.id });
      expect(referenceCitations(file, item, 7), file).toEqual(referenceCitations(file, item, 7, { fresh: true }));
    }
  });

  it('give each report its own citations from the reused engines: no year suffix, no repeated-author dash', () => {
    // Two reports with the same headline, publisher and year, one after the other.
    const [first, second] = ['one', 'two'].map((id) => styled({ ...forum, id, url: `https://archive.test/articles/${id}/` }));
    for (const { id } of CITATION_STYLES) {
      expect(second[id].entry.replaceAll('/two/', '/one/'), id).toBe(first[id].entry);
      expect(second[id].entry).not.toMatch(/2020[ab]|———/);
    }
  });

  it('are the same rendered on the worker thread as in the calling one, each answer for its own item', async () => {
    const sources = [
      forum,
      supplied,
      ...SCRIPTS.map(([, language, headline, publisher]) => ({ ...forum, language, headline, publisher })),
    ];
    // Every item at once, and a thread more as soon as one waits (`threadFor`): both threads render some.
    const worker = citationsOffThread({ maxThreads: 2, waitingForAnotherThread: 1 });
    try {
      const offThread = await Promise.all(sources.map((source) => worker.render(citedItem(source))));
      expect(offThread).toEqual(sources.map(styled));
    } finally {
      await worker.close();
    }
    // A bound, not a measurement: each of the threads builds citeproc-js's engines, which took over a minute while
    // the rest of the suite's builds and browsers ran beside it.
  }, 300_000);

  it('start a thread for the first item, and another only once the least busy has enough waiting', () => {
    expect(threadFor([], 2, 200)).toBe(0);
    expect(threadFor([199], 2, 200)).toBe(0);
    expect(threadFor([200], 2, 200)).toBe(1);
    expect(threadFor([200, 3], 2, 200)).toBe(1);
    expect(threadFor([200, 250], 2, 200)).toBe(0);
    expect(threadFor([5], 1, 1)).toBe(0);
  });

  it('reject what the worker thread cannot render, whatever is still waiting when it is closed, and whatever comes after', async () => {
    const worker = citationsOffThread({ maxThreads: 1 });
    const unrenderable = worker.render({ ...citedItem(forum), issued: null } as unknown as ReturnType<typeof citedItem>);
    await expect(unrenderable).rejects.toThrow();
    const waiting = expect(worker.render(citedItem(forum))).rejects.toThrow(/citation worker stopped/);
    await worker.close();
    await waiting;
    // A stopped thread answers nothing: an item sent to it fails at once rather than waiting for ever.
    await expect(worker.render(citedItem(forum))).rejects.toThrow(/citation worker stopped/);
  });

  it('never choose a stopped thread while another can be started', () => {
    expect(threadFor([Infinity], 2, 200)).toBe(1);
    expect(threadFor([Infinity, 3], 2, 200)).toBe(1);
  });

  it('cite a paragraph with “para.” (MLA “par.”) and the paragraph’s address, in every style', () => {
    const citations = styled(forum);
    expect(text(citations.apa.pinpoint.join('7'))).toBe(
      `(“ASEAN-Japan Cooperation Should Be Highly Improved,” 2020, para. 7) ${forum.url}#${paragraphId(7)}`,
    );
    expect(text(citations.mla.pinpoint.join('7'))).toBe(
      `(“ASEAN-Japan Cooperation Should Be Highly Improved,” par. 7) ${forum.url}#p-7`,
    );
    expect(text(citations.chicago.pinpoint.join('7'))).toBe(
      `“ASEAN-Japan Cooperation Should Be Highly Improved,” Vietnam Investment Review, October 15, 2020, para. 7, ASEAN–Japan Dialogue Archive, ${forum.url}#p-7.`,
    );
  });

  it('cite a page of an official body’s site as a web page of that site: APA italicises its title, Chicago not the site', () => {
    const page = styled(ministryPage);
    const site = ministryPage.publisher;
    // APA 7: the page's title in italics, the site in roman (a newspaper's name is in italics, its article's not).
    expect(page.apa.entry).toContain('<i>ASEAN-Japan cooperation should be highly improved</i>.');
    expect(page.apa.entry).not.toContain(`<i>${site}</i>`);
    expect(text(page.apa.entry)).toContain(`(2020, October 15).`);
    expect(text(page.apa.entry)).toContain(`${site}. ${ministryPage.url}`);
    // Chicago: the site first, as the page's author, in roman; the title in quotation marks.
    expect(page.chicago.entry.startsWith(`${site}. “ASEAN-Japan Cooperation Should Be Highly Improved.” October 15, 2020.`)).toBe(
      true,
    );
    expect(page.chicago.entry).not.toContain('<i>');
    // MLA 9: the site is the container, in italics.
    expect(page.mla.entry).toContain(`<i>${site}</i>, 15 Oct. 2020`);
    // The newspaper's article of the same words is laid out otherwise in APA and Chicago.
    const asNews = styled({ ...ministryPage, publicationType: 'newspaper' });
    expect(asNews.apa.entry).not.toBe(page.apa.entry);
    expect(asNews.chicago.entry).not.toBe(page.chicago.entry);
  });

  it('italicise the periodical, as the styles do', () => {
    const citations = styled(forum);
    for (const { id } of CITATION_STYLES) {
      expect(citations[id].entry, id).toContain(`<i>${forum.publisher}</i>`);
    }
  });

  it('keep a supplied headline in its square brackets', () => {
    const citations = styled(supplied);
    for (const { id } of CITATION_STYLES) {
      expect(text(citations[id].entry), id).toMatch(/^[^[]*\[ASEAN and Japan [Ff]oreign [Mm]inisters [Mm]eet/);
    }
  });

  it('title-case an English headline where the style does (Chicago, MLA), and no headline in another language', () => {
    expect(text(styled(forum).chicago.entry)).toContain('“ASEAN-Japan Cooperation Should Be Highly Improved.”');
    expect(text(styled(forum).apa.entry)).toContain('ASEAN-Japan cooperation should be highly improved.');
    const vietnamese = { ...forum, language: 'vi', headline: 'Việt Nam và Nhật Bản tăng cường hợp tác' };
    for (const { id } of CITATION_STYLES) expect(text(styled(vietnamese)[id].entry), id).toContain(vietnamese.headline);
  });

  it('escape a headline’s markup characters: text in the page, never elements', () => {
    const headline = 'Talks <script>alert(1)</script> & <img src=x onerror=alert(2)> end';
    const citations = styled({ ...forum, language: 'vi', headline, publisher: 'A & B <News>' });
    for (const { id } of CITATION_STYLES) {
      for (const html of [citations[id].entry, citations[id].pinpoint.join('3')]) {
        const elements = [...body(html).querySelectorAll('*')].map((element) => element.localName);
        expect(
          elements.filter((name) => name !== 'i'),
          id,
        ).toEqual([]);
        expect(text(html), id).toContain(headline);
      }
      expect(text(citations[id].entry), id).toContain('A & B <News>');
    }
  });
});

describe('biblatex', () => {
  it('gives one newspaper @article entry keyed by the article id, with its date, language and sort key', () => {
    const library = parseBibtex(bibtex([cslItem(forum), cslItem(supplied)]));
    expect(library.errors).toEqual([]);
    expect(library.entries.map(({ key, type }) => [key, type])).toEqual([
      [forum.id, 'article'],
      [supplied.id, 'article'],
    ]);
    const [entry] = library.entries;
    expect(entry.fields).toMatchObject({
      entrysubtype: 'newspaper',
      title: forum.headline,
      journaltitle: forum.publisher,
      date: '2020-10-15',
      langid: 'english',
      url: forum.url,
      library: 'ASEAN–Japan Dialogue Archive',
    });
    // An entry with no author sorts by the publisher, then the date, not by whatever field comes first.
    expect(entry.fields.sortkey).toBe(`${forum.publisher} 2020-10-15 ${forum.headline}`);
    expect(parseBibtex(bibtex([cslItem({ ...forum, date: date('2021-09') })])).entries[0].fields.date).toBe('2021-09');
  });

  it('gives a page of an official body’s site as an @online entry, the body its organization, sorted by it', () => {
    const library = parseBibtex(bibtex([cslItem(ministryPage)]));
    expect(library.errors).toEqual([]);
    const [entry] = library.entries;
    expect([entry.key, entry.type]).toEqual([ministryPage.id, 'online']);
    expect(entry.fields).toMatchObject({
      title: ministryPage.headline,
      organization: [ministryPage.publisher],
      date: '2020-10-15',
      langid: 'english',
      url: ministryPage.url,
      library: 'ASEAN–Japan Dialogue Archive',
      sortkey: `${ministryPage.publisher} 2020-10-15 ${ministryPage.headline}`,
    });
    // No newspaper's fields.
    expect(entry.fields).not.toHaveProperty('entrysubtype');
    expect(entry.fields).not.toHaveProperty('journaltitle');
  });

  it('is read back by Citation.js as the same web page', () => {
    const [item] = new Cite(bibtex([cslItem(ministryPage)])).data as Record<string, unknown>[];
    expect(item).toMatchObject({ type: 'webpage', title: ministryPage.headline, URL: ministryPage.url });
    expect(item.genre).toBeUndefined();
  });

  it('begins with whose the words are and the licence, in a comment every reader skips', () => {
    const bib = bibtex([cslItem(forum), cslItem(supplied)]);
    expect(bib.startsWith('@comment{ASEAN–Japan Dialogue Archive. The reports')).toBe(true);
    const library = parseBibtex(bib);
    expect(library.errors).toEqual([]);
    expect(library.comments).toHaveLength(1);
    expect(library.comments[0]).toContain('words belong to their publishers');
    expect(library.comments[0]).toContain('https://creativecommons.org/licenses/by/4.0/');
    expect(library.entries).toHaveLength(2);
    expect(new Cite(bib).data).toHaveLength(2);
  });

  it('is read back by Citation.js as the same newspaper article', () => {
    const [item] = new Cite(bibtex([cslItem(supplied)])).data as Record<string, unknown>[];
    expect(item).toMatchObject({
      title: `[${supplied.headline}]`,
      'container-title': supplied.publisher,
      genre: 'newspaper',
      issued: { 'date-parts': [[2021, 8, 3]] },
      URL: supplied.url,
    });
  });

  it.each([
    'Talks}} @misc(evil, title={x})',
    'Talks} @misc{evil, title={x}',
    '100% up, $5 bn_#1 & ~more^ \\relax',
    '"Quoted" @comment{ x',
  ])('cannot be broken out of by a headline: %s', (headline) => {
    const library = parseBibtex(bibtex([cslItem({ ...forum, headline })]));
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    expect(library.entries[0].key).toBe(forum.id);
    expect(library.entries[0].fields.title).toBe(headline);
  });

  it.each(SCRIPTS)(
    'keeps every character of a %s headline and publisher, with its language, read back by a BibTeX parser',
    (_, language, headline, publisher, langid) => {
      const bib = bibtex([cslItem({ ...forum, headline, publisher, language })]);
      // As UTF-8, not as TeX accent commands ("Th{\\' {\\^ e}}") or nothing at all.
      for (const word of publisher.split(' ').filter((word) => !/[&]/.test(word))) expect(bib).toContain(word);
      const { entries, errors } = parseBibtex(bib);
      expect(errors).toEqual([]);
      expect(entries[0].fields.title.normalize('NFC')).toBe(headline);
      expect(entries[0].fields.journaltitle.normalize('NFC')).toBe(publisher);
      expect(entries[0].fields.langid).toBe(langid);
    },
  );

  it('refuses an id that is not a plain key', () => {
    expect(() => bibtex([cslItem({ ...forum, id: 'x,y}' })])).toThrow(/BibTeX key/);
  });
});

describe('RIS', () => {
  it('gives one newspaper record per report with its full date, language, archive and id in it', () => {
    const records = ris([cslItem(forum), cslItem(supplied)]);
    const first = records.split('ER  - ')[0];
    expect(first.split('\r\n').filter(Boolean)).toEqual([
      'TY  - NEWS',
      `TI  - ${forum.headline}`,
      `T2  - ${forum.publisher}`,
      'PY  - 2020',
      'DA  - 2020/10/15/',
      'LA  - en',
      `UR  - ${forum.url}`,
      'DB  - ASEAN–Japan Dialogue Archive',
      `AN  - ${forum.id}`,
      'N1  - Report of the 35th ASEAN–Japan Forum',
      `CR  - ${RIS_RIGHTS}`,
    ]);
    expect(ris([cslItem({ ...forum, date: date('2021-09') })])).toContain('DA  - 2021/09//');
  });

  it.each(SCRIPTS)(
    'keeps every character of a %s headline and publisher, read back by Citation.js',
    (_, language, headline, publisher) => {
      const [item] = new Cite(ris([cslItem({ ...forum, headline, publisher, language })])).data as Record<string, unknown>[];
      expect(item).toMatchObject({
        type: 'article-newspaper',
        title: headline,
        'container-title': publisher,
        language,
        URL: forum.url,
      });
    },
  );

  it('gives each record the rights statement, which Zotero reads as its Rights, and Citation.js reads past', () => {
    const records = ris([cslItem(forum), cslItem(supplied)]);
    expect(records.split('ER  - ').filter((record) => record.includes(`CR  - ${RIS_RIGHTS}\r\n`))).toHaveLength(2);
    expect(RIS_RIGHTS.length).toBeLessThanOrEqual(255);
    expect(new Cite(records).data).toHaveLength(2);
  });

  it('gives a page of an official body’s site as an electronic source, the site its T2 (Zotero’s Website Title)', () => {
    const [record] = ris([cslItem(ministryPage)]).split('ER  - ');
    expect(record.split('\r\n').slice(0, 3)).toEqual([
      'TY  - ELEC',
      `TI  - ${ministryPage.headline}`,
      `T2  - ${ministryPage.publisher}`,
    ]);
    const [item] = new Cite(ris([cslItem(ministryPage)])).data as Record<string, unknown>[];
    expect(item).toMatchObject({ type: 'webpage', title: ministryPage.headline, URL: ministryPage.url });
  });

  it('keeps a headline on its one line', () => {
    expect(ris([cslItem({ ...forum, headline: 'Two\nlines' })])).toContain('TI  - Two lines\r\n');
  });
});

describe('CSL-JSON', () => {
  it('describes the report as a newspaper article in the archive', () => {
    expect(cslItem(supplied)).toEqual({
      id: 'ministers',
      type: 'article-newspaper',
      title: `[${supplied.headline}]`,
      'container-title': 'Viet Nam News',
      issued: { 'date-parts': [[2021, 8, 3]] },
      archive: 'ASEAN–Japan Dialogue Archive',
      URL: 'https://archive.test/articles/ministers/',
      language: 'en',
      note: "Report of the ASEAN–Japan Foreign Ministers' Meeting 2021",
    });
    expect(cslItem({ ...forum, date: date('2020-08') }).issued).toEqual({ 'date-parts': [[2020, 8]] });
  });

  it('describes a page of an official body’s site as a web page, its container the site', () => {
    expect(cslItem(ministryPage)).toMatchObject({
      type: 'webpage',
      'container-title': 'Ministry of Industry and Trade of Viet Nam',
      archive: 'ASEAN–Japan Dialogue Archive',
      URL: ministryPage.url,
    });
  });
});

describe('the access date a download adds', () => {
  // 7 December 2026 at 23:30 in the reader's time zone: the reader's day, whatever UTC's.
  const day = new Date(2026, 11, 7, 23, 30);
  const items = [cslItem(forum), cslItem(supplied), cslItem(ministryPage)];
  const accessed = { 'date-parts': [[2026, 12, 7]] };

  it("is biblatex's `urldate` of each entry, read back by a BibTeX parser and by Citation.js", () => {
    const bib = withAccessDate('bib', bibtex(items), day);
    const { entries, errors } = parseBibtex(bib);
    expect(errors).toEqual([]);
    expect(entries.map(({ fields }) => fields.urldate)).toEqual(['2026-12-07', '2026-12-07', '2026-12-07']);
    expect((new Cite(bib).data as Record<string, unknown>[]).map((item) => item.accessed)).toEqual([
      accessed,
      accessed,
      accessed,
    ]);
  });

  it("is RIS's `Y2` of each record, read back by Citation.js", () => {
    const records = withAccessDate('ris', ris(items), day);
    expect(records.match(/\r\nY2 {2}- 2026\/12\/07\/\r\n/g)).toHaveLength(3);
    // Zotero reads Y2 as the access date of every type; Citation.js reads a web page's (ELEC) from M1 instead.
    expect((new Cite(records).data as Record<string, unknown>[]).map((item) => item.accessed)).toEqual([
      accessed,
      accessed,
      undefined,
    ]);
  });

  it("is CSL-JSON's `accessed`, read back by Citation.js", () => {
    const json = withAccessDate('json', cslJson(items), day);
    expect(JSON.parse(json)).toEqual(items.map((item) => ({ ...item, accessed })));
    expect((new Cite(json).data as Record<string, unknown>[])[0].accessed).toEqual(accessed);
  });

  it('is in no file the build writes', () => {
    expect(bibtex(items)).not.toContain('urldate');
    expect(ris(items)).not.toContain('Y2  -');
    expect(cslJson(items)).not.toContain('accessed');
  });
});
