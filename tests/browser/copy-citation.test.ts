import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../setup/browser.ts';

const articlePath = '/articles/2020-10-15-35th-asean-japan-forum/';

describe('citing an article in a browser', () => {
  // The pages' own Content-Security-Policy refuses any inline script it has no hash for.
  const site = useSiteInBrowser();

  it('copies a citation with the button when JavaScript runs', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const page = await context.newPage();
    await page.goto(site.server.url + articlePath);
    const button = page.getByRole('button', { name: 'Copy the APA citation' });
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => page.locator('.copy-button__status').nth(1).textContent()).toBe('Copied');
    const expected = (await page.locator('#citation-apa').textContent())!.trim();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(expected).toMatch(/\. \(2020, October 15\)\. Ministry of Industry and Trade of Viet Nam\. /);
    await context.close();
  });

  it('shows the citations as plain text, and no dead button, without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url + articlePath);
    for (const style of ['chicago', 'apa', 'mla']) {
      expect(await page.locator(`#citation-${style}`).isVisible()).toBe(true);
      expect(await page.locator(`#citation-${style}`).textContent()).toContain('Ministry of Industry and Trade of Viet Nam');
    }
    expect(await page.locator('.cite button').count()).toBe(4);
    expect(await page.locator('paragraph-citation').isVisible()).toBe(false);
    expect(await page.locator('.cite button:visible').count()).toBe(0);
    await context.close();
  });
});
