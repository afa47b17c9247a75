import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../setup/browser.ts';
import { serveSite, type StaticServer } from '../setup/serve.ts';

const articlePath = '/articles/2020-10-15-35th-asean-japan-forum/';

describe('citing an article in a browser', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    // The script must load as a file under a policy that forbids inline scripts.
    server = await serveSite(inject('siteDir'), { 'Content-Security-Policy': "script-src 'self'" });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('copies a citation with the button when JavaScript runs', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    await page.goto(server.url + articlePath);
    const button = page.getByRole('button', { name: 'Copy the APA citation' });
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => page.locator('.copy-button__status').nth(1).textContent()).toBe('Copied');
    const expected = (await page.locator('#citation-apa').textContent())!.trim();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(expected).toMatch(/^Ministry of Industry and Trade of Viet Nam\. \(2020, October 15\)\. /);
    await context.close();
  });

  it('shows the citations as plain text, and no dead button, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + articlePath);
    for (const style of ['chicago', 'apa', 'mla']) {
      expect(await page.locator(`#citation-${style}`).isVisible()).toBe(true);
      expect(await page.locator(`#citation-${style}`).textContent()).toContain('Ministry of Industry and Trade of Viet Nam');
    }
    expect(await page.locator('.cite button').count()).toBe(3);
    expect(await page.locator('.cite button:visible').count()).toBe(0);
    await context.close();
  });

  it('takes a reader from a timeline event to the paragraph it quotes', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}/timeline/`);
    await page.getByRole('link', { name: /paragraph 7 of/ }).click();
    await page.waitForURL(/#p-7$/);
    expect(await page.locator('#p-7').textContent()).toContain('ASEAN + 3 Special Summit on COVID-April 19, 2020');
    expect(await page.locator('#p-7').isVisible()).toBe(true);
    await page.close();
  });
});
