import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';
import { referenceMetaTags } from '../../src/lib/reference-metadata.ts';

const source = {
  headline: 'Talks end',
  publisher: 'Viet Nam News',
  publicationType: 'newspaper' as const,
  date: parsePartialDate('2021-08-03') as PartialDate,
  language: 'en',
  url: 'https://archive.test/articles/a/',
  archive: 'ASEAN–Japan Dialogue Archive',
  archiveLocation: 'a',
  keywords: ['Myanmar', 'South China Sea'],
};
const values = (tags: [string, string][], name: string) => tags.filter(([tag]) => tag === name).map(([, content]) => content);

describe('referenceMetaTags', () => {
  it('gives the Highwire tags Zotero and Google Scholar read, and what Zotero needs for a newspaper article', () => {
    const tags = referenceMetaTags(source);
    expect(values(tags, 'citation_title')).toEqual(['Talks end']);
    expect(values(tags, 'citation_publication_date')).toEqual(['2021/08/03']);
    expect(values(tags, 'citation_language')).toEqual(['en']);
    expect(values(tags, 'citation_public_url')).toEqual(['https://archive.test/articles/a/']);
    expect(values(tags, 'citation_keywords')).toEqual(['Myanmar; South China Sea']);
    expect(values(referenceMetaTags({ ...source, keywords: [] }), 'citation_keywords')).toEqual([]);
    // The publication, the item type and the place in the archive, for Zotero's Embedded Metadata translator.
    expect(values(tags, 'prism.publicationName')).toEqual(['Viet Nam News']);
    expect(values(tags, 'DC.type')).toEqual(['newspaperArticle']);
    expect(values(tags, 'z.archive')).toEqual(['ASEAN–Japan Dialogue Archive']);
    expect(values(tags, 'DC.coverage')).toEqual(['a']);
    // citation_journal_title would make it a journal article.
    expect(values(tags, 'citation_journal_title')).toEqual([]);
  });

  it('makes a page of an official body’s site a Zotero web page, the body its Website Title, and no journal article', () => {
    const tags = referenceMetaTags({
      ...source,
      publisher: 'Ministry of Industry and Trade of Viet Nam',
      publicationType: 'website',
    });
    expect(values(tags, 'DC.type')).toEqual(['webpage']);
    // A web page's publication is its Website Title in Zotero.
    expect(values(tags, 'prism.publicationName')).toEqual(['Ministry of Industry and Trade of Viet Nam']);
    expect(
      tags.filter(([name]) => /^citation_(journal|conference|book|inbook|dissertation|technical_report)/.test(name)),
    ).toEqual([]);
    expect(values(tags, 'citation_title')).toEqual(['Talks end']);
  });

  it('gives only the known parts of a partial date', () => {
    const month = referenceMetaTags({ ...source, date: parsePartialDate('2021-08') as PartialDate });
    expect(values(month, 'citation_publication_date')).toEqual(['2021/08']);
    const year = referenceMetaTags({ ...source, date: parsePartialDate('2021') as PartialDate });
    expect(values(year, 'citation_publication_date')).toEqual(['2021']);
  });
});
