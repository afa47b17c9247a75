import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../setup/browser.ts';

describe('the timeline in a browser', () => {
  const site = useSiteInBrowser();

  it('takes a reader from a timeline event to the paragraph it quotes', async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.server.url}/timeline/`);
    await page.getByRole('link', { name: /paragraph 7 of/ }).click();
    await page.waitForURL(/#p-7$/);
    expect(await page.locator('#p-7').textContent()).toContain('ASEAN + 3 Special Summit on COVID-April 19, 2020');
    expect(await page.locator('#p-7').isVisible()).toBe(true);
    await page.close();
  });
});
