import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { serveSite, type StaticServer } from './serve.ts';

/** Debian's Chromium, started with no network chatter (this machine has no internet). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * For a browser test file: serves the test build on loopback and starts Chromium before its tests,
 * and stops both after them. Read `site.server` and `site.browser` inside the tests. The pages a test opens are
 * closed after it (those opened before all tests of a block stay open for them), so a file's pages do not pile up
 * and go on running their scripts on a busy machine.
 */
export function useSiteInBrowser(): { server: StaticServer; browser: Browser } {
  const site = {} as { server: StaticServer; browser: Browser };
  let openBefore = new Set<BrowserContext>();
  beforeAll(async () => {
    site.server = await serveSite(inject('siteDir'));
    site.browser = await launchBrowser();
  });
  beforeEach(() => {
    openBefore = new Set(site.browser.contexts());
  });
  afterEach(async () => {
    await Promise.all(
      site.browser
        .contexts()
        .filter((context) => !openBefore.has(context))
        .map((context) => context.close()),
    );
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
