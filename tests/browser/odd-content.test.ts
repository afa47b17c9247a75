import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { XMLParser } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../setup/browser.ts';
import { projectCopy } from '../setup/project-copy.ts';
import { runBuild } from '../setup/run-build.ts';
import { serveSite, type StaticServer } from '../setup/serve.ts';
import { builtPages } from '../setup/site.ts';
import { schemaValidator } from '../setup/json-schema.ts';

/**
 * A build of content that is odd but allowed: 2,000-character words in every field, emoji, Arabic and Hebrew
 * names, quotes, ampersands and angle brackets everywhere; and a second report of its meeting that names no one who
 * took part. Every page must open with no dialog, no script error, no Content-Security-Policy violation and nothing
 * wider than a 390 px phone.
 */
const fixture = new URL('../fixtures/hostile-content/odd-but-allowed/', import.meta.url).pathname;
// Built in a copy of the project of its own, beside the other files' builds.
const project = projectCopy('odd-but-allowed-');
const siteDir = join(project, 'site');
const PHONE = { width: 390, height: 844 };

let server: StaticServer;
let browser: Browser;
let pages: string[] = [];

beforeAll(async () => {
  const { code, output } = await runBuild({ ARCHIVE_CONTENT_DIR: fixture, ARCHIVE_OUT_DIR: siteDir }, { cwd: project });
  if (code !== 0) throw new Error(`The odd-but-allowed fixture did not build:\n${output}`);
  pages = builtPages(siteDir);
  server = await serveSite(siteDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit {
  dialogs: string[];
  errors: string[];
  violations: string[];
  overflow: { page: number; viewport: number; widest: string };
}

async function visit(path: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const found: Omit<Visit, 'overflow'> = { dialogs: [], errors: [], violations: [] };
  page.on('dialog', (dialog) => {
    found.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => found.errors.push(error.message));
  // Reported by the page itself; injected by the browser's debugging protocol, which the policy does not govern.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const seen = ((window as unknown as { cspViolations?: string[] }).cspViolations ??= []);
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(server.url + path);
  await page.waitForLoadState('networkidle');
  const result = await page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    // The element sticking out furthest, to name in a failure.
    let widest = '';
    let right = viewport;
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.right > right + 0.5) {
        right = box.right;
        widest = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
      }
    }
    return {
      violations: (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
      overflow: { page: document.documentElement.scrollWidth, viewport, widest },
    };
  });
  await context.close();
  return { ...found, violations: result.violations, overflow: result.overflow };
}

describe('a build with odd but allowed content', () => {
  it('has pages to open (the fixture built)', () => {
    expect(pages).toContain('/search/');
    expect(pages.some((path) => path.startsWith('/articles/') && path !== '/articles/')).toBe(true);
  });

  // A browser context per page, one after another: on a busy machine, minutes (a bound, not a speed check).
  it('opens every page at 390 px with no dialog, page error, CSP violation or horizontal overflow', async () => {
    const problems: Record<string, Partial<Visit>> = {};
    for (const path of pages) {
      const { dialogs, errors, violations, overflow } = await visit(path);
      const overflows = overflow.page > overflow.viewport;
      if (dialogs.length || errors.length || violations.length || overflows) {
        problems[path] = { dialogs, errors, violations, ...(overflows ? { overflow } : {}) };
      }
    }
    expect(problems).toEqual({});
  }, 180_000);

  it('gives feed readers the summary as text: its markup is escaped for HTML inside the XML', () => {
    const feed = new XMLParser().parse(readFileSync(join(siteDir, 'rss.xml'), 'utf-8'));
    const items: { link: string; description: string }[] = [feed.rss.channel.item].flat();
    const { description } = items.find(({ link }) => link.includes('/2021-08-03-odd-but-allowed/'))!;
    // Read as a feed reader reads it, as HTML: no element, and the summary's "<img …>" as text.
    const { body } = parseHTML(`<!doctype html><html><body>${description}</body></html>`).document;
    expect(body.children).toHaveLength(0);
    expect(body.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('shows a report that names no one without an empty list of people', () => {
    const page = (path: string) => parseHTML(readFileSync(join(siteDir, path, 'index.html'), 'utf-8')).document;
    const cards = [...page('articles').querySelectorAll('.article-card__meta')].map((meta) =>
      meta.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(cards).toContain('Wire Service');
    expect(cards.filter((text) => text.endsWith('·'))).toEqual([]);
    expect(page('articles/2021-08-04-no-one-named').getElementById('participants-heading')).toBeNull();
  });

  it('publishes open data that its own JSON Schema accepts, a report with no participant included', () => {
    const exported = JSON.parse(readFileSync(join(siteDir, 'data/articles.json'), 'utf-8'));
    expect(exported.articles.map(({ participants }: { participants: unknown[] }) => participants.length)).toContain(0);
    expect(schemaValidator(JSON.parse(readFileSync(join(siteDir, 'data/articles.schema.json'), 'utf-8')))(exported)).toEqual([]);
  });

  it('searches (WebAssembly allowed on /search/) and highlights from an over-long ?highlight= without an error', async () => {
    const article = pages.find((path) => path.startsWith('/articles/') && path !== '/articles/')!;
    for (const path of ['/search/?q=ministers', `${article}?highlight=${'ministers '.repeat(1_000)}`]) {
      const { dialogs, errors, violations } = await visit(path);
      expect({ path, dialogs, errors, violations }).toEqual({ path, dialogs: [], errors: [], violations: [] });
    }
  });
});
