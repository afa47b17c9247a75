import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
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
    // APA's entry of a web page: the date, then the archive holding the page, then the ministry's site.
    expect(expected).toMatch(
      /\. \(2020, October 15\)\. ASEAN–Japan Dialogue Archive\. Ministry of Industry and Trade of Viet Nam\. /,
    );
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

  /** The file a click on the link named `name` downloads, and the name it is saved under. */
  async function downloaded(page: Page, name: string): Promise<{ text: string; file: string }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
    return { text: readFileSync((await download.path())!, 'utf-8'), file: download.suggestedFilename() };
  }

  it("downloads each citation file with the reader's day as the access date, the build's words otherwise", async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(2026, 11, 7, 10, 0));
    await page.goto(site.server.url + articlePath);
    const id = articlePath.split('/')[2];
    const built = (format: string) => readFileSync(join(inject('siteDir'), articlePath, `citation.${format}`), 'utf-8');

    const bib = await downloaded(page, 'BibTeX (biblatex)');
    expect(bib.file).toBe(`${id}.bib`);
    expect(bib.text).toBe(built('bib').replace(/(\n {2}url = \{[^}]*\},)/, '$1\n  urldate = {2026-12-07},'));
    const ris = await downloaded(page, 'RIS');
    expect(ris.file).toBe(`${id}.ris`);
    expect(ris.text).toBe(built('ris').replace(/(\r\nUR {2}- [^\r]*)/, '$1\r\nY2  - 2026/12/07/'));
    const json = await downloaded(page, 'CSL-JSON');
    expect(JSON.parse(json.text)).toEqual(
      JSON.parse(built('json')).map((item: object) => ({ ...item, accessed: { 'date-parts': [[2026, 12, 7]] } })),
    );
    await context.close();
  });

  it("downloads the build's file as it is without JavaScript", async () => {
    const context = await site.browser.newContext({ acceptDownloads: true, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url + articlePath);
    const bib = await downloaded(page, 'BibTeX (biblatex)');
    expect(bib.text).not.toContain('urldate');
    expect(bib.file).toBe(`${articlePath.split('/')[2]}.bib`);
    await context.close();
  });
});
