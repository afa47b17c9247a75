import { describe, expect, it } from 'vitest';
import { apa, bibtex, chicago, cslJson, mla, type CitationSource } from '../../src/lib/citations.ts';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';

const date = (iso: string) => parsePartialDate(iso) as PartialDate;

const forum: CitationSource = {
  id: '2020-10-15-35th-asean-japan-forum',
  headline: 'ASEAN-Japan cooperation should be highly improved',
  headlineSupplied: false,
  publisher: 'Ministry of Industry and Trade of Viet Nam',
  date: date('2020-10-15'),
  url: 'https://archive.test/articles/2020-10-15-35th-asean-japan-forum/',
  archiveName: 'ASEAN–Japan Dialogue Archive',
  meetingName: '35th ASEAN–Japan Forum',
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

describe('Chicago, APA and MLA', () => {
  it('cite a report with the publisher as author and the date to the day', () => {
    expect(chicago(forum)).toBe(
      'Ministry of Industry and Trade of Viet Nam. “ASEAN-Japan cooperation should be highly improved.” October 15, 2020. ASEAN–Japan Dialogue Archive. https://archive.test/articles/2020-10-15-35th-asean-japan-forum/.',
    );
    expect(apa(forum)).toBe(
      'Ministry of Industry and Trade of Viet Nam. (2020, October 15). ASEAN-Japan cooperation should be highly improved. ASEAN–Japan Dialogue Archive. https://archive.test/articles/2020-10-15-35th-asean-japan-forum/',
    );
    expect(mla(forum)).toBe(
      '“ASEAN-Japan cooperation should be highly improved.” Ministry of Industry and Trade of Viet Nam, 15 Oct. 2020. ASEAN–Japan Dialogue Archive, archive.test/articles/2020-10-15-35th-asean-japan-forum/.',
    );
  });

  it('put a headline the archive supplied in square brackets, not quotation marks', () => {
    const title = "[ASEAN and Japan foreign ministers meet online as Viet Nam hands on the coordinator's role].";
    expect(chicago(supplied)).toBe(`Viet Nam News. ${title} August 3, 2021. ASEAN–Japan Dialogue Archive. https://archive.test/articles/ministers/.`);
    expect(apa(supplied)).toBe(`Viet Nam News. (2021, August 3). ${title} ASEAN–Japan Dialogue Archive. https://archive.test/articles/ministers/`);
    expect(mla(supplied)).toBe(`${title} Viet Nam News, 3 Aug. 2021. ASEAN–Japan Dialogue Archive, archive.test/articles/ministers/.`);
  });

  it('claim no more precision than the date has', () => {
    const byMonth = { ...forum, date: date('2020-09') };
    const byYear = { ...forum, date: date('2020') };
    expect(chicago(byMonth)).toContain('” September 2020. ');
    expect(apa(byMonth)).toContain('(2020, September). ');
    expect(mla(byMonth)).toContain(', Sept. 2020. ');
    expect(chicago(byYear)).toContain('” 2020. ');
    expect(apa(byYear)).toContain('(2020). ');
    expect(mla(byYear)).toContain('Viet Nam, 2020. ');
  });

  it('add no second full stop after a headline that ends a sentence', () => {
    const question = { ...forum, headline: 'What next for ASEAN?' };
    expect(chicago(question)).toContain('“What next for ASEAN?” October');
    expect(apa(question)).toContain('. What next for ASEAN? ASEAN–Japan');
  });
});

describe('BibTeX', () => {
  it('writes a @misc entry with a braced corporate author, the month macro and the ISO date', () => {
    expect(bibtex(forum)).toBe(`@misc{2020-10-15-35th-asean-japan-forum,
  author = {{Ministry of Industry and Trade of Viet Nam}},
  title = {{ASEAN-Japan cooperation should be highly improved}},
  year = {2020},
  month = oct,
  date = {2020-10-15},
  howpublished = {ASEAN–Japan Dialogue Archive},
  url = {https://archive.test/articles/2020-10-15-35th-asean-japan-forum/},
  note = {Report of the 35th ASEAN–Japan Forum}
}
`);
  });

  it('escapes TeX’s special characters and leaves out a month the date does not have', () => {
    const entry = bibtex({ ...forum, headline: 'Trade & investment: 100% up, $5 bn_#1', date: date('2020') });
    expect(entry).toContain('title = {{Trade \\& investment: 100\\% up, \\$5 bn\\_\\#1}}');
    expect(entry).not.toContain('month');
    expect(entry).toContain('date = {2020}');
  });
});

describe('CSL-JSON', () => {
  it('gives the publisher as a literal author and the date as date parts', () => {
    expect(cslJson(supplied)).toEqual({
      id: 'ministers',
      type: 'webpage',
      title: "[ASEAN and Japan foreign ministers meet online as Viet Nam hands on the coordinator's role]",
      author: [{ literal: 'Viet Nam News' }],
      issued: { 'date-parts': [[2021, 8, 3]] },
      'container-title': 'ASEAN–Japan Dialogue Archive',
      URL: 'https://archive.test/articles/ministers/',
      note: "Report of the ASEAN–Japan Foreign Ministers' Meeting 2021",
    });
    expect(cslJson({ ...forum, date: date('2020-08') }).issued).toEqual({ 'date-parts': [[2020, 8]] });
  });
});
