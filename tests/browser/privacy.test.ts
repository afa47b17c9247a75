import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../setup/browser.ts';
import { serveSite, type StaticServer } from '../setup/serve.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveSite(inject('siteDir'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the site asks no third party for anything', () => {
  it.each(['/', '/articles/2021-08-03-asean-japan-foreign-ministers-meeting/?highlight=vaccine', '/search/?q=vaccine', '/timeline/'])(
    '%s',
    async (path) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const elsewhere: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(server.url) && !url.startsWith('data:')) elsewhere.push(url);
      });
      await page.goto(server.url + path);
      await page.waitForLoadState('networkidle');
      await context.close();
      expect(elsewhere).toEqual([]);
    },
  );
});
