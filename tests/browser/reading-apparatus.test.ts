import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../setup/browser.ts';

const articlePath = '/articles/2021-08-03-asean-japan-foreign-ministers-meeting/';

/** Whether an element's box is wholly on the screen and within the page's width (top of the page, no scrolling). */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    // A scroll to an element can stop a fraction of a pixel short.
    return box.top > -1 && box.bottom < innerHeight + 1 && box.left >= 0 && box.right <= innerWidth;
  });
}

describe.each([390, 1280])('paragraph numbers and note markers at %i px', (width) => {
  const site = useSiteInBrowser();

  async function open(hash = ''): Promise<Page> {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(site.server.url + articlePath + hash);
    return page;
  }

  it('shows every paragraph’s number, on the page’s width, in the margin beside its first line', async () => {
    const page = await open();
    const numbers = await page.locator('.article__body > [id^="p-"]').evaluateAll((paragraphs) =>
      paragraphs.map((paragraph) => {
        const number = paragraph.querySelector('.paragraph-number')!;
        const style = getComputedStyle(number);
        const box = number.getBoundingClientRect();
        // The first line of the paragraph's own words.
        const range = document.createRange();
        range.setStart(number.nextSibling!, 1);
        range.setEnd(number.nextSibling!, 2);
        const words = range.getBoundingClientRect();
        return {
          id: paragraph.id,
          // Where the paragraph's text starts: the margin is left of it.
          textLeft: paragraph.getBoundingClientRect().left,
          text: number.textContent,
          shown: style.visibility === 'visible' && style.display !== 'none' && Number(style.opacity) === 1 && box.width > 0,
          left: box.left,
          right: box.right,
          wordsLeft: words.left,
          sameLine: box.bottom > words.top && box.top < words.bottom,
          // "12" on one line, not broken between its digits.
          oneLine: box.height < 1.5 * parseFloat(style.lineHeight),
        };
      }),
    );
    expect(numbers.length).toBeGreaterThan(10);
    for (const [index, number] of numbers.entries()) {
      expect(number, number.id).toMatchObject({ text: String(index + 1), shown: true, sameLine: true, oneLine: true });
      expect(number.left, number.id).toBeGreaterThanOrEqual(0);
      // In the margin, on a phone too: inline, "1" would run into a report's own "1." and follow the dateline.
      expect(number.right, number.id).toBeLessThanOrEqual(number.wordsLeft);
      expect(number.right, number.id).toBeLessThanOrEqual(number.textLeft);
    }
    const datelineLeft = await page.locator('.report-text__dateline').evaluate((element) => element.getBoundingClientRect().left);
    expect(numbers[0].right).toBeLessThanOrEqual(datelineLeft);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.close();
  });

  it('links a noted phrase to its note and the note back to it', async () => {
    const page = await open();
    // Note 3 in reading order: the caption's note, then paragraph 5's, then this one in paragraph 12.
    await page.getByRole('link', { name: 'Editorial note 3', exact: true }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#note-3');
    expect(await inViewport(page, '#note-3')).toBe(true);
    expect(await page.locator('#note-3').textContent()).toContain('Declaration of Conduct in the East Sea (DOC)');
    await page.getByRole('link', { name: 'Back to note 3 in the text' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#note-ref-3');
    expect(await inViewport(page, '#note-ref-3')).toBe(true);
    // The marker follows the marked words of the body, which the note quotes.
    const marked = await page.locator('#p-12 mark.noted').allTextContents();
    expect(marked.join('')).toBe('Declaration of Conduct in the East Sea (DOC)');
    await page.close();
  });

  it('offers to copy a paragraph’s citation only once a paragraph is chosen', async () => {
    const page = await open();
    const copy = page.locator('paragraph-citation button');
    await expect.poll(() => page.locator('paragraph-citation').isVisible()).toBe(true);
    expect(await copy.isDisabled()).toBe(true);
    await page.locator('#p-5 .paragraph-number').click();
    await expect.poll(() => copy.isDisabled()).toBe(false);
    await page.close();
  });

  it('cites the paragraph in the address, and the one whose number is chosen, with "para." and its address', async () => {
    const page = await open('#p-13');
    const citation = page.locator('#citation-paragraph');
    await expect.poll(() => citation.textContent()).toMatch(/ 2021, para\. 13\) http:\/\/[^ ]+#p-13$/);
    await page.locator('#p-5 .paragraph-number').click();
    await expect.poll(() => citation.textContent()).toMatch(/ 2021, para\. 5\) http:\/\/[^ ]+#p-5$/);
    expect(await page.locator('paragraph-citation').isVisible()).toBe(true);
    await page.close();
  });

  it('leads from the paragraph chosen, under it and apart from its words, to its citation', async () => {
    const page = await open();
    const link = page.getByRole('link', { name: 'Cite paragraph 5' });
    await page.locator('#p-5 .paragraph-number').click();
    await expect.poll(() => link.count()).toBe(1);
    // Beside the report's words, not in them: the paragraph keeps its text.
    expect(await link.evaluate((element) => element.previousElementSibling?.id)).toBe('p-5');
    expect(await page.locator('#p-5').textContent()).not.toContain('Cite');
    await page.locator('#p-7 .paragraph-number').click();
    await expect.poll(() => page.getByRole('link', { name: /^Cite paragraph/ }).count()).toBe(1);
    const toCitation = page.getByRole('link', { name: 'Cite paragraph 7' });
    expect(await toCitation.evaluate((element) => element.previousElementSibling?.id)).toBe('p-7');
    await toCitation.click();
    await expect.poll(() => inViewport(page, '#citation-paragraph')).toBe(true);
    expect(await page.locator('#citation-paragraph').textContent()).toMatch(/para\. 7\) http:\/\/[^ ]+#p-7$/);
    // An address naming a paragraph the report does not have leaves no link under another.
    await page.evaluate(() => (location.hash = '#p-999'));
    await expect.poll(() => page.getByRole('link', { name: /^Cite paragraph/ }).count()).toBe(0);
    // A selection across paragraphs copies the report's words, not the link's.
    await page.locator('#p-7 .paragraph-number').click();
    await expect.poll(() => toCitation.count()).toBe(1);
    const selected = await page.evaluate(() => {
      const range = document.createRange();
      range.setStartBefore(document.getElementById('p-7')!);
      range.setEndAfter(document.getElementById('p-8')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    expect(selected).not.toContain('Cite');
    await page.close();
  });

  it('cites the paragraph in the style the reader picks, and copies that citation', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${articlePath}#p-6`);
    const citation = page.locator('#citation-paragraph');
    const picker = page.getByLabel('Style');
    await expect.poll(() => citation.textContent()).toMatch(/ 2021, para\. 6\) http:\/\/[^ ]+#p-6$/);
    await picker.selectOption('mla');
    await expect.poll(() => citation.textContent()).toMatch(/^\(“.+,” par\. 6\) http:\/\/[^ ]+#p-6$/);
    await picker.selectOption('chicago');
    await expect.poll(() => citation.textContent()).toMatch(/, para\. 6, ASEAN–Japan Dialogue Archive, http:\/\/[^ ]+#p-6\.$/);
    // The publication in italics, as the style sets it.
    expect(await citation.locator('i').count()).toBe(1);
    await page.locator('#p-2 .paragraph-number').click();
    await expect.poll(() => citation.textContent()).toMatch(/para\. 2, .+#p-2\.$/);
    await page.getByRole('button', { name: "Copy the paragraph's citation" }).click();
    const shown = (await citation.textContent())!.trim();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    await context.close();
  });
});
