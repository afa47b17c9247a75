import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../setup/browser.ts';

const site = useSiteInBrowser();

describe('the site asks no third party for anything', () => {
  it.each([
    '/',
    '/articles/2021-08-03-asean-japan-foreign-ministers-meeting/?highlight=vaccine',
    '/search/?q=vaccine',
    '/timeline/',
  ])('%s', async (path) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(site.server.url) && !url.startsWith('data:')) elsewhere.push(url);
    });
    await page.goto(site.server.url + path);
    await page.waitForLoadState('networkidle');
    await context.close();
    expect(elsewhere).toEqual([]);
  });
});
