import { readFileSync } from 'node:fs';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import {
  apa,
  apaPinpoint,
  apaPinpointParts,
  bibtex,
  chicago,
  cslItem,
  mla,
  ris,
  type CitationSource,
} from '../../src/lib/citations.ts';
import { paragraphId } from '../../src/lib/paragraph-anchors.ts';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';

const date = (iso: string) => parsePartialDate(iso) as PartialDate;

/** Headlines and publishers in the scripts the archive's reports are written in, with biblatex's language name. */
const SCRIPTS: [script: string, language: string, headline: string, publisher: string, langid: string][] = [
  ['Vietnamese', 'vi', 'Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản', 'Báo Thế giới & Việt Nam', 'vietnamese'],
  ['Japanese', 'ja', '日・ASEAN外相会議', '外務省', 'japanese'],
  ['Thai', 'th', 'การประชุมรัฐมนตรีต่างประเทศอาเซียน-ญี่ปุ่น', 'กระทรวงการต่างประเทศ', 'thai'],
];

const forum: CitationSource = {
  id: '2020-10-15-35th-asean-japan-forum',
  headline: 'ASEAN-Japan cooperation should be highly improved',
  headlineSupplied: false,
  publisher: 'Ministry of Industry and Trade of Viet Nam',
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

/** The official CSL styles, as vendored, run through citeproc-js (via Citation.js's CSL plugin). */
const STYLES = { chicago: 'chicago-notes-bibliography', apa: 'apa', mla: 'modern-language-association' } as const;
const cslConfig = plugins.config.get('@csl');
for (const file of Object.values(STYLES)) {
  cslConfig.styles.add(file, readFileSync(new URL(`../../src/lib/csl/${file}.csl`, import.meta.url), 'utf-8'));
}
/**
 * The CSL processor's entry. The title is marked `nocase`, as the archive keeps the headlines' own capitals;
 * citeproc-js also curls straight apostrophes, which the archive leaves as the report typed them.
 */
function processed(style: keyof typeof STYLES, source: CitationSource): string {
  const item = cslItem(source);
  const entry = new Cite({ ...item, title: `<span class="nocase">${item.title}</span>` })
    .format('bibliography', { format: 'text', template: STYLES[style], lang: 'en-US' })
    .trim();
  return source.headline.includes("'") ? entry.replace(/(?<=\p{L})’(?=\p{L})/gu, "'") : entry;
}
const writers = { chicago, apa, mla };

describe('Chicago, APA and MLA', () => {
  const cases: [string, CitationSource][] = [
    ['a dated report', forum],
    ['a supplied headline', supplied],
    ['a month only', { ...forum, date: date('2021-09') }],
    ['a year only', { ...forum, date: date('2019') }],
    ['a question', { ...forum, headline: 'Is the talk over?', date: date('2021-05-02') }],
    ['an exclamation', { ...forum, headline: 'Vietnam, Japan hold talks!' }],
    ['a full stop', { ...forum, headline: 'Talks end.' }],
    ['quotation marks', { ...forum, headline: 'Japan “welcomes” the “plan”' }],
    ['a publisher ending in a full stop', { ...forum, publisher: 'Viet Nam News Co.' }],
  ];
  it.each(cases)('match the official CSL styles run by citeproc-js: %s', (_, source) => {
    for (const style of Object.keys(STYLES) as (keyof typeof STYLES)[]) {
      expect(writers[style](source), style).toBe(processed(style, source));
    }
  });

  // The guides' own examples of a news article with no author (APA 7 §10.2, Chicago 18 14.89, MLA 9 §5.22),
  // given as these data; the text is the guides' pattern with these words.
  const guideExample: CitationSource = {
    ...forum,
    id: 'guide',
    headline: 'Clinton Signs Bill to Cut Welfare',
    publisher: 'New York Times',
    date: date('1996-08-22'),
    url: 'https://archive.test/articles/guide/',
  };
  it('follow the published patterns for an unsigned news article', () => {
    expect(apa(guideExample)).toBe(
      'Clinton Signs Bill to Cut Welfare. (1996, August 22). New York Times. ASEAN–Japan Dialogue Archive. https://archive.test/articles/guide/',
    );
    expect(chicago(guideExample)).toBe(
      'New York Times. “Clinton Signs Bill to Cut Welfare.” August 22, 1996. ASEAN–Japan Dialogue Archive. https://archive.test/articles/guide/.',
    );
    expect(mla(guideExample)).toBe(
      '“Clinton Signs Bill to Cut Welfare.” New York Times, 22 Aug. 1996, ASEAN–Japan Dialogue Archive, https://archive.test/articles/guide/.',
    );
  });

  it('keep the headline word for word, a supplied one in square brackets', () => {
    for (const write of Object.values(writers)) {
      expect(write(forum)).toContain(forum.headline);
      expect(write(supplied)).toContain(`[${supplied.headline}]`);
    }
  });
});

describe('apaPinpoint', () => {
  it('cites a paragraph in the text as APA cites an unsigned, unpaginated article, with the paragraph’s address', () => {
    expect(apaPinpoint(forum, 7)).toBe(
      `(“ASEAN-Japan cooperation should be highly improved,” 2020, para. 7) ${forum.url}#${paragraphId(7)}`,
    );
    // The title as the reference list gives it (apa()), so the two are found together.
    expect(apa(forum).startsWith(forum.headline)).toBe(true);
  });

  it('cites a supplied title in its brackets, not quoted, and a title’s own full stop gives way to the comma', () => {
    expect(apaPinpoint(supplied, 16)).toBe(`([${supplied.headline}], 2021, para. 16) ${supplied.url}#p-16`);
    expect(apaPinpoint({ ...forum, headline: 'Talks end.' }, 2)).toMatch(/^\(“Talks end,” 2020, para\. 2\)/);
    expect(apaPinpoint({ ...forum, headline: 'Talks end?' }, 2)).toMatch(/^\(“Talks end\?” 2020, para\. 2\)/);
  });

  it('is made in the page from its pieces, the paragraph’s number put between them', () => {
    // As the page's script makes it from the number in the address.
    expect(apaPinpointParts(forum).join('12')).toBe(apaPinpoint(forum, 12));
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
});
