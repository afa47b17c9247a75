import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../setup/browser.ts';

const site = useSiteInBrowser();

describe.each([
  ['phone', { width: 390, height: 844 }],
  ['desk', { width: 1280, height: 800 }],
])('the home page on a %s', (_, viewport) => {
  it('has the search box and the latest meeting on its first screen', async () => {
    const context = await site.browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/`);
    const onFirstScreen = (selector: string) =>
      page.locator(selector).evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight && box.height > 0;
      });
    expect(await onFirstScreen('#search-query')).toBe(true);
    // The newest meeting's card: its date and name, and the first of its reports.
    const latest = '[aria-labelledby="latest-heading"] .card-grid > li:first-child .meeting-card';
    expect(await onFirstScreen(`${latest} .eyebrow`)).toBe(true);
    expect(await onFirstScreen(`${latest} .meeting-card__name`)).toBe(true);
    expect(await onFirstScreen(`${latest} .report-lines li:first-child a`)).toBe(true);
    await context.close();
  });

  it('searches from its box on the search page', async () => {
    const context = await site.browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/`);
    await page.locator('#search-query').fill('reconciliation');
    await page.locator('#search-query').press('Enter');
    await page.waitForURL(/\/search\/\?q=reconciliation$/);
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe('1 report for “reconciliation”');
    await context.close();
  });
});
