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
// All of WCAG 2.2 AA and axe's best practices in the light theme; in the dark one, what a theme changes: colours.
const rules = {
  light: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  dark: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] },
} as const;

const site = useSiteInBrowser();

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe('axe-core, WCAG 2.2 AA and best practices, light and dark theme', () => {
  it.each(pages)('%s', async (path) => {
    // axe is injected through the DevTools protocol, which the page's own CSP does not govern.
    const context = await site.browser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.server.url + path);
    if (path.startsWith('/search/')) await page.waitForSelector('[data-search-ready]');
    await page.evaluate(axeSource);
    const report: string[] = [];
    const backgrounds = new Set<string>();
    for (const colorScheme of ['light', 'dark'] as const) {
      // The page follows the system's scheme as it changes (CSS light-dark()), so one load serves both themes.
      await page.emulateMedia({ colorScheme });
      backgrounds.add(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      const violations: Violation[] = await page.evaluate(async (runOnly) => {
        const axe = (
          window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }
        ).axe;
        const result = await axe.run(document, { runOnly });
        return result.violations.map(({ id, help, nodes }) => ({
          id,
          help,
          nodes: nodes.map(({ target }) => ({ target: target as string[] })),
        }));
      }, rules[colorScheme]);
      for (const { id, help, nodes } of violations) {
        report.push(`${colorScheme}: ${id} (${help}): ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
      }
    }
    await context.close();
    expect(backgrounds.size, `${path} did not change theme with the system's`).toBe(2);
    expect(report, path).toEqual([]);
  });
});
