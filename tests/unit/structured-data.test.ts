import { describe, expect, it } from 'vitest';
import { breadcrumbList, dataset, jsonForScript, person, reportArticle } from '../../src/lib/structured-data.ts';

/** A report in Vietnamese by a publisher named in English, about a topic and mentioning a person. */
const vietnameseReport = {
  publicationType: 'newspaper' as const,
  url: 'https://a.test/articles/x/',
  headline: 'ASEAN-Japan cooperation should be highly improved',
  summary: 'A summary.',
  datePublished: '2020-10-15',
  publisher: { text: 'Viet Nam News' },
  basedOn: ['https://a.test/sources/x.txt'],
  about: [{ name: 'South China Sea', url: 'https://a.test/topics/south-china-sea/' }],
  mentions: [{ name: 'Takeo Mori', url: 'https://a.test/people/mori-takeo/' }],
  language: 'vi',
};

describe('structured data', () => {
  it('numbers breadcrumbs from 1 and leaves the current page unlinked', () => {
    expect(
      breadcrumbList([
        { label: 'Home', url: 'https://a.test/' },
        { label: 'People', url: 'https://a.test/people/' },
        { label: 'Motegi' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://a.test/' },
        { '@type': 'ListItem', position: 2, name: 'People', item: 'https://a.test/people/' },
        { '@type': 'ListItem', position: 3, name: 'Motegi' },
      ],
    });
  });

  it('describes a report as a NewsArticle by its publisher, based on the received text', () => {
    const data = reportArticle(vietnameseReport) as Record<string, unknown>;
    expect(data['@type']).toBe('NewsArticle');
    expect(data.inLanguage).toBe('vi');
    expect(data.publisher).toEqual({ '@type': 'Organization', name: 'Viet Nam News' });
    expect(data.isBasedOn).toEqual(['https://a.test/sources/x.txt']);
    expect(data.about).toEqual([{ '@type': 'Thing', name: 'South China Sea', url: 'https://a.test/topics/south-china-sea/' }]);
    expect(data.mentions).toEqual([{ '@type': 'Person', name: 'Takeo Mori', url: 'https://a.test/people/mori-takeo/' }]);
    expect(data).not.toHaveProperty('dateline');
  });

  it('gives a news report its dateline, and describes a page of an official body’s site as an Article, which has none', () => {
    expect(reportArticle({ ...vietnameseReport, dateline: 'HÀ NỘI' })).toMatchObject({
      '@type': 'NewsArticle',
      dateline: 'HÀ NỘI',
    });
    const ministryPage = reportArticle({
      ...vietnameseReport,
      publicationType: 'website',
      publisher: { text: 'Ministry of Industry and Trade of Viet Nam' },
      dateline: 'HÀ NỘI',
    }) as Record<string, unknown>;
    expect(ministryPage['@type']).toBe('Article');
    expect(ministryPage.publisher).toEqual({ '@type': 'Organization', name: 'Ministry of Industry and Trade of Viet Nam' });
    // schema.org gives `dateline` to a NewsArticle only.
    expect(ministryPage).not.toHaveProperty('dateline');
  });

  it('gives a publisher’s name in another language than English as a language-tagged string', () => {
    const data = reportArticle({
      ...vietnameseReport,
      headline: 'Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản',
      publisher: { text: 'Báo Thế giới & Việt Nam', lang: 'vi' },
    }) as Record<string, unknown>;
    const organization = { '@type': 'Organization', name: { '@value': 'Báo Thế giới & Việt Nam', '@language': 'vi' } };
    expect(data.publisher).toEqual(organization);
    expect(data.author).toEqual(organization);
  });

  it('leaves out what a report is about and whom it mentions where it names no topic and no one', () => {
    const data = reportArticle({ ...vietnameseReport, about: [], mentions: [] });
    expect(data).not.toHaveProperty('about');
    expect(data).not.toHaveProperty('mentions');
  });

  it('describes a person with their other names and offices', () => {
    expect(
      person({ url: 'u', name: 'Toshimitsu Motegi', alternateNames: ['茂木敏充'], country: 'Japan', jobTitles: ['Minister'] }),
    ).toMatchObject({
      '@type': 'Person',
      alternateName: ['茂木敏充'],
      nationality: { '@type': 'Country', name: 'Japan' },
    });
  });

  it('leaves out a person’s other names and offices where there are none', () => {
    const data = person({ url: 'u', name: 'Takeo Mori', alternateNames: [], country: 'Japan', jobTitles: [] });
    expect(data).not.toHaveProperty('alternateName');
    expect(data).not.toHaveProperty('jobTitle');
  });

  it('cannot be closed early by text inside the data', () => {
    const json = jsonForScript({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});

describe('dataset', () => {
  it('describes the data files as a schema.org Dataset with its licence, span, languages and downloads', () => {
    const facts = {
      name: 'Archive data',
      description: 'Every report and meeting.',
      url: 'https://a.test/data/',
      licence: 'https://creativecommons.org/licenses/by/4.0/',
      creator: 'The Archive',
      temporalCoverage: { from: '2020-10-15', to: '2021-08-02' },
      languages: ['en', 'vi'],
      files: [{ name: 'articles.json', url: 'https://a.test/data/articles.json', type: 'application/json' }],
    };
    const data = dataset(facts) as Record<string, unknown>;
    expect(data).toMatchObject({
      '@type': 'Dataset',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      temporalCoverage: '2020-10-15/2021-08-02',
      inLanguage: ['en', 'vi'],
      distribution: [
        { '@type': 'DataDownload', contentUrl: 'https://a.test/data/articles.json', encodingFormat: 'application/json' },
      ],
    });
    // An empty archive has no span and no languages.
    expect(dataset({ ...facts, temporalCoverage: undefined })).not.toHaveProperty('temporalCoverage');
    expect(dataset({ ...facts, languages: [] })).not.toHaveProperty('inLanguage');
  });
});
