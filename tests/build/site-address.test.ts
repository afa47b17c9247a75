import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { pagefindFragments } from '../../scripts/search-index.ts';
import type { SearchBundles } from '../../src/lib/search-bundles.ts';
import { archiveFixtureDir, scratchDir } from '../setup/paths.ts';
import { CHECKOUT_LOCK_WAIT, runBuild } from '../setup/run-build.ts';
import { builtPages, fileFor, readPage, unfoldedCalendar } from '../setup/site.ts';

/** One extra build of the fixture archive, served from a sub-folder of a configured host, for every assertion below. */
const SITE_URL = 'https://dialogue-archive.test';
const BASE_PATH = '/research/archive/';
const outDir = join(scratchDir, 'site-address');
/** Hosts that must never reach a deployed site: the old example host and the local default. */
const PLACEHOLDER = /example\.org|localhost|127\.0\.0\.1/i;

let output = '';
beforeAll(async () => {
  const result = await runBuild({ ARCHIVE_CONTENT_DIR: archiveFixtureDir, ARCHIVE_OUT_DIR: outDir, SITE_URL, BASE_PATH });
  output = result.output;
  expect(result.code, output).toBe(0);
}, 600_000 + CHECKOUT_LOCK_WAIT);

/** Every file the build wrote, as site paths, except Pagefind's binary index and the bundled assets. */
function textFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!name.startsWith('pagefind') && name !== '_astro') walk(path);
      } else files.push('/' + relative(outDir, path).replaceAll('\\', '/'));
    }
  };
  walk(outDir);
  return files;
}

const documents = new Map<string, Document>();
const page = (sitePath: string) => {
  if (!documents.has(sitePath)) documents.set(sitePath, readPage(outDir, sitePath));
  return documents.get(sitePath)!;
};

/**
 * Checks one link found at `from` (a site path): a link on the site must stay under the base path and name a
 * file the build wrote, and a `#fragment` on an HTML page must name an element there. Returns a problem or nothing.
 */
function problemWith(link: string, from: string): string | undefined {
  const url = new URL(link, `${SITE_URL}${BASE_PATH.slice(0, -1)}${from}`);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.origin !== SITE_URL) return undefined;
  if (!url.pathname.startsWith(BASE_PATH)) return `${from}: ${link} is outside the base path`;
  const target = `/${decodeURIComponent(url.pathname.slice(BASE_PATH.length))}`;
  const file = fileFor(outDir, target);
  if (!file) return `${from}: ${link} names no built file`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && file.endsWith('.html') && !page(target).getElementById(fragment)) return `${from}: ${link} names no element`;
  return undefined;
}

