import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../setup/browser.ts';

// The fixture archive's reports of the 2021 meeting in the languages they were published in.
const VIETNAMESE = '/articles/2021-08-02-hoi-nghi-bo-truong-ngoai-giao-asean-nhat/';
const JAPANESE = '/articles/2021-08-02-nichi-asean-gaisho-kaigi/';
const THAI = '/articles/2021-08-02-kan-prachum-ratthamontri-tangprathet-asean-yipun/';
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
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  backendDOMNodeId?: number;
}

/**
 * The text of Chromium's accessibility tree, as a screen reader gets it (CDP Accessibility.getFullAXTree): each
 * heading, paragraph, blockquote and text node with a name, with the language it is read in. The tree gives no
 * language itself; a screen reader takes it from the node's DOM element's `lang`, inherited, as this does through
 * the node's backend DOM id.
 */
async function spokenText(page: Page): Promise<{ role: string; name: string; lang: string | null }[]> {
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('Accessibility.enable');
  await session.send('DOM.getDocument', { depth: -1 });
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  const spoken = nodes.filter(
    (node) =>
      !node.ignored &&
      node.backendDOMNodeId !== undefined &&
      node.name?.value.trim() &&
      ['heading', 'paragraph', 'blockquote', 'StaticText'].includes(node.role?.value ?? ''),
  );
  return Promise.all(
    spoken.map(async (node) => {
      const { object } = (await session.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId })) as {
        object: { objectId: string };
      };
      const { result } = (await session.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration:
          'function () { const element = this.nodeType === 1 ? this : this.parentElement; return element.closest("[lang]")?.lang ?? null; }',
        returnByValue: true,
      })) as { result: { value: string | null } };
      return { role: node.role!.value, name: node.name!.value, lang: result.value };
    }),
  );
}

