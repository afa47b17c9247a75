import { chromium } from 'playwright-core';
import { serveSite } from './tests/setup/serve.ts';
const [siteDir, outDir, ...paths] = process.argv.slice(2);
const server = await serveSite(siteDir);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const path of paths) {
  for (const width of [390, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(server.url + path);
      const name = `${path.replace(/[^a-z0-9]+/gi, '_')}-${width}-${scheme}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
      await page.close();
    }
  }
}
await browser.close();
await server.close();
