import { beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, readPage } from '../setup/site.ts';

const siteDir = inject('siteDir');
/** The configured site, as the home page's canonical link gives it (without its trailing slash). */
let SITE: string;
const MEETING_2021 = '/articles/2021-08-03-asean-japan-foreign-ministers-meeting/';

const jsonLd = (document: Document) =>
  [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? ''));
const meta = (document: Document, key: string) =>
  document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

beforeAll(() => {
  SITE = readPage(siteDir, '/').querySelector('link[rel="canonical"]')!.getAttribute('href')!.replace(/\/$/, '');
});

describe('metadata for sharing and machines', () => {
  it('gives every page a canonical URL on the configured site, Open Graph tags and a Twitter card type', () => {
    for (const path of builtPages(siteDir).filter((page) => page !== '/404.html')) {
      const document = readPage(siteDir, path);
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical, path).toBe(`${SITE}${path}`);
      expect(meta(document, 'og:url'), path).toBe(canonical);
      // X reads og:title and og:description: no twitter:title or twitter:description copies them.
      for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'twitter:card']) {
        expect(meta(document, key), `${path} ${key}`).toBeTruthy();
      }
    }
  });

  it('describes an article as a NewsArticle with its publisher, source, topics and people', () => {
    const document = readPage(siteDir, MEETING_2021);
    expect(meta(document, 'og:type')).toBe('article');
    const article = jsonLd(document).find((data) => data['@type'] === 'NewsArticle');
    expect(article).toMatchObject({
      url: `${SITE}${MEETING_2021}`,
      datePublished: '2021-08-03',
      publisher: { '@type': 'Organization', name: 'Viet Nam News' },
      dateline: 'HÀ NỘI',
    });
    expect(article.isBasedOn).toEqual([`${SITE}/sources/001_8c0f02abc8da5628.txt`]);
    expect(article.about.map((thing: { name: string }) => thing.name)).toContain('South China Sea');
    expect(article.mentions.map((person: { name: string }) => person.name)).toEqual([
      'Bùi Thanh Sơn',
      'Toshimitsu Motegi',
      'Don Pramudwinai',
    ]);
  });

  it('describes a person as a Person, and gives breadcrumbs a BreadcrumbList', () => {
    const document = readPage(siteDir, '/people/motegi-toshimitsu/');
    const data = jsonLd(document);
    expect(data.find((item) => item['@type'] === 'Person')).toMatchObject({
      name: 'Toshimitsu Motegi',
      nationality: { name: 'Japan' },
    });
    expect(data.find((item) => item['@type'] === 'Person').alternateName).toContain('茂木敏充');
    const crumbs = data.find((item) => item['@type'] === 'BreadcrumbList');
    expect(crumbs.itemListElement.map((item: { name: string }) => item.name)).toEqual(['Home', 'People', 'Toshimitsu Motegi']);
    expect(crumbs.itemListElement[1].item).toBe(`${SITE}/people/`);
  });
});

describe('links off the site', () => {
  it('carry rel="noopener noreferrer"', () => {
    const offSite: string[] = [];
    const bare: string[] = [];
    for (const path of builtPages(siteDir)) {
      for (const link of readPage(siteDir, path).querySelectorAll('a[href^="http"]')) {
        const href = link.getAttribute('href')!;
        if (href.startsWith(SITE)) continue;
        offSite.push(`${path} → ${href}`);
        const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) bare.push(`${path} → ${href}`);
      }
    }
    // The fixture archive has an original-publication link, so this check has something to check.
    expect(offSite).toContain('/articles/2020-10-15-35th-asean-japan-forum/ → https://example.org/moit/35th-asean-japan-forum');
    expect(bare).toEqual([]);
  });
});

describe('names in other languages', () => {
  it('carry their lang, wherever the reader meets them', () => {
    const son = readPage(siteDir, '/people/bui-thanh-son/');
    expect(son.querySelector('h1 [lang="vi"]')?.textContent).toBe('Bùi Thanh Sơn');
    const article = readPage(siteDir, MEETING_2021);
    expect(article.querySelector('.people-list a[lang="vi"]')?.textContent).toBe('Bùi Thanh Sơn');
    expect(article.querySelector('.people-list [lang="ja"]')?.textContent).toContain('茂木敏充');
    const sea = readPage(siteDir, '/topics/south-china-sea/');
    expect(sea.querySelector('.tag-list--names [lang="vi"]')?.textContent).toBe('Biển Đông');
    expect(sea.querySelector('.tag-list--names [lang="ja"]')?.textContent).toBe('南シナ海');
  });
});
