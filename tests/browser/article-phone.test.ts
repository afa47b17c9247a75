import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../setup/browser.ts';

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 900 };
const ARTICLES = ['/articles/2020-10-15-35th-asean-japan-forum/', '/articles/2021-08-03-asean-japan-foreign-ministers-meeting/'];

describe('an article on a phone and on a desk', () => {
  const site = useSiteInBrowser();

  it.each(ARTICLES)(
    '%s: the meeting’s date on the first screen of a phone, its co-chairs within a screen and a half',
    async (path) => {
      const page = await site.browser.newPage({ viewport: PHONE });
      await page.goto(site.server.url + path);
      const card = page.getByRole('region', { name: 'The meeting at a glance' });
      const date = await card.locator('time').boundingBox();
      const coChairs = await card.locator('dt:text-is("Co-chairs:") + dd').boundingBox();
      await page.close();
      expect(date).not.toBeNull();
      expect(date!.y + date!.height).toBeLessThanOrEqual(PHONE.height);
      expect(coChairs).not.toBeNull();
      expect(coChairs!.y + coChairs!.height).toBeLessThanOrEqual(PHONE.height * 1.5);
    },
  );

  it('keeps the full facts beside the text on a desk, and no card above it', async () => {
    const page = await site.browser.newPage({ viewport: DESK });
    await page.goto(site.server.url + ARTICLES[0]);
    const facts = page.getByRole('complementary', { name: 'About this meeting' });
    const [factsBox, articleBox] = [await facts.boundingBox(), await page.locator('article').first().boundingBox()];
    const position = await facts.evaluate((element) => getComputedStyle(element).position);
    const cardShown = await page.getByRole('region', { name: 'The meeting at a glance' }).isVisible();
    await page.close();
    expect(factsBox!.x).toBeGreaterThan(articleBox!.x + articleBox!.width);
    expect(factsBox!.y).toBeLessThan(DESK.height);
    expect(position).toBe('sticky');
    expect(cardShown).toBe(false);
  });

  it('wraps the breadcrumbs on a phone with no line starting with a separator', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    // Its meeting's name is long enough to wrap the crumbs at 390 px.
    await page.goto(site.server.url + ARTICLES[1]);
    const lineStarts = await page
      .locator('.breadcrumbs li')
      .evaluateAll((items) =>
        items
          .filter(
            (item, index) => index === 0 || item.getBoundingClientRect().top > items[index - 1]!.getBoundingClientRect().top,
          )
          .map((item) => getComputedStyle(item, '::before').content.replace(/^none$|^normal$/, '') + item.textContent),
      );
    await page.close();
    expect(lineStarts.length).toBeGreaterThan(1);
    for (const start of lineStarts) expect(start.trim()).not.toMatch(/^["']?›/);
  });

  it.each(['/', '/articles/', '/timeline/', ...ARTICLES])(
    '%s: topic lists on a phone start no line with a separator, and nothing overflows',
    async (path) => {
      const page = await site.browser.newPage({ viewport: PHONE });
      await page.goto(site.server.url + path);
      const { lists, separators, overflow } = await page.evaluate(() => {
        const items = [...document.querySelectorAll('.topics-in-brief li, .tag-list li')];
        // A separator in the text or drawn around an item could start a wrapped line.
        const drawn = (item: Element, pseudo: string) =>
          getComputedStyle(item, pseudo).content.replace(/^none$|^normal$|^""$/, '');
        return {
          lists: document.querySelectorAll('.topics-in-brief, .tag-list').length,
          separators: items.filter((item) => /[·•|]/.test(item.textContent + drawn(item, '::before') + drawn(item, '::after')))
            .length,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      await page.close();
      expect(lists).toBeGreaterThan(0);
      expect(separators).toBe(0);
      expect(overflow).toBe(0);
    },
  );
});
