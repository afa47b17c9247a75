import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIST_PAGE_SIZE } from '../../src/lib/pagination.ts';
import { RESULTS_PAGE_SIZE } from '../../src/lib/search-terms.ts';
import { launchBrowser } from '../setup/browser.ts';
import { archiveFixtureDir } from '../setup/paths.ts';
import { projectCopy } from '../setup/project-copy.ts';
import { runBuild } from '../setup/run-build.ts';
import { serveSite } from '../setup/serve.ts';
import { builtPages, fileFor, readPage } from '../setup/site.ts';

/**
 * One build for every listing that pages, the search results among them: the fixture archive plus copies of its
 * latest report (one more meeting in that year than a page holds) and enough more people for three pages of the
 * People index.
 */
const COPIES = LIST_PAGE_SIZE;
/** With the fixture archive's six: 250 people, three pages of 120. */
const EXTRA_PEOPLE = 244;
// Built in a copy of the project of its own, beside the other files' builds.
const project = projectCopy('many-articles-');
const archiveDir = join(project, 'content');
const siteDir = join(project, 'site');
const copied = readdirSync(join(archiveFixtureDir, 'articles'))
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .at(-1)!;
const copiedYear = copied.slice(0, 4);

describe(`an archive with ${COPIES} more meetings in ${copiedYear} and ${EXTRA_PEOPLE} more people`, () => {
  let pages: string[];
  beforeAll(async () => {
    for (const entities of ['articles', 'meetings', 'people', 'topics', 'glossary', 'sources']) {
      cpSync(join(archiveFixtureDir, entities), join(archiveDir, entities), { recursive: true });
    }
    // Each copy reports a meeting of its own, a copy of the report's meeting.
    const text = readFileSync(join(archiveFixtureDir, 'articles', copied), 'utf-8');
    const meetingId = /^meeting:\n {2}id: (\S+)$/m.exec(text)![1];
    const meeting = readFileSync(join(archiveFixtureDir, 'meetings', `${meetingId}.yaml`), 'utf-8');
    for (let copy = 1; copy <= COPIES; copy++) {
      const copyId = `${meetingId}-copy-${copy}`;
      writeFileSync(join(archiveDir, 'meetings', `${copyId}.yaml`), meeting.replace(/^name: (.*)$/m, `name: $1, copy ${copy}`));
      writeFileSync(
        join(archiveDir, 'articles', copied.replace(/\.mdx$/, `-copy-${copy}.mdx`)),
        text.replace(`  id: ${meetingId}`, `  id: ${copyId}`),
      );
    }
    for (let person = 1; person <= EXTRA_PEOPLE; person++) {
      const country = `Country ${String(person % 10).padStart(2, '0')}`;
      writeFileSync(join(archiveDir, 'people', `person-${person}.yaml`), `name: Person ${person}\ncountry: ${country}\n`);
    }
    const { code, output } = await runBuild({ ARCHIVE_CONTENT_DIR: archiveDir, ARCHIVE_OUT_DIR: siteDir }, { cwd: project });
    if (code !== 0) throw new Error(`The bigger archive did not build:\n${output}`);
    pages = builtPages(siteDir);
  }, 300_000);

  it('keeps every listing page within the page size', () => {
    const listings: [pattern: RegExp, items: string][] = [
      [/^\/timeline\//, '.timeline__entry'],
      [/^\/archive\/\d{4}\//, '.card-grid > li'],
      [/^\/topics\/[^/]+\//, '.article-timeline__entries > li'],
      [/^\/people\/[^/]+\//, '.appearance-list > li'],
      [/^\/glossary\/[^/]+\//, '.card-grid > li'],
    ];
    for (const [pattern, items] of listings) {
      const matching = pages.filter((path) => pattern.test(path));
      expect(
        matching.some((path) => path.includes('/page/2/')),
        `${pattern} has a second page`,
      ).toBe(true);
      for (const path of matching) {
        expect(readPage(siteDir, path).querySelectorAll(items).length, path).toBeLessThanOrEqual(LIST_PAGE_SIZE);
      }
    }
  });

  it('lists every meeting of a year exactly once across its pages, linked page to page', () => {
    const seen: string[] = [];
    let path: string | undefined = `/archive/${copiedYear}/`;
    while (path) {
      const document = readPage(siteDir, path);
      seen.push(...[...document.querySelectorAll('.meeting-card h2 a')].map((a) => a.getAttribute('href')!));
      const next = document.querySelector('.pagination a[rel="next"]')?.getAttribute('href') ?? undefined;
      if (next) expect(pages).toContain(next);
      path = next;
    }
    expect(seen).toHaveLength(COPIES + 1);
    expect(new Set(seen).size).toBe(COPIES + 1);
  });

  it('counts the year on the archive page as its pages list it', () => {
    const count = readPage(siteDir, '/archive/').querySelector('.archive-year:last-child .archive-year__count')!.textContent;
    expect(count).toBe(`${COPIES + 1} meetings`);
  });

  it('splits the people index into pages of 120 that together list everyone once', () => {
    const indexPages = pages.filter((path) => /^\/people\/(page\/\d+\/)?$/.test(path));
    expect(indexPages).toEqual(['/people/', '/people/page/2/', '/people/page/3/']);
    const listed = indexPages.flatMap((path) =>
      [...readPage(siteDir, path).querySelectorAll('.card a[href^="/people/"]')].map((link) => link.getAttribute('href')),
    );
    expect(listed).toHaveLength(EXTRA_PEOPLE + readdirSync(join(archiveFixtureDir, 'people')).length);
    expect(new Set(listed).size).toBe(listed.length);

    const first = readPage(siteDir, '/people/');
    expect(first.querySelector('nav.pagination a[rel="next"]')?.getAttribute('href')).toBe('/people/page/2/');
    expect(first.querySelector('nav.pagination a[rel="next"]')?.textContent?.trim()).toBe('Next →');
    expect(readPage(siteDir, '/people/page/3/').querySelector('h1')?.textContent).toBe('People, page 3');
    for (const path of indexPages) expect(readFileSync(fileFor(siteDir, path)!).length).toBeLessThan(100 * 1024);
  });

  it('shows search results a page at a time, each "Show more" adding the next and taking focus to the first added', async () => {
    const server = await serveSite(siteDir);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/search/?q=Motegi`);
      await page.waitForSelector('[data-search-ready]');
      const found = Number(/^(\d+) reports/.exec((await page.locator('[data-search-status]').textContent())!)?.[1]);
      expect(found).toBeGreaterThan(COPIES);
      const cards = page.locator('[data-result-list] > li');
      const more = page.locator('[data-more-results]');
      expect(await cards.count()).toBe(RESULTS_PAGE_SIZE);
      for (let shown = RESULTS_PAGE_SIZE; shown < found; shown += RESULTS_PAGE_SIZE) {
        await more.click();
        await expect.poll(() => cards.count()).toBe(Math.min(shown + RESULTS_PAGE_SIZE, found));
        expect(
          await page.evaluate(
            (index) => document.activeElement === document.querySelectorAll('[data-result-list] > li a')[index],
            shown,
          ),
        ).toBe(true);
      }
      expect(await more.isHidden()).toBe(true);
      const links = await cards
        .locator('a')
        .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
      expect(new Set(links).size).toBe(found);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
