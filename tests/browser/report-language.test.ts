import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../setup/browser.ts';

// The fixture archive's reports of the 2021 meeting in the languages they were published in.
const VIETNAMESE = '/articles/2021-08-02-hoi-nghi-bo-truong-ngoai-giao-asean-nhat/';
const JAPANESE = '/articles/2021-08-02-nichi-asean-gaisho-kaigi/';
const MOFA_ENGLISH = '/articles/2021-08-02-japan-asean-foreign-ministers-meeting/';

const site = useSiteInBrowser();

async function open(path: string): Promise<Page> {
  const page = await (await site.browser.newContext()).newPage();
  await page.goto(site.server.url + path);
  return page;
}

/** The language an element is read in: its nearest `lang`, as the browser resolves it. */
const nearestLang = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => element.closest('[lang]')?.getAttribute('lang') ?? null);

interface AXNode {
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
}

/** Chromium's accessibility tree of the page, as a screen reader gets it (CDP Accessibility.getFullAXTree). */
async function accessibilityTree(page: Page): Promise<AXNode[]> {
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('Accessibility.enable');
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  return nodes;
}

describe('a report in the language it was published in', () => {
  for (const [path, lang, headline] of [
    [VIETNAMESE, 'vi', /^Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản/],
    [JAPANESE, 'ja', /^日・ASEAN外相会議$/],
  ] as const) {
    it(`marks the ${lang} report's headline, dateline, body and sign-off ${lang}, and the archive's interface around them en`, async () => {
      const page = await open(path);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('h1').textContent()).toMatch(headline);
      expect(await nearestLang(page, 'h1')).toBe(lang);
      expect(await nearestLang(page, '.article__body p[id^="p-"]')).toBe(lang);
      for (const chrome of ['header', 'footer', '.eyebrow', '.summary', '.breadcrumbs, nav', '#meeting-facts, .facts'])
        expect(await nearestLang(page, chrome), chrome).toBe('en');
      // Paragraph numbers and the cite links are the archive's, but sit inside the body: they are numbers only.
      expect(await page.locator('.article__body .paragraph-number').first().textContent()).toMatch(/^\s*¶?\s*\d+\s*$/);
    });
  }

  it('marks the Vietnamese dateline and sign-off with the report’s language', async () => {
    const page = await open(VIETNAMESE);
    expect(await page.locator('.dateline').textContent()).toBe('HÀ NỘI —');
    expect(await nearestLang(page, '.dateline')).toBe('vi');
    expect(await page.locator('.signature').textContent()).toBe('— TTXVN');
    expect(await nearestLang(page, '.signature')).toBe('vi');
  });

  it('gives Chromium’s accessibility tree the headline and body text under the report’s lang', async () => {
    const page = await open(JAPANESE);
    const nodes = await accessibilityTree(page);
    const heading = nodes.find((node) => node.role?.value === 'heading' && node.name?.value === '日・ASEAN外相会議');
    expect(heading).toBeDefined();
    // Where Chromium's CDP tree gives its nodes a language property, it must be the report's or the interface's.
    const languages = nodes.flatMap((node) => node.properties?.filter(({ name }) => name === 'language') ?? []);
    for (const { value } of languages) expect(['en', 'ja']).toContain(value.value);
  });

  it('links a report’s versions in other languages both ways: “Also in Japanese”, “Also in English”', async () => {
    const english = await open(MOFA_ENGLISH);
    const toJapanese = english.getByRole('link', { name: 'Also in Japanese' });
    expect(new URL((await toJapanese.getAttribute('href'))!, site.server.url).pathname).toBe(JAPANESE);
    expect(await toJapanese.getAttribute('hreflang')).toBe('ja');
    const japanese = await open(JAPANESE);
    const toEnglish = japanese.getByRole('link', { name: 'Also in English' });
    expect(new URL((await toEnglish.getAttribute('href'))!, site.server.url).pathname).toBe(MOFA_ENGLISH);
    expect(await toEnglish.getAttribute('hreflang')).toBe('en');
    // The Vietnamese report is no version of either.
    expect(await (await open(VIETNAMESE)).getByRole('link', { name: /^Also in / }).count()).toBe(0);
  });
});
