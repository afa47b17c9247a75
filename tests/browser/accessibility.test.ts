import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { useSiteInBrowser } from '../setup/browser.ts';
import { onePagePerRoute } from '../setup/site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf-8');
const siteDir = inject('siteDir');
// Every route (its largest page) in both themes; pages of one route share their template. The search page also as
// it is after a search that found nothing (suggestions and browse links) and one found through an alias.
const pages = [...onePagePerRoute(siteDir), '/search/?q=Montegi', '/search/?q=Bien+Dong'];

const site = useSiteInBrowser();

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe.each(['light', 'dark'] as const)('axe-core, WCAG 2.2 AA, %s theme', (colorScheme) => {
  it.each(pages)('%s', async (path) => {
    // axe is injected through the DevTools protocol, which the page's own CSP does not govern.
    const context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.server.url + path);
    if (path.startsWith('/search/')) await page.waitForSelector('[data-search-ready]');
    await page.evaluate(axeSource);
    const violations: Violation[] = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return result.violations.map(({ id, help, nodes }) => ({
        id,
        help,
        nodes: nodes.map(({ target }) => ({ target: target as string[] })),
      }));
    });
    await context.close();
    const report = violations.map(
      ({ id, help, nodes }) => `${id} (${help}): ${nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
    expect(report, `${path} in ${colorScheme}`).toEqual([]);
  });
});
