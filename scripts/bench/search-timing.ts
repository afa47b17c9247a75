/**
 * The first search on a cold search page, in headless Chromium on loopback, as readers make it, in two kinds:
 * typed (the page is opened, the query typed into its box as soon as the page has loaded, and the time measured
 * from the last keystroke until the result cards are on the page) and entered at once (a pasted query or a
 * `?q=` link: `/search/?q=…` opened, and the time measured from navigation until the first result card is on the
 * page); also which files of the search bundles the page fetched, and their bytes. Each search gets a fresh browser
 * context, so nothing is cached from the one before.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/setup/browser.ts';
import { gzipSize } from './page-weight.ts';
import { serveSite } from '../../tests/setup/serve.ts';

/** How the query reached the page: typed into its box, or in the address it was opened with. */
export type SearchKind = 'typed' | 'entered';

/** A file of the search bundles the page fetched, by its path on the site. */
export interface FetchedFile {
  path: string;
  /** As a static host sends it: JavaScript and JSON gzip-compressed, Pagefind's own files as they are (compressed). */
  gzipBytes: number;
}

export interface SearchTiming {
  query: string;
  kind: SearchKind;
  results: number;
  /** From navigation start until the page's Pagefind instance has every index loaded and merged (it starts at page load). */
  loadMs: number;
  /**
   * The wait the reader sees: typed, from the last keystroke until the results are shown; entered, from navigation
   * until the first result card is shown.
   */
  searchMs: number;
  /** Bytes of every response from the search bundles since the page was opened, as the loopback server sent them. */
  pagefindBytes: number;
  /** The same with JavaScript and JSON gzip-compressed, as a static host would send them. */
  pagefindGzipBytes: number;
  /** The files behind those bytes, in the order the page asked for them. */
  fetched: FetchedFile[];
}

/** About a quick typist's pace between keystrokes. */
const TYPING_DELAY_MS = 60;

export type SearchReport = { status: 'absent' } | { status: 'measured'; page: string; timings: SearchTiming[] };

export async function timeSearches(siteDir: string, pagePath: string, queries: readonly string[]): Promise<SearchReport> {
  if (!existsSync(join(siteDir, 'pagefind', 'pagefind.js'))) return { status: 'absent' };
  const server = await serveSite(siteDir);
  const browser = await launchBrowser();
  try {
    const timings: SearchTiming[] = [];
    for (const kind of ['typed', 'entered'] as const) {
      for (const query of queries) timings.push(await timeOneSearch(browser, `${server.url}${pagePath}`, query, kind));
    }
    return { status: 'measured', page: pagePath, timings };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function timeOneSearch(browser: Browser, pageUrl: string, query: string, kind: SearchKind): Promise<SearchTiming> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // Pagefind fetches from a worker, which the page's own DevTools session does not see; Playwright's events do.
    const pagefindSizes: Promise<{ path: string; served: number; gzipped: number }>[] = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      // Both bundles: the reports' (/pagefind/) and the people, topics and glossary entries' (/pagefind-entities/).
      if (!pathname.startsWith('/pagefind')) return;
      pagefindSizes.push(
        response.body().then((body) => ({
          path: pathname,
          served: body.length,
          // The test server sends files as they are; a real host gzips text, and Pagefind's own files are gzipped already.
          gzipped: /\.(js|json|css)$/.test(pathname) ? gzipSize(body) : body.length,
        })),
      );
    });

    const timing = kind === 'typed' ? await typeQuery(page, pageUrl, query) : await enterQuery(page, pageUrl, query);
    const sizes = await Promise.all(pagefindSizes);
    return {
      query,
      kind,
      ...timing,
      pagefindBytes: sizes.reduce((sum, size) => sum + size.served, 0),
      pagefindGzipBytes: sizes.reduce((sum, size) => sum + size.gzipped, 0),
      fetched: sizes.map(({ path, gzipped }) => ({ path, gzipBytes: gzipped })),
    };
  } finally {
    await context.close();
  }
}

type Shown = Pick<SearchTiming, 'results' | 'loadMs' | 'searchMs'>;

/** The query typed as soon as the page has loaded: the results shown after the last keystroke count. */
async function typeQuery(page: Page, pageUrl: string, query: string): Promise<Shown> {
  await page.goto(pageUrl, { waitUntil: 'load' });
  await page.evaluate(() => {
    const record = window as unknown as { lastKeystrokeAt: number };
    record.lastKeystrokeAt = Infinity;
    document.querySelector('#search-query')!.addEventListener('input', () => (record.lastKeystrokeAt = performance.now()));
  });
  await page.locator('#search-query').pressSequentially(query, { delay: TYPING_DELAY_MS });
  // The page marks each time it shows results; the one after the last keystroke, for the whole query, counts.
  const shown = await page.waitForFunction(
    (text) => {
      const { lastKeystrokeAt } = window as unknown as { lastKeystrokeAt: number };
      const rendered = performance.getEntriesByName('search:rendered').at(-1);
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      if (!rendered || rendered.startTime < lastKeystrokeAt || !status.includes(text)) return null;
      return {
        results: Number(/^\d+/.exec(status)?.[0] ?? 0),
        loadMs: performance.getEntriesByName('search:pagefind-ready').at(-1)?.startTime ?? Number.NaN,
        searchMs: rendered.startTime - lastKeystrokeAt,
      };
    },
    query,
    { timeout: 30_000 },
  );
  return (await shown.jsonValue())!;
}

/** The page opened with the query in its address: from navigation (time 0 of the page's clock) to the first card. */
async function enterQuery(page: Page, pageUrl: string, query: string): Promise<Shown> {
  await page.goto(`${pageUrl}?${new URLSearchParams({ q: query })}`, { waitUntil: 'commit' });
  const shown = await page.waitForFunction(
    (text) => {
      const rendered = performance.getEntriesByName('search:rendered').at(-1);
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      if (!rendered || !status.includes(text) || !document.querySelector('[data-result-list] > li')) return null;
      return {
        results: Number(/^\d+/.exec(status)?.[0] ?? 0),
        loadMs: performance.getEntriesByName('search:pagefind-ready').at(-1)?.startTime ?? Number.NaN,
        searchMs: rendered.startTime,
      };
    },
    query,
    { timeout: 30_000 },
  );
  return (await shown.jsonValue())!;
}
