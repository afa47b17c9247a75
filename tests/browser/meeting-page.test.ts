import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../setup/browser.ts';
import { wordsBrokenAcrossLines } from '../setup/layout.ts';

// The fixture archive's 2021 ministers' meeting has six reports: a desk reads them in columns, three to a row, a
// phone one at a time, switched with a tab list that works by keyboard.
const MEETING = '/meetings/asean-japan-foreign-ministers-meeting-2021/';
const PUBLISHERS = [
  'Thông tấn xã Việt Nam',
  'Ministry of Foreign Affairs of Japan',
  'Kyodo News',
  'กระทรวงการต่างประเทศ',
  'Ministry of Foreign Affairs of Japan',
  'Viet Nam News',
];
const TABS = ['TTXVN', 'MOFA, English', 'Kyodo', 'MFA', 'MOFA, Japanese', 'VNS'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf-8');

const site = useSiteInBrowser();

async function open(width: number, javaScriptEnabled = true): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 844 }, javaScriptEnabled });
  await page.goto(site.server.url + MEETING);
  return page;
}

/** The columns a reader sees, by their headers' publisher. */
async function visibleColumns(page: Page): Promise<string[]> {
  const columns = page.locator('.report-column');
  const shown: string[] = [];
  for (const column of await columns.all()) {
    if (await column.isVisible()) shown.push((await column.locator('.report-column__publisher').textContent()) ?? '');
  }
  return shown;
}

