/**
 * The first search of a cold page, in headless Chromium on loopback: how long until results, and how many bytes
 * the search fetched. Each query gets a fresh browser context, so nothing is cached from the query before.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../setup/browser.ts';
import { gzipSize } from './page-weight.ts';
import { serveSite } from '../setup/serve.ts';

export interface SearchTiming {
  query: string;
  results: number;
  /** `import('/pagefind/pagefind.js')` and `init()`: the work done once per page. */
  loadMs: number;
  /** `search()` and the data of the first five results. */
  searchMs: number;
  /** Bytes of every response under /pagefind/ since the page was opened, as the loopback server sent them. */
  pagefindBytes: number;
  /** The same with JavaScript and JSON gzip-compressed, as a static host would send them. */
  pagefindGzipBytes: number;
}

export type SearchReport = { status: 'absent' } | { status: 'measured'; page: string; timings: SearchTiming[] };

export async function timeSearches(siteDir: string, pagePath: string, queries: readonly string[]): Promise<SearchReport> {
  if (!existsSync(join(siteDir, 'pagefind', 'pagefind.js'))) return { status: 'absent' };
  const server = await serveSite(siteDir);
  const browser = await launchBrowser();
  try {
    const timings: SearchTiming[] = [];
    for (const query of queries) timings.push(await timeOneSearch(browser, `${server.url}${pagePath}`, query));
    return { status: 'measured', page: pagePath, timings };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function timeOneSearch(browser: Browser, pageUrl: string, query: string): Promise<SearchTiming> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // Pagefind fetches from a worker, which the page's own DevTools session does not see; Playwright's events do.
    const pagefindSizes: Promise<{ served: number; gzipped: number }>[] = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (!pathname.startsWith('/pagefind/')) return;
      pagefindSizes.push(
        response.body().then((body) => ({
          served: body.length,
          // The test server sends files as they are; a real host gzips text, and Pagefind's own files are gzipped already.
          gzipped: /\.(js|json|css)$/.test(pathname) ? gzipSize(body) : body.length,
        })),
      );
    });

    await page.goto(pageUrl, { waitUntil: 'load' });
    const timing = await page.evaluate(async (text) => {
      const started = performance.now();
      // Through a variable, so TypeScript does not look for this browser-only module when checking.
      const pagefindUrl = '/pagefind/pagefind.js';
      const pagefind = await import(pagefindUrl);
      await pagefind.init();
      const loaded = performance.now();
      const search = await pagefind.search(text);
      await Promise.all(search.results.slice(0, 5).map((result: { data: () => Promise<unknown> }) => result.data()));
      return { results: search.results.length as number, loadMs: loaded - started, searchMs: performance.now() - loaded };
    }, query);
    const sizes = await Promise.all(pagefindSizes);
    return {
      query,
      ...timing,
      pagefindBytes: sizes.reduce((sum, size) => sum + size.served, 0),
      pagefindGzipBytes: sizes.reduce((sum, size) => sum + size.gzipped, 0),
    };
  } finally {
    await context.close();
  }
}