/** The language each of the texts is read in, as the accessibility tree names them (the node whose name it is). */
async function readIn(page: Page, texts: readonly string[]): Promise<(string | null | undefined)[]> {
  const spoken = await spokenText(page);
  return texts.map(
    (text) => spoken.find(({ name }) => name.replace(/\s+/g, ' ').toLowerCase().includes(text.toLowerCase()))?.lang,
  );
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
      // Paragraph numbers are the archive's, inside the body: numbers shown, their label ("Paragraph 1") said in English.
      expect(await page.locator('.article__body .paragraph-number').first().textContent()).toMatch(/^\s*¶?\s*\d+\s*$/);
      expect(await nearestLang(page, '.article__body .paragraph-number')).toBe('en');
    });
  }

  it('sets a Thai headline in lines tall enough for the marks above and below its letters', async () => {
    const page = await open(THAI);
    const { lineHeight, fontSize } = await page.locator('h1').evaluate((h1) => ({
      lineHeight: parseFloat(getComputedStyle(h1).lineHeight),
      fontSize: parseFloat(getComputedStyle(h1).fontSize),
    }));
    expect(lineHeight / fontSize).toBeGreaterThanOrEqual(1.5);
    const english = await open('/articles/2021-08-02-japan-pledges-vaccines-at-asean-talks/');
    const ratio = await english
      .locator('h1')
      .evaluate((h1) => parseFloat(getComputedStyle(h1).lineHeight) / parseFloat(getComputedStyle(h1).fontSize));
    expect(ratio).toBeLessThan(1.5);
  });

  it('marks the Vietnamese dateline and sign-off with the report’s language, each as received', async () => {
    const page = await open(VIETNAMESE);
    expect(await page.locator('.report-text__dateline').textContent()).toBe('HÀ NỘI -');
    expect(await nearestLang(page, '.report-text__dateline')).toBe('vi');
    expect(await page.locator('.report-text__signature').textContent()).toBe('- TTXVN');
    expect(await nearestLang(page, '.report-text__signature')).toBe('vi');
  });

  // Screen readers switch voice on the report's words: each text Chromium's accessibility tree gives them is read in
  // the report's language (its headline, dateline, paragraphs, sign-off), and the archive's words around them in English.
  for (const [path, lang, words] of [
    [
      VIETNAMESE,
      'vi',
      // The dateline's last word is a text of its own, kept with its mark ("HÀ " and "NỘI -").
      ['Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản', 'NỘI -', 'Tối 2/8, Bộ trưởng Ngoại giao', 'Phát biểu bế mạc'],
    ],
    [JAPANESE, 'ja', ['日・ASEAN外相会議', '茂木敏充外務大臣は', '拉致問題の即時解決']],
    [THAI, 'th', ['การประชุมรัฐมนตรีต่างประเทศอาเซียน-ญี่ปุ่น', 'นายดอน ปรมัตถ์วินัย', 'เสรีภาพในการเดินเรือในทะเลจีนใต้']],
  ] as const) {
    it(`gives Chromium’s accessibility tree the ${lang} report’s words in ${lang}, the archive’s in en`, async () => {
      const page = await open(path);
      expect(await readIn(page, words)).toEqual(words.map(() => lang));
      expect(await readIn(page, ['Summary by the archive', 'Skip to content'])).toEqual(['en', 'en']);
    });
  }

  it('gives Chromium’s accessibility tree each quote of a person’s page in its report’s language', async () => {
    const page = await open('/people/motegi-toshimitsu/quotes/');
    const quotes = ['Tối 2/8, Bộ trưởng Ngoại giao', 'นายโทชิมิตสึ โมเตงิ', '茂木敏充外務大臣は'];
    expect(await readIn(page, quotes)).toEqual(['vi', 'th', 'ja']);
  });

  // A publisher's name is in the language it is written in, not always the report's: the Japanese release names the
  // ministry in English. Every text of the tree that holds the name, wherever the page shows it (the facts, the
  // source, the citations, a meeting's lists, the cards), is read in the name's language.
  const PUBLISHERS = [
    ['Thông tấn xã Việt Nam', 'vi'],
    ['กระทรวงการต่างประเทศ', 'th'],
    ['Ministry of Foreign Affairs of Japan', 'en'],
    ['Viet Nam News', 'en'],
  ] as const;
  for (const path of [
    VIETNAMESE,
    THAI,
    JAPANESE,
    '/meetings/asean-japan-foreign-ministers-meeting-2021/',
    '/meetings/',
    '/articles/',
  ]) {
    it(`gives Chromium’s accessibility tree each publisher’s name in its own language on ${path}`, async () => {
      const spoken = await spokenText(await open(path));
      const found = PUBLISHERS.flatMap(([name, lang]) =>
        spoken.filter((node) => node.name.trim() === name).map((node) => ({ name, spokenIn: node.lang, lang })),
      );
      expect(found.length, 'the page names publishers').toBeGreaterThan(0);
      for (const { name, spokenIn, lang } of found) expect(spokenIn, name).toBe(lang);
      if (path === VIETNAMESE || path === THAI) {
        // The facts, the source note and each of the three citations.
        expect(found.length, path).toBeGreaterThanOrEqual(5);
      }
    });
  }

  it('gives Chromium’s accessibility tree the search page’s filter options and chips in the language of their values', async () => {
    const page = await open(
      `/search/?${new URLSearchParams({ q: 'ASEAN', publisher: 'กระทรวงการต่างประเทศ', participant: 'Bùi Thanh Sơn' })}`,
    );
    await expect.poll(() => page.locator('[data-chip-list] button').count()).toBe(2);
    await expect.poll(() => page.locator('[data-result-list] > li').count()).toBe(1);
    const spoken = await spokenText(page);
    const spokenIn = (name: string) => spoken.filter((node) => node.name.trim() === name).map((node) => node.lang);
    // The option, the chip and the card's publisher.
    expect(spokenIn('กระทรวงการต่างประเทศ')).toEqual(['th', 'th', 'th']);
    // The option and the chip (the card gives no participants).
    expect(spokenIn('Bùi Thanh Sơn')).toEqual(['vi', 'vi']);
    expect(spokenIn('Kyodo News'), 'an English publisher’s option').toEqual(['en']);
  });

  it('marks a person’s name on the search page’s people cards with the language it is written in', async () => {
    const nameLink = async (query: string, name: string) => {
      const page = await open(`/search/?${new URLSearchParams({ q: query })}`);
      const link = page.locator('[data-entity-list] .result__title a', { hasText: name });
      await expect.poll(() => link.count()).toBe(1);
      return link.evaluate((element) => element.closest('[lang]')?.getAttribute('lang') ?? null);
    };
    expect(await nameLink('Bui Thanh Son', 'Bùi Thanh Sơn')).toBe('vi');
    // A romanised name is the page's English.
    expect(await nameLink('Motegi', 'Toshimitsu Motegi')).toBe('en');
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
