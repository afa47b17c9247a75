import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../setup/browser.ts';

describe('the timeline in a browser', () => {
  const site = useSiteInBrowser();

  it('says a year’s, a decade’s or a month’s count after a pause, not run into it as a date', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/archive/`);
    // Shown "Oct (1)"; said "Oct, 1" in the list of the year's meetings by month ("Oct 1" is a date).
    const months = page.getByRole('list', { name: /^Meetings by month, \d{4}$/ }).first();
    expect(await months.getByRole('link', { name: /^[A-Z][a-z]{2} ?, \d+$/ }).count()).toBeGreaterThan(0);
    expect(await months.getByRole('link').first().textContent()).toMatch(/^[A-Z][a-z]{2} \d+$/);
    expect(await page.getByRole('heading', { name: /^\d{4} ?, \d+ meetings?$/ }).count()).toBeGreaterThan(0);
    await page.goto(`${site.server.url}/timeline/`);
    expect(await page.getByRole('heading', { name: /^\d{3}0s ?, \d+ (meetings?|events?)$/ }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('takes a reader from a timeline event to the paragraph it quotes', async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.server.url}/timeline/`);
    // The event is dated April 2020: on 2020's timeline.
    await page.getByRole('link', { name: '2020', exact: true }).click();
    await page.getByRole('link', { name: /paragraph 7 of/ }).click();
    await page.waitForURL(/#p-7$/);
    expect(await page.locator('#p-7').textContent()).toContain('ASEAN + 3 Special Summit on COVID-April 19, 2020');
    expect(await page.locator('#p-7').isVisible()).toBe(true);
    await page.close();
  });

  it('takes a reader from the timeline to a meeting in two clicks: a bar of the chart, then the meeting', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${site.server.url}/timeline/`);
    const bar = page.locator('.year-chart svg a').first();
    const name = await bar.locator('title').textContent();
    const year = /^(\d{4}):/.exec(name!)![1];
    await bar.click();
    await page.waitForURL(new RegExp(`/timeline/${year}/$`));
    expect(await page.locator('h1').textContent()).toBe(`Timeline of ${year}`);
    await page.locator('.timeline-meeting h3 a').first().click();
    await page.waitForURL(/\/meetings\/[^/]+\/$/);
    expect(await page.locator('main').textContent()).toContain(year);
    await page.close();
  });

  it('offers the chart’s numbers as a table, opened from under the chart, its years linked as the bars are', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/archive/`);
    const table = page.getByRole('table', { name: 'Meetings per year, by format' });
    expect(await table.isVisible()).toBe(false);
    await page.getByText('The numbers').click();
    expect(await table.isVisible()).toBe(true);
    const tableLinks = await table.locator('tbody th a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const barLinks = await page
      .locator('.year-chart svg a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(tableLinks).toEqual(barLinks);
    expect(tableLinks.length).toBeGreaterThan(1);
    // Every bar has a name a screen reader says: its year and count.
    const names = await page.locator('.year-chart svg a').evaluateAll((links) => links.map((link) => link.textContent));
    for (const name of names) expect(name).toMatch(/^\d{4}: \d+ meetings? \(/);
    await page.close();
  });
});
