import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, matchesGlob, relative } from 'node:path';
import { moduleWithImports, transferWeight } from '../../scripts/bench/page-weight.ts';
import { pagefindFragments, SEARCH_INDEXES, writeSearchIndex } from '../../scripts/search-index.ts';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readArticles } from '../setup/content.ts';
import { builtPages, fileFor, readPage } from '../setup/site.ts';
import { tempDir } from '../setup/temp-dir.ts';
import { receivedParagraphs } from '../../src/lib/received-text.ts';
import { entityNamesFrom, withEntityNames, withIndexLanguage } from '../../src/build/search-input-page.ts';
import { SEARCH_DATE_META } from '../../src/lib/search-terms.ts';
import { filePaths } from '../../src/lib/urls.ts';
import { bodyParagraphElements, renderedLineWords } from '../setup/verbatim.ts';

const siteDir = inject('siteDir');
const contentDir = inject('siteContentDir');
const articles = readArticles(contentDir);

// Later pages of the list are under page/ (/articles/page/2/), so one segment after /articles/ is an article.
const isArticlePage = (path: string) => /^\/articles\/[^/]+\/$/.test(path);

/** A script's code together with the modules it imports statically, as the browser fetches them. */
function scriptWithImports(siteDir: string, script: Element): string {
  const src = script.getAttribute('src');
  if (!src) return script.textContent ?? '';
  return moduleWithImports(siteDir, src)
    .map((path) => readFileSync(fileFor(siteDir, path)!, 'utf-8'))
    .join('');
}

/** The class names a stylesheet's selectors name (not its at-rules' conditions, nor numbers such as `.5rem`). */
function selectorClasses(css: string): Set<string> {
  const preludes = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{};]*)\{/g)].map((match) => match[1]!.trim());
  return new Set(
    preludes
      .filter((prelude) => !prelude.startsWith('@'))
      .flatMap((selector) => [...selector.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)].map((match) => match[1]!)),
  );
}