describe('a meeting’s reports in a browser', () => {
  it('stand side by side on a desk, three columns to a row, with no switch', async () => {
    const page = await open(1280);
    expect(await visibleColumns(page)).toEqual(PUBLISHERS);
    const boxes = (await Promise.all((await page.locator('.report-column').all()).map((column) => column.boundingBox()))).map(
      (box) => box!,
    );
    // The first three start level, left to right without overlapping; the other three start a row below them.
    expect(boxes.slice(0, 3).map(({ y }) => y)).toEqual([boxes[0].y, boxes[0].y, boxes[0].y]);
    expect(boxes[0].x + boxes[0].width).toBeLessThanOrEqual(boxes[1].x);
    expect(boxes[1].x + boxes[1].width).toBeLessThanOrEqual(boxes[2].x);
    expect(boxes[3].y).toBeGreaterThan(boxes[0].y);
    expect(boxes[4].y).toBe(boxes[3].y);
    expect(boxes[5].y).toBe(boxes[3].y);
    expect(boxes[3].x).toBe(boxes[0].x);
    // In each row of columns the publishers, the headlines, the dates and the texts each start level, whatever the
    // headlines' lengths.
    for (const part of ['publisher', 'headline', 'meta', 'body']) {
      const tops = await page
        .locator(`.report-column__${part}`)
        .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().top));
      expect([tops.slice(0, 3), tops.slice(3)], part).toEqual([Array(3).fill(tops[0]), Array(3).fill(tops[3])]);
    }
    expect(await page.getByRole('tablist').isVisible()).toBe(false);
    // The columns are plain sections there, each named by its heading.
    expect(await page.locator('.report-column[role="tabpanel"]').count()).toBe(0);
    await page.close();
  });

  it('run a dateline into its first paragraph, the paragraph’s second line under its first', async () => {
    const page = await open(1280);
    const lines = await page.locator('.report-column .report-text__dateline').evaluateAll((datelines) =>
      datelines.map((dateline) => {
        const paragraph = dateline.nextElementSibling!;
        const text = [...paragraph.childNodes].find((node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '')!;
        const range = document.createRange();
        range.selectNodeContents(text);
        const rects = [...range.getClientRects()];
        const [first] = rects;
        const second = rects.find((rect) => rect.top >= first.bottom - 1);
        return { firstLeft: first.left, datelineLeft: dateline.getBoundingClientRect().left, secondLeft: second?.left };
      }),
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const { firstLeft, datelineLeft, secondLeft } of lines) {
      // The dateline stands before the first line's words; the next line starts where the dateline does.
      expect(firstLeft).toBeGreaterThan(datelineLeft);
      expect(secondLeft).toBeDefined();
      expect(Math.abs(secondLeft! - datelineLeft)).toBeLessThan(2);
    }
    await page.close();
  });

  it('set a long dateline on a line of its own: run in, it left the next word a letter’s room and cut it', async () => {
    // Widths at which a Reuters-length dateline run into the paragraph cut the word after it ("J / apan").
    for (const width of [420, 1200]) {
      const page = await open(width);
      const longDatelines = (ownLine: boolean) =>
        page.locator('.report-text__dateline').evaluateAll((datelines, own) => {
          for (const dateline of datelines) {
            dateline.textContent = 'VIENTIANE, July 26 (Reuters) -';
            dateline.classList.toggle('report-text__dateline--own-line', own);
          }
        }, ownLine);
      await longDatelines(false);
      expect(await page.locator('.report-columns').evaluate(wordsBrokenAcrossLines), `${width} px, run in`).not.toEqual([]);
      await longDatelines(true);
      expect(await page.locator('.report-columns').evaluate(wordsBrokenAcrossLines), `${width} px`).toEqual([]);
      await page.close();
    }
  });

  it('show one report at a time on a phone, switched by the tab list with the keyboard and by tapping', async () => {
    const page = await open(390);
    const tabs = page.getByRole('tab');
    expect((await tabs.allTextContents()).map((text) => text.trim())).toEqual(TABS);
    // A screen reader hears each tab's publisher by its full name too, as written, from Chromium's accessibility tree.
    const session = await page.context().newCDPSession(page);
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; description?: { value: string } }[];
    };
    expect(nodes.filter((node) => node.role?.value === 'tab').map((node) => node.description?.value)).toEqual(PUBLISHERS);
    expect(await visibleColumns(page)).toEqual([PUBLISHERS[0]]);

    // Tab reaches the selected tab only (one stop for the whole list); the arrows move and switch, Home and End jump.
    await tabs.nth(0).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(TABS[1]);
    expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await tabs.nth(0).getAttribute('aria-selected')).toBe('false');
    expect(await visibleColumns(page)).toEqual([PUBLISHERS[1]]);
    await page.keyboard.press('End');
    expect(await visibleColumns(page)).toEqual([PUBLISHERS[5]]);
    await page.keyboard.press('ArrowRight');
    expect(await visibleColumns(page)).toEqual([PUBLISHERS[0]]);
    await page.keyboard.press('ArrowLeft');
    expect(await visibleColumns(page)).toEqual([PUBLISHERS[5]]);
    await page.keyboard.press('Home');
    expect(await visibleColumns(page)).toEqual([PUBLISHERS[0]]);
    expect(await tabs.evaluateAll((all) => all.map((tab) => (tab as HTMLElement).tabIndex))).toEqual([0, -1, -1, -1, -1, -1]);

    // The next Tab leaves the list for the shown report.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="tabpanel"]')?.id)).toBe('r1');

    await tabs.nth(1).click();
    expect(await visibleColumns(page)).toEqual([PUBLISHERS[1]]);
    const panel = page.getByRole('tabpanel');
    expect(await panel.count()).toBe(1);
    expect(await panel.getAttribute('aria-labelledby')).toBe(await tabs.nth(1).getAttribute('id'));
    // A paragraph's number leads to the paragraph on the report's own page.
    expect(await panel.locator('.paragraph-number').first().getAttribute('href')).toMatch(/^\/articles\/[^/]+\/#p-1$/);
    await page.close();
  });

  it('bring what the keyboard reaches in a report into view below the sticking tab list, not under it', async () => {
    const page = await open(390);
    // Back with Shift+Tab from the first link after the reports to the last of the report shown.
    await page.evaluate(() => {
      const columns = document.querySelector('report-columns')!;
      const after = [...document.querySelectorAll<HTMLElement>('a[href], button')].find(
        (element) =>
          columns.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING &&
          !columns.contains(element) &&
          element.getClientRects().length > 0,
      );
      after!.focus();
    });
    await page.keyboard.press('Shift+Tab');
    const focused = await page.evaluate(() => ({
      inReport: Boolean(document.activeElement?.closest('.report-column')),
      top: document.activeElement!.getBoundingClientRect().top,
    }));
    expect(focused.inReport).toBe(true);
    const tabsBottom = await page.locator('.report-columns__tabs').evaluate((tabs) => tabs.getBoundingClientRect().bottom);
    // Within a pixel: the scroll may stop a fraction of a pixel short (108.98 against 109).
    expect(focused.top).toBeGreaterThan(tabsBottom - 1);
    await page.close();
  });

  it('label each tab on a phone with its words whole, never broken inside a word', async () => {
    const page = await open(390);
    const brokenWords = await page.locator('.report-columns__tabs').evaluate(wordsBrokenAcrossLines);
    expect(brokenWords).toEqual([]);
    await page.close();
  });

  it('print every report, one after another, without the switch, from a page as narrow as a phone', async () => {
    // A sheet of paper is narrower than a desk's screen: the width that brings the switch on a screen.
    const page = await open(390);
    await page.getByRole('tab').nth(1).click();
    await page.emulateMedia({ media: 'print' });
    expect(await visibleColumns(page)).toEqual(PUBLISHERS);
    expect(await page.locator('.report-columns__tabs').isVisible()).toBe(false);
    await page.close();
  });

  it('passes axe with the switch in use on a phone, in the light and the dark theme', async () => {
    const page = await open(390);
    await page.getByRole('tab').nth(2).click();
    await page.evaluate(axeSource);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string }[] }> } }
        ).axe;
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        });
        return result.violations.map(({ id }) => id);
      });
      expect(violations, colorScheme).toEqual([]);
    }
    await page.close();
  });

  it('follow one another on a phone without JavaScript, each under its heading', async () => {
    const page = await open(390, false);
    expect(await visibleColumns(page)).toEqual(PUBLISHERS);
    expect(await page.getByRole('tablist').isVisible()).toBe(false);
    const tops = await Promise.all(
      (await page.locator('.report-column').all()).map(async (column) => (await column.boundingBox())!.y),
    );
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    await page.close();
  });

  it('shows a meeting with one report as that report, without a switch', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.server.url}/meetings/35th-asean-japan-forum/`);
    expect(await page.locator('.report-column').count()).toBe(1);
    expect(await page.locator('.report-column').isVisible()).toBe(true);
    expect(await page.getByRole('tab').count()).toBe(0);
    await page.close();
  });
});