/** An absolute URL in running text; a full stop or comma after it (a citation's, a CSV's) is not part of it. */
const ABSOLUTE_URL = /https?:\/\/[^\s"'<>&\\(){}]+(?<![.,;])/g;

describe(`a build with SITE_URL and BASE_PATH (${SITE_URL}${BASE_PATH})`, () => {
  it('says nothing about a default address', () => {
    expect(output).not.toMatch(/SITE_URL is not set/);
  });

  it('names no placeholder host in any file it wrote', () => {
    // The fixture's own links to the reports' publications and the meetings' official pages are content, not the site's.
    const contentLinks = [archiveFixtureDir + 'articles', archiveFixtureDir + 'meetings'].flatMap((dir) =>
      readdirSync(dir).flatMap((name) =>
        [...readFileSync(join(dir, name), 'utf-8').matchAll(/url: (\S+)/g)].map(([, url]) => url),
      ),
    );
    expect(contentLinks.length).toBeGreaterThan(0);
    for (const path of textFiles()) {
      const text = contentLinks.reduce((written, url) => written.replaceAll(url, ''), readFileSync(join(outDir, path), 'utf-8'));
      expect(text, path).not.toMatch(PLACEHOLDER);
    }
  });

  it('gives every page its canonical address on the configured site and base path', () => {
    for (const path of builtPages(outDir).filter((path) => path !== '/404.html')) {
      expect(page(path).querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toBe(
        `${SITE_URL}${BASE_PATH.slice(0, -1)}${path}`,
      );
    }
  });

  it('gives the 404 page, served at any missing address, no address of its own and keeps it out of search engines', () => {
    const notFound = page('/404.html');
    expect(notFound.querySelector('link[rel="canonical"], meta[property="og:url"]')).toBeNull();
    expect(notFound.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('has no broken link on any page: every href, src, cite and absolute address in meta tags and JSON-LD', () => {
    const problems: string[] = [];
    for (const path of builtPages(outDir)) {
      const document = page(path);
      for (const element of document.querySelectorAll('[href], [src], [cite], [action]')) {
        for (const attribute of ['href', 'src', 'cite', 'action']) {
          const value = element.getAttribute(attribute);
          const problem = value === null ? undefined : problemWith(value, path);
          if (problem) problems.push(problem);
        }
      }
      if (path === '/404.html') continue;
      const machineText = [
        ...[...document.querySelectorAll('meta[content]')].map((meta) => meta.getAttribute('content')!),
        ...[...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent!),
      ].join('\n');
      for (const [link] of machineText.matchAll(ABSOLUTE_URL)) {
        const problem = problemWith(link, path);
        if (problem) problems.push(problem);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no broken link in the feeds, sitemaps, robots.txt and downloads', () => {
    const files = textFiles().filter((path) => /\.(xml|txt|json|bib|csv|ics)$/.test(path) && !path.startsWith('/sources/'));
    expect(files).toEqual(
      expect.arrayContaining([
        '/rss.xml',
        '/sitemap-index.xml',
        '/robots.txt',
        '/data/articles.bib',
        '/data/meetings.csv',
        '/data/meetings.ics',
      ]),
    );
    expect(files.some((path) => /^\/people\/[^/]+\/rss\.xml$/.test(path))).toBe(true);
    expect(files.some((path) => /^\/topics\/[^/]+\/rss\.xml$/.test(path))).toBe(true);
    const problems: string[] = [];
    let links = 0;
    for (const path of files) {
      // Calendar lines are folded; feed bodies are escaped HTML.
      const text = readFileSync(join(outDir, path), 'utf-8')
        .replace(/\r\n /g, '')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      for (const [link] of text.matchAll(ABSOLUTE_URL)) {
        links += 1;
        const problem = problemWith(link, path);
        if (problem) problems.push(problem);
      }
    }
    expect(problems).toEqual([]);
    expect(links).toBeGreaterThan(files.length);
  });

  it('serves the search indexes under the base path, their results resolving to pages', () => {
    const bundles = JSON.parse(page('/search/').querySelector('[data-search]')!.getAttribute('data-bundles')!) as SearchBundles;
    for (const [field, folder] of [
      ['bundlePath', 'pagefind'],
      ['entityBundlePath', 'pagefind-entities'],
    ] as const) {
      const bundle = bundles[field];
      expect(bundle).toBe(`${BASE_PATH}${folder}/`);
      for (const file of ['pagefind.js', 'pagefind-entry.json']) {
        expect(problemWith(`${bundle}${file}`, '/search/'), file).toBeUndefined();
      }
      // Pagefind stores each page's address without the base; the search page gives it the base as `baseUrl`.
      const fragments = pagefindFragments(join(outDir, folder));
      expect(fragments.length).toBeGreaterThan(0);
      for (const { url } of fragments) {
        expect(problemWith(`${BASE_PATH.slice(0, -1)}${url}`, '/search/'), url).toBeUndefined();
      }
    }
    // The files the search page fetches besides the indexes: the names it suggests and the reports' date order.
    for (const field of ['namesPath', 'dateOrderPath'] as const) {
      const path = bundles[field];
      expect(path.startsWith(BASE_PATH), field).toBe(true);
      expect(problemWith(path, '/search/'), field).toBeUndefined();
    }
  });
});

describe('identifiers that outlive the address', () => {
  // The test site is the same fixture archive built with no SITE_URL (so for http://localhost:4321/).
  const otherSite = () => inject('siteDir');
  const read = (dir: string, sitePath: string) => readFileSync(fileFor(dir, sitePath)!, 'utf-8');
  const guids = (dir: string) =>
    [new XMLParser({ ignoreAttributes: false }).parse(read(dir, '/rss.xml')).rss.channel.item]
      .flat()
      .map(
        (item: { guid: { '#text': string; '@_isPermaLink': string } }) => `${item.guid['#text']} ${item.guid['@_isPermaLink']}`,
      )
      .sort();
  const uids = (dir: string) =>
    [...unfoldedCalendar(read(dir, '/data/meetings.ics')).matchAll(/^UID:(.*)\r$/gm)].map(([, uid]) => uid).sort();

  it('are the same feed guids and calendar UIDs whatever SITE_URL the archive is built with', () => {
    expect(guids(outDir).length).toBeGreaterThan(0);
    expect(guids(outDir)).toEqual(guids(otherSite()));
    expect(uids(outDir).length).toBeGreaterThan(0);
    expect(uids(outDir)).toEqual(uids(otherSite()));
    for (const id of [...guids(outDir), ...uids(outDir)]) expect(id).not.toMatch(/localhost|dialogue-archive\.test/);
  });

  it('give every feed its own address as atom:link rel="self" and the page it is the feed of as its link', () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    for (const feed of ['/rss.xml', '/people/motegi-toshimitsu/rss.xml', '/topics/myanmar/rss.xml']) {
      const { channel } = parser.parse(readFileSync(fileFor(outDir, feed)!, 'utf-8')).rss;
      expect(channel['atom:link']['@_href'], feed).toBe(`${SITE_URL}${BASE_PATH}${feed.slice(1)}`);
      expect(channel['atom:link']['@_rel'], feed).toBe('self');
      expect(channel.link, feed).toBe(`${SITE_URL}${BASE_PATH}${feed.slice(1).replace(/rss\.xml$/, '')}`);
    }
  });
});