describe('every page', () => {
  let pages: string[];
  beforeAll(() => {
    pages = builtPages(siteDir);
  });

  it('puts every page that has searchable text in exactly one search index, and no other page', () => {
    for (const path of pages) {
      const file = relative(siteDir, fileFor(siteDir, path)!);
      const indexes = SEARCH_INDEXES.filter(({ glob }) => matchesGlob(file, glob)).map(({ folder }) => folder);
      const searchable = readFileSync(join(siteDir, file), 'utf-8').includes('data-pagefind-body');
      expect(indexes, path).toHaveLength(searchable ? 1 : 0);
    }
    expect(pages.filter((path) => isArticlePage(path))).not.toHaveLength(0);
  });

  it('has the search indexes Pagefind writes from the whole pages with their entities named and in their report’s language, byte for byte (the build gives it only what it reads)', async () => {
    // The whole pages as they would be with the entities' names in them, rather than only their addresses, and
    // with <html lang> the language of the words they index.
    const namesOf = entityNamesFrom(JSON.parse(readFileSync(join(siteDir, filePaths.searchNames), 'utf-8')));
    const wholePages = tempDir('archive-whole-pages-');
    for (const path of builtPages(siteDir)) {
      const file = relative(siteDir, fileFor(siteDir, path)!);
      mkdirSync(dirname(join(wholePages, file)), { recursive: true });
      writeFileSync(
        join(wholePages, file),
        withIndexLanguage(withEntityNames(readFileSync(join(siteDir, file), 'utf-8'), namesOf)),
      );
    }
    const fromWholePages = tempDir('archive-whole-pages-index-');
    const { pages: indexed } = await writeSearchIndex(wholePages, fromWholePages);
    expect(indexed).toBe(
      builtPages(siteDir).filter((path) => readFileSync(fileFor(siteDir, path)!, 'utf-8').includes('data-pagefind-body')).length,
    );
    const filesOf = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
        .sort();
    for (const { folder } of SEARCH_INDEXES) {
      const built = join(siteDir, folder);
      const expected = join(fromWholePages, folder);
      expect(filesOf(built), folder).toEqual(filesOf(expected));
      for (const file of filesOf(expected))
        expect(readFileSync(join(built, file)).equals(readFileSync(join(expected, file))), `${folder}/${file}`).toBe(true);
    }
  });

  it('writes the reports’ date order beside their index: each report’s page id once, by its meeting date, newest first', () => {
    const pathOf = new Map(pagefindFragments(join(siteDir, filePaths.searchBundle)).map(({ id, url }) => [id, url]));
    const dateOf = (id: string) =>
      readPage(siteDir, pathOf.get(id)!).querySelector(`[data-pagefind-meta="${SEARCH_DATE_META}"]`)?.textContent;
    const order = JSON.parse(readFileSync(join(siteDir, filePaths.searchDateOrder), 'utf-8')) as string[][];
    expect(order.flat().toSorted()).toEqual([...pathOf.keys()].sort());
    expect([...pathOf.values()].sort()).toEqual(pages.filter(isArticlePage).sort());
    const dates = order.map((ids) => new Set(ids.map(dateOf)));
    for (const date of dates) expect(date.size).toBe(1);
    const groupDates = dates.map((date) => [...date][0]!);
    expect(groupDates).toEqual(groupDates.toSorted().reverse());
    expect(new Set(groupDates).size).toBe(groupDates.length);
  });

  it('includes the pages a reader expects', () => {
    for (const path of ['/', '/articles/', '/people/', '/topics/', '/timeline/', '/archive/', '/glossary/', '/404.html'])
      expect(pages).toContain(path);
    for (const { id } of articles) expect(pages).toContain(`/articles/${id}/`);
  });

  it('has a title naming the site, one h1, a main landmark and the document language', () => {
    for (const path of pages) {
      const document = readPage(siteDir, path);
      expect(document.title, path).toMatch(/ASEAN–Japan Dialogue Archive$/);
      expect(document.querySelectorAll('h1'), path).toHaveLength(1);
      expect(document.querySelector('main#main'), path).not.toBeNull();
      expect(document.documentElement.getAttribute('lang'), path).toBe('en');
    }
  });

  it('links only to pages and fragments that exist', () => {
    const broken: string[] = [];
    for (const path of pages) {
      const document = readPage(siteDir, path);
      for (const element of document.querySelectorAll('a[href], link[href], script[src], img[src]')) {
        const target = element.getAttribute('href') ?? element.getAttribute('src')!;
        if (/^[a-z]+:/i.test(target) || target.startsWith('//')) continue;
        const url = new URL(target, `https://archive.test${path}`);
        if (!fileFor(siteDir, decodeURIComponent(url.pathname))) {
          broken.push(`${path} → ${target}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && url.pathname.endsWith('/') && !readPage(siteDir, url.pathname).getElementById(fragment)) {
          broken.push(`${path} → ${target} (no #${fragment})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('loads at most two stylesheets: the one every page shares and its own', () => {
    const heavy = pages.flatMap((path) => {
      const sheets = readPage(siteDir, path).querySelectorAll('link[rel="stylesheet"]').length;
      return sheets > 2 ? [`${path}: ${sheets}`] : [];
    });
    expect(heavy).toEqual([]);
    // One of them is the same on every page (global.css and the components more than one route uses), so a reader's
    // browser fetches it once.
    const sheetsOf = (path: string) =>
      [...readPage(siteDir, path).querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href'));
    const onEveryPage = pages.map(sheetsOf).reduce((common, sheets) => common.filter((href) => sheets.includes(href)));
    expect(onEveryPage).toHaveLength(1);
    // A report page loads that one alone (its components' styles are in it, report-page.css): it is held to a weight
    // budget, and one stylesheet compresses better than two.
    const reportPages = pages.filter(isArticlePage);
    expect(reportPages.filter((path) => sheetsOf(path).length !== 1)).toEqual([]);
  });

  it('loads a stylesheet styling each class it uses that the site styles anywhere', () => {
    // Rules only some pages use live outside the shared stylesheet (listings.css, search-form.css, a route's own
    // styles); a page whose stylesheets lack them would show its cards, pagination or search form unstyled.
    const sheetsOf = (path: string) =>
      [...readPage(siteDir, path).querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href')!);
    const classesOfSheet = new Map<string, Set<string>>();
    const styledBy = (href: string) => {
      if (!classesOfSheet.has(href)) classesOfSheet.set(href, selectorClasses(readFileSync(fileFor(siteDir, href)!, 'utf-8')));
      return classesOfSheet.get(href)!;
    };
    const styledAnywhere = new Set(pages.flatMap(sheetsOf).flatMap((href) => [...styledBy(href)]));
    expect(styledAnywhere).toContain('card');
    const unstyled = pages.flatMap((path) => {
      const styledHere = new Set(sheetsOf(path).flatMap((href) => [...styledBy(href)]));
      const used = new Set([...readPage(siteDir, path).querySelectorAll('[class]')].flatMap((element) => [...element.classList]));
      return [...used].filter((name) => styledAnywhere.has(name) && !styledHere.has(name)).map((name) => `${path}: .${name}`);
    });
    expect(unstyled).toEqual([]);
  });

  it('ships little JavaScript, only for what needs it, and inline only the hashed theme initialiser and search start', () => {
    for (const path of pages) {
      const elements = [...readPage(siteDir, path).querySelectorAll('script:not([type="application/ld+json"])')];
      const inline = elements.filter((script) => !script.hasAttribute('src'));
      // Under the strict CSP (whose hashes security.test.ts checks) the inline scripts are the pre-paint theme
      // initialiser and, on the search page, what starts Pagefind from the head.
      expect(
        inline.map((script) =>
          script.textContent?.includes('archive-theme')
            ? 'theme'
            : script.textContent?.includes('createInstance')
              ? 'search'
              : 'other',
        ),
        path,
      ).toEqual(path === '/search/' ? ['theme', 'search'] : ['theme']);
      const scripts = elements.map((script) => scriptWithImports(siteDir, script));
      const has = (marker: string) => scripts.filter((code) => code.includes(marker)).length;
      expect(has('archive-theme'), `${path}: theme initialiser and switch`).toBe(2);
      expect(has('pagefind-highlight.js'), `${path}: search-term highlighter`).toBe(isArticlePage(path) ? 1 : 0);
      expect(has('clipboard'), `${path}: citation copy button`).toBe(isArticlePage(path) ? 1 : 0);
      expect(has('paragraph-citation'), `${path}: a paragraph's citation`).toBe(isArticlePage(path) ? 1 : 0);
      const meetingPage = /^\/meetings\/[^/]+\/$/.test(path);
      expect(has('report-columns'), `${path}: the meeting's reading view`).toBe(meetingPage ? 1 : 0);
      expect(has('.site-menu'), `${path}: the phone's menu`).toBe(1);
      if (path !== '/search/') {
        // The theme initialiser, the header's one script (menu and theme switch) and the page's own, if any.
        expect(scripts.length, path).toBe(isArticlePage(path) || meetingPage ? 3 : 2);
        // The page-weight budget's measure: gzip, as a host sends it, each file once (`npm run bench`).
        expect(transferWeight(siteDir, path).js, `${path}: JavaScript bytes, gzip`).toBeLessThanOrEqual(2048);
      }
    }
  });
});

describe.each(articles)('the article page of $id', ({ id, data }) => {
  let document: Document;
  beforeAll(() => {
    document = readPage(siteDir, `/articles/${id}/`);
  });

  it('names the publisher, and its short name after it where the two differ', () => {
    const { publisher, publisherShort } = data.publication;
    expect(document.querySelector('.article__publication dd')?.textContent).toBe(
      publisherShort === publisher ? publisher : `${publisher} (${publisherShort})`,
    );
  });

  it('names the section the report was published in, where its frontmatter gives one, in the report’s language', () => {
    const source = document.querySelector('[aria-labelledby="source-heading"] p')!;
    const { section } = data.publication;
    if (section === undefined) {
      expect(source.textContent).not.toContain('(section:');
      return;
    }
    expect(source.textContent).toContain(`(section: ${section}), published`);
    const marked = [...source.querySelectorAll('[lang]')].find((element) => element.textContent === section);
    expect(marked?.getAttribute('lang') ?? document.documentElement.lang).toBe(data.lang ?? 'en');
  });

  it('shows the dateline and the sign-off as received, each in a frame piece it opens or closes', () => {
    const { dateline, signature } = data.publication;
    const shown = (selector: string) => document.querySelector(selector)?.textContent ?? undefined;
    if (dateline)
      expect(data.source.frame.filter((piece: string) => piece.startsWith(dateline))).toContain(shown('.report-text__dateline'));
    if (signature)
      expect(data.source.frame.filter((piece: string) => piece.endsWith(signature))).toContain(shown('.report-text__signature'));
  });

  it("keeps the publisher's marks closing a dateline or opening a sign-off on the word beside them", () => {
    const dateline = document.querySelector('.report-text__dateline');
    if (dateline && /[^\p{L}\p{N}\s]\s*$/u.test(dateline.textContent!)) {
      const last = dateline.lastChild as Element;
      expect(last.nodeType === last.ELEMENT_NODE && last.matches('.unbroken')).toBe(true);
      expect(last.textContent).toMatch(/^\S*[\p{L}\p{N}]/u);
    }
    const signature = document.querySelector('.report-text__signature');
    if (signature && /^\s*[^\p{L}\p{N}\s]/u.test(signature.textContent!)) {
      const first = signature.firstChild as Element;
      expect(first.nodeType === first.ELEMENT_NODE && first.matches('.unbroken')).toBe(true);
      expect(first.textContent).toMatch(/[\p{L}\p{N}]\S*$/u);
    }
  });

  it('shows the headline, marking a supplied one', () => {
    const expected = data.headlineSupplied ? `[${data.headline}]` : data.headline;
    expect(document.querySelector('h1')?.textContent).toBe(expected);
    expect(document.title).toBe(`${expected} · ASEAN–Japan Dialogue Archive`);
  });

  it('dates the meeting and the publication in <time datetime>', () => {
    const datetimes = [...document.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
    expect(datetimes).toContain(data.meeting.date);
    expect(datetimes).toContain(data.publication.date);
  });

  it('links every participant, with their role, to their page', () => {
    for (const { person, role } of data.participants) {
      const link = document.querySelector(`.people-list a[href="/people/${person}/"]`);
      expect(link, person).not.toBeNull();
      expect(link!.closest('li')!.textContent).toContain(role);
    }
  });

  it('links every topic to its page', () => {
    const hrefs = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    for (const topic of data.topics) expect(hrefs).toContain(`/topics/${topic}/`);
  });

  it('renders the report word for word, paragraph for paragraph and line for line (no typographic rewriting)', () => {
    const received = readFileSync(join(contentDir, 'sources', data.source.file), 'utf-8');
    expect(bodyParagraphElements(document).map(renderedLineWords)).toEqual(
      receivedParagraphs(received, data.source.frame).map((paragraph) => paragraph.words),
    );
  });

  it('labels the summary as the archive’s, apart from the report', () => {
    const summary = document.querySelector('.summary')!;
    expect(summary.textContent).toContain('Summary by the archive');
    expect(summary.textContent).toContain(data.summary);
    expect(document.querySelector('.article__body')!.textContent).not.toContain(data.summary);
  });
});
