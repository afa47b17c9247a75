import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { useSiteInBrowser } from '../setup/browser.ts';
import { wordsBrokenAcrossLines } from '../setup/layout.ts';
import { onePagePerRoute } from '../setup/site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf-8');
const siteDir = inject('siteDir');
// Every route (its largest page) in both themes; pages of one route share their template. The search page also as
// it is after a search that found nothing (suggestions and browse links) and one found through an alias, and the
// person with the most ways of writing their name.
const pages = [...onePagePerRoute(siteDir), '/search/?q=Montegi', '/search/?q=Bien+Dong', '/people/motegi-toshimitsu/'];
// All of WCAG 2.2 AA and axe's best practices in the light theme; in the dark one, what a theme changes: colours.
const rules = {
  light: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  dark: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] },
} as const;

const site = useSiteInBrowser();

/** Pairs of a chart's year labels drawn over each other (each chart's labels, left to right). */
function overlappingYearLabels(): string[] {
  return [...document.querySelectorAll('.year-chart')].flatMap((chart) => {
    const labels = [...chart.querySelectorAll('.year-chart__year')].map((label) => ({
      text: label.textContent,
      box: label.getBoundingClientRect(),
    }));
    return labels.slice(1).flatMap((label, index) => {
      const before = labels[index];
      return before.box.right > label.box.left ? [`${before.text} ${label.text}`] : [];
    });
  });
}

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe('axe-core, WCAG 2.2 AA and best practices, light and dark theme; reflow at 320 px', () => {
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
    // Reflow (WCAG 1.4.10): at 320 px the page needs no sideways scrolling, no box is too narrow for its words, and
    // no text is drawn over other text.
    await page.setViewportSize({ width: 320, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const broken = await page.locator('body').evaluate(wordsBrokenAcrossLines);
    const overlapping = await page.evaluate(overlappingYearLabels);
    await context.close();
    expect(backgrounds.size, `${path} did not change theme with the system's`).toBe(2);
    expect(report, path).toEqual([]);
    expect(overflow, `${path} at 320 px: sideways scrolling`).toBe(0);
    expect(broken, `${path} at 320 px: words broken across lines`).toEqual([]);
    expect(overlapping, `${path} at 320 px: a chart's year labels drawn over each other`).toEqual([]);
  });
});
