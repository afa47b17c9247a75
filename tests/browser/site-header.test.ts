import { describe, expect, inject, it } from 'vitest';
import { useSiteInBrowser } from '../setup/browser.ts';
import { builtPages } from '../setup/site.ts';

const site = useSiteInBrowser();
// One page of each kind: the first of each top-level section.
const samplePages = [
  ...new Map(
    builtPages(inject('siteDir'))
      .filter((path) => path.endsWith('/'))
      .map((path) => [path.split('/')[1], path]),
  ).values(),
];

describe('the site header', () => {
  it.each(samplePages)('is one row of at most 64 px, with title, search and menu: %s', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(site.server.url + path);
    const header = page.locator('header.site-header');
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
    expect(await header.locator('.site-title').isVisible()).toBe(true);
    expect(await header.getByRole('link', { name: 'Search' }).isVisible()).toBe(true);
    expect(await header.locator('summary', { hasText: 'Menu' }).isVisible()).toBe(true);
    // No search box in the header: the search page has the only one.
    expect(await header.locator('input').count()).toBe(0);
    await context.close();
  });

  it.each([true, false])(
    'opens the full menu and the theme choice from the menu control (JavaScript %s)',
    async (javaScriptEnabled) => {
      const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${site.server.url}/articles/`);
      const nav = page.getByRole('navigation', { name: 'Main' });
      expect(await nav.isVisible()).toBe(false);
      await page.locator('header summary').click();
      expect(await nav.isVisible()).toBe(true);
      expect(await nav.getByRole('link').allTextContents()).toEqual([
        'Articles',
        'Meetings',
        'Timeline',
        'By date',
        'People',
        'Topics',
        'Glossary',
      ]);
      // The theme choice needs JavaScript to do anything, so it is offered only with it.
      expect(await page.getByLabel('Theme').isVisible()).toBe(javaScriptEnabled);
      await page.locator('header summary').click();
      expect(await nav.isVisible()).toBe(false);
      await context.close();
    },
  );

  it('closes the menu on Escape, focus back on its toggle, and when focus moves on past it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/articles/`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const toggle = page.locator('header summary');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await nav.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await nav.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Menu');
    // Open again and go on past the theme choice, the panel's last control.
    await page.keyboard.press('Enter');
    await page.getByLabel('Theme').focus();
    await page.keyboard.press('Tab');
    expect(await nav.isVisible()).toBe(false);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.site-menu')))).toBe(false);
    await context.close();
  });

  it('shows the menu in the row on a wide screen', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/articles/`);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
    expect((await page.locator('header.site-header').boundingBox())!.height).toBeLessThanOrEqual(64);
    await context.close();
  });

  it('has Tab go through the wide header left to right, as its controls stand', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/articles/`);
    const header = page.locator('header.site-header');
    const lefts: number[] = [];
    await header.locator('.site-title').focus();
    while (await header.evaluate((element) => element.contains(document.activeElement))) {
      lefts.push(await page.evaluate(() => document.activeElement!.getBoundingClientRect().left));
      await page.keyboard.press('Tab');
    }
    // The title, Search, the seven sections and the theme choice.
    expect(lefts).toHaveLength(10);
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
    await context.close();
  });
});
