import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../setup/browser.ts';

const site = useSiteInBrowser();

const LIGHT_BACKGROUND = 'rgb(253, 252, 249)';
const DARK_BACKGROUND = 'rgb(21, 23, 26)';

async function backgroundOf(context: BrowserContext, path: string) {
  const page = await context.newPage();
  await page.goto(site.server.url + path);
  return { page, background: await page.evaluate(() => getComputedStyle(document.body).backgroundColor) };
}

describe('the theme', () => {
  it('follows the system setting when the reader has not chosen', async () => {
    for (const [colorScheme, expected] of [
      ['light', LIGHT_BACKGROUND],
      ['dark', DARK_BACKGROUND],
    ] as const) {
      const context = await site.browser.newContext({ colorScheme });
      expect((await backgroundOf(context, '/')).background, colorScheme).toBe(expected);
      await context.close();
    }
  });

  it('remembers a chosen theme across pages, over the system setting, and can go back to the system', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    const { page } = await backgroundOf(context, '/');
    await page.getByLabel('Theme').selectOption('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK_BACKGROUND);

    const next = await backgroundOf(context, '/people/');
    expect(next.background).toBe(DARK_BACKGROUND);
    expect(await next.page.getByLabel('Theme').inputValue()).toBe('dark');

    await next.page.getByLabel('Theme').selectOption('system');
    expect((await backgroundOf(context, '/topics/')).background).toBe(LIGHT_BACKGROUND);
    await context.close();
  });

  it('applies a stored choice before the first paint, so the other theme never flashes', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => localStorage.setItem('archive-theme', 'dark'));
    const page = await context.newPage();
    // Hold the stylesheet back: the theme must already be decided by the time anything can render.
    await page.route('**/*.css', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    const themeAtFirstParse = page.waitForEvent('console').then((message) => message.text());
    await page.addInitScript(() =>
      document.addEventListener('readystatechange', () => console.log(document.documentElement.dataset.theme ?? 'none'), {
        once: true,
      }),
    );
    await page.goto(site.server.url + '/');
    expect(await themeAtFirstParse).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK_BACKGROUND);
    await context.close();
  });

  it('hides the switch without JavaScript, leaving the system setting in charge', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const { page, background } = await backgroundOf(context, '/');
    expect(await page.locator('[data-theme-switch]').isVisible()).toBe(false);
    expect(background).toBe(DARK_BACKGROUND);
    await context.close();
  });
});

describe('the keyboard', () => {
  it('reaches a visible skip link first, which moves focus to the main content', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.server.url + '/articles/2021-08-03-asean-japan-foreign-ministers-meeting/');
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0).toBe(true); // on screen once focused
    expect(await skip.evaluate((link) => getComputedStyle(link).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});
