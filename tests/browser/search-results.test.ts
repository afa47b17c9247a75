import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ANNOUNCE_PAUSE_MS } from '../../src/scripts/search-state.ts';
import { useSiteInBrowser } from '../setup/browser.ts';

const site = useSiteInBrowser();
const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 900 };

/** The search page at `query`, once its first results are shown. */
async function openSearch(
  query: string,
  options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' } = {},
): Promise<Page> {
  const context = await site.browser.newContext({
    viewport: options.viewport ?? DESK,
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  await page.goto(`${site.server.url}/search/${query}`);
  await page.waitForSelector('[data-search-ready]');
  return page;
}

const firstReport = (page: Page) => page.locator('[data-result-list] .result').first();

describe('a report result card', () => {
  it.each(['日本', 'Motegi', 'ASEAN', 'vaccines', 'Việt Nam'])(
    'opens the report at the paragraph whose match its excerpt shows first ("%s")',
    async (query) => {
      const page = await openSearch(`?q=${encodeURIComponent(query)}`);
      await expect.poll(() => page.locator('[data-result-list] .result').count()).toBeGreaterThan(0);
      const cards = await page.locator('[data-result-list] .result').evaluateAll((results) =>
        results.map((result) => ({
          href: result.querySelector<HTMLAnchorElement>('.result__title a')!.href,
          marked: result.querySelector('.result__excerpt mark')?.textContent,
          matched: result.querySelector('.result__matched') !== null,
        })),
      );
      const opened = cards.filter(({ href, marked, matched }) => new URL(href).hash && marked && !matched);
      expect(opened.length, query).toBeGreaterThan(0);
      for (const { href, marked } of opened) {
        const report = await (await page.request.get(href)).text();
        const paragraph = await page.evaluate(
          ([html, id]) => new DOMParser().parseFromString(html, 'text/html').getElementById(id)?.textContent ?? '',
          [report, new URL(href).hash.slice(1)],
        );
        expect(paragraph.toLowerCase(), href).toContain(marked!.toLowerCase());
      }
      await page.context().close();
    },
  );

  it('shows the headline, meeting, meeting date and publisher of the report it links to', async () => {
    const page = await openSearch('?q=vaccine');
    const card = firstReport(page);
    const title = (await card.locator('.result__title').textContent())!.trim();
    const facts = (await card.locator('.result__facts').textContent())!;
    await page.goto(site.server.url + (await card.locator('a').getAttribute('href'))!);
    expect(title).toBe((await page.locator('h1').textContent())!.trim());
    const meeting = await page.locator('.facts dt:text-is("Meeting") + dd').textContent();
    const meetingDate = await page.locator('.article__header .eyebrow time').textContent();
    const publisher = await page.locator('.article__publication dt:text-is("Publisher") + dd').textContent();
    expect(facts).toContain(meeting!.trim());
    expect(facts).toContain(meetingDate!.trim());
    expect(facts).toContain(publisher!.replace(/\s*\(.*\)$/, '').trim());
  });

  it.each(['light', 'dark'] as const)('shows the match in its excerpt, on a highlight background (%s)', async (colorScheme) => {
    for (const viewport of [PHONE, DESK]) {
      const page = await openSearch('?q=reconciliation', { viewport, colorScheme });
      const mark = firstReport(page).locator('.result__excerpt mark').first();
      expect((await mark.textContent())?.toLowerCase()).toBe('reconciliation');
      const colours = await mark.evaluate((element) => ({
        mark: getComputedStyle(element).backgroundColor,
        card: getComputedStyle(element.closest('.result')!).backgroundColor,
      }));
      expect(colours.mark).not.toBe(colours.card);
      expect(colours.mark).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
      // Shown in full, not cut off by the card.
      const [markBox, cardBox] = [await mark.boundingBox(), await firstReport(page).boundingBox()];
      expect(markBox!.y + markBox!.height).toBeLessThanOrEqual(cardBox!.y + cardBox!.height);
      await page.context().close();
    }
  });

  it("quotes the report's paragraphs, not its headline again, where both hold the match, and links to the paragraph", async () => {
    const page = await openSearch('?q=vaccine');
    const cards = page.locator('[data-result-list] .result');
    await expect.poll(() => cards.count()).toBeGreaterThan(1);
    // The reports whose headline says "vaccines" (Kyodo's) and whose paragraphs say it too.
    const card = cards.filter({ has: page.locator('.result__title', { hasText: /vaccines/i }) }).first();
    const headline = (await card.locator('.result__title').textContent())!.trim();
    const excerpt = (await card.locator('.result__excerpt').textContent())!;
    expect(excerpt).not.toContain(headline.split(' ').slice(2, 6).join(' '));
    expect((await card.locator('.result__excerpt mark').first().textContent())?.toLowerCase()).toMatch(/^vaccines?\b/);
    const href = (await card.locator('.result__title a').getAttribute('href'))!;
    const paragraph = /#(p-\d+)$/.exec(href)?.[1];
    expect(paragraph).toBeDefined();
    await page.goto(site.server.url + href);
    const words = excerpt.replace(/\s+/g, ' ').trim().split(' ').slice(0, 5).join(' ');
    expect((await page.locator(`#${paragraph}`).textContent())!.replace(/\s+/g, ' ')).toContain(words);
    await page.context().close();
  });

  it('opens no excerpt with the end of the headline above it, where only the paragraphs hold the match', async () => {
    const page = await openSearch('?q=Motegi');
    const cards = await page.locator('[data-result-list] .result').all();
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) {
      const headline = (await card.locator('.result__title').textContent())!.trim().replace(/^\[|\]$/g, '');
      const excerpt = (await card.locator('.result__excerpt').textContent())!.trim();
      // Pagefind's text of a report is its headline, a full stop, then its paragraphs.
      const words = headline.split(/\s+/);
      const tails = words.map((_, index) => `${words.slice(index).join(' ')}.`);
      expect(
        tails.some((tail) => excerpt.startsWith(tail)),
        `${headline} / ${excerpt}`,
      ).toBe(false);
    }
    await page.context().close();
  });

  it('has no page furniture in its excerpt', async () => {
    const page = await openSearch('?q=ASEAN');
    const excerpts = await page.locator('.result__excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/¶|Published|Summary by the archive|Photograph not archived/);
  });

  it('links to the paragraph holding the match, which the article page shows highlighted', async () => {
    // A word in one report's body only, so the first result's link goes to its paragraph, not its headline.
    const page = await openSearch('?q=reconciliation');
    const href = (await firstReport(page).locator('a').getAttribute('href'))!;
    const paragraph = /#(p-\d+)$/.exec(href)?.[1];
    expect(paragraph).toBeDefined();
    await page.goto(site.server.url + href);
    await expect.poll(() => page.locator(`#${paragraph} mark.pagefind-highlight`).count()).toBeGreaterThan(0);
    expect(
      await page.locator(`#${paragraph}`).evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top < innerHeight && box.bottom > 0;
      }),
    ).toBe(true);
  });
});

describe('people, topics and glossary entries', () => {
  it('are offered apart from the reports: "Motegi" finds his page and his report', async () => {
    const page = await openSearch('?q=Motegi');
    const entityLinks = await page
      .locator('[data-entity-group] a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    const personPage = entityLinks.find((path) => path.startsWith('/people/'));
    expect(personPage).toBeDefined();
    expect(await page.locator('[data-result-list] .result').count()).toBeGreaterThan(0);
    // The group comes before the reports.
    const order = await page
      .locator('[data-entity-group], [data-report-group]')
      .evaluateAll((groups) => groups.map((group) => group.hasAttribute('data-entity-group')));
    expect(order).toEqual([true, false]);
    await page.goto(site.server.url + personPage);
    expect(await page.locator('h1').textContent()).toContain('Motegi');
  });

  it('are offered whatever filters are ticked, as without them', async () => {
    const entityNames = (page: Page) => page.locator('[data-entity-list] .result__title').allTextContents();
    const unfiltered = await openSearch('?q=Motegi');
    await expect.poll(() => entityNames(unfiltered)).not.toEqual([]);
    const filtered = await openSearch('?q=Motegi&topic=Myanmar');
    await expect.poll(() => entityNames(filtered)).toEqual(await entityNames(unfiltered));
  });

  it('are left out when the page lists reports by filter alone', async () => {
    const page = await openSearch('?topic=Myanmar');
    expect(await page.locator('[data-entity-group]').isHidden()).toBe(true);
    const paths = await page
      .locator('[data-result-list] a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path).toMatch(/^\/articles\//);
  });
});

describe('the result cards', () => {
  it('stay in place when the filter index loads and the same search is made again for its counts', async () => {
    const page = await openSearch('?q=ASEAN');
    const card = await firstReport(page).elementHandle();
    const searches = () => page.evaluate(() => performance.getEntriesByName('search:rendered').length);
    const before = await searches();
    await page.locator('[data-search-filters]').hover();
    await expect.poll(searches).toBeGreaterThan(before);
    expect(await card!.evaluate((element) => element.isConnected)).toBe(true);
  });
});

describe('on a 390 × 844 phone', () => {
  it.each(['?q=ASEAN', '?q=ASEAN&topic=Myanmar', '?q=Motegi'])('shows the first report without scrolling: %s', async (query) => {
    const page = await openSearch(query, { viewport: PHONE });
    const title = await firstReport(page).locator('.result__title').boundingBox();
    expect(title!.y + title!.height).toBeLessThanOrEqual(PHONE.height);
  });

  it('keeps the filters behind one "Filters" control that shows how many are on', async () => {
    const page = await openSearch('?q=ASEAN&topic=Myanmar&year=2021', { viewport: PHONE });
    const toggle = page.locator('[data-filters-toggle]');
    expect(await page.locator('[data-search-filters]').isVisible()).toBe(false);
    expect(await toggle.textContent()).toMatch(/Filters\s*2/);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-search-filters]').isVisible()).toBe(true);
  });
});

describe('filters', () => {
  it('show as removable chips above the results, with "Clear all"', async () => {
    const page = await openSearch('?q=ASEAN&topic=Myanmar&topic=Korean+Peninsula');
    const chips = page.locator('[data-chip-list] button');
    await expect
      .poll(() => chips.allTextContents())
      .toEqual(['Remove filter Topic: Myanmar×', 'Remove filter Topic: Korean Peninsula×']);
    await chips.first().click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('topic')).toEqual(['Korean Peninsula']);
    expect(await page.getByRole('checkbox', { name: /^Myanmar/ }).isChecked()).toBe(false);
    await page.getByRole('checkbox', { name: /^2020/ }).check();
    await expect.poll(() => chips.count()).toBe(2);
    await page.locator('[data-clear-filters]').click();
    await expect.poll(() => page.locator('[data-search-chips]').isHidden()).toBe(true);
    expect([...new URL(page.url()).searchParams.keys()]).toEqual(['q']);
    expect(await page.locator('[data-search-filters] input:checked').count()).toBe(0);
  });

  it('disable options that would give no results, but never a ticked one', async () => {
    const page = await openSearch('?q=ASEAN&topic=Myanmar');
    const option = (name: string) => page.locator('[data-facet="participant"] label', { hasText: name });
    await expect.poll(() => option('Takeo Mori').locator('[data-count-value]').textContent()).toBe('0');
    expect(await option('Takeo Mori').locator('input').isDisabled()).toBe(true);
    expect(await option('Bùi Thanh Sơn').locator('input').isDisabled()).toBe(false);
    expect(await page.getByRole('checkbox', { name: /^Myanmar/ }).isDisabled()).toBe(false);
  });

  it('say what an option counts: a year and its count are not two years', async () => {
    const page = await openSearch('');
    const count = (await page.locator('[data-facet="year"] [data-count-value]').first().textContent())!.trim();
    const spoken = await page.getByRole('checkbox', { name: new RegExp(`^\\d{4} ?, reports: ${count}$`) }).count();
    expect(spoken).toBeGreaterThan(0);
    // A query's counts wait for the filter index: until then neither the count nor its noun is said.
    await page.getByRole('searchbox').fill('ASEAN');
    await expect.poll(() => page.locator('[data-search-filters][data-counts-stale]').count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: /reports:/ }).count()).toBe(0);
  });

  it('group the topics under the headings of the Topics page', async () => {
    const page = await openSearch('');
    const groups = await page.locator('[data-facet="topic"] fieldset:not([hidden]) legend').allTextContents();
    await page.goto(`${site.server.url}/topics/`);
    expect(groups).toEqual(await page.locator('main h2').allTextContents());
  });
});

describe('keyboard', () => {
  it('reaches the first result from the search box in at most 3 Tab presses', async () => {
    const page = await openSearch('?q=vaccine');
    await page.locator('#search-query').focus();
    let presses = 0;
    const onResult = () =>
      page.evaluate(() => document.activeElement?.closest('.result') !== null && document.activeElement?.tagName === 'A');
    while (presses < 3 && !(await onResult())) {
      await page.keyboard.press('Tab');
      presses += 1;
      // The first stop is a "Skip to results" link, followed with Enter.
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-skip-to-results')))
        await page.keyboard.press('Enter');
    }
    expect(await onResult()).toBe(true);
  });

  it.each(['light', 'dark'] as const)('draws a clear focus ring round a focused result (%s)', async (colorScheme) => {
    const page = await openSearch('?q=vaccine', { colorScheme });
    await page.locator('#search-query').focus();
    await page.keyboard.press('ArrowDown');
    const ring = await page.evaluate(() => {
      const card = document.activeElement!.closest('.result')!;
      const style = getComputedStyle(card);
      const focus = getComputedStyle(document.documentElement).getPropertyValue('--color-focus');
      const probe = Object.assign(document.createElement('span'), { style: `color: ${focus}` });
      document.body.append(probe);
      return {
        width: parseFloat(style.outlineWidth),
        style: style.outlineStyle,
        colour: style.outlineColor,
        focus: getComputedStyle(probe).color,
      };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(ring.colour).toBe(ring.focus);
  });
});

describe.each([
  ['phone', PHONE],
  ['desk', DESK],
])('at the edges of search, on a %s', (_, viewport) => {
  /** The paths of the suggested names, once the suggestions are shown. */
  async function suggestedPaths(page: Page): Promise<string[]> {
    const links = page.locator('[data-suggestion-group] a');
    await expect.poll(() => links.count()).toBeGreaterThan(0);
    return links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
  }

  it.each([
    ['Montegi', '/people/motegi-toshimitsu/'],
    ['Pramudwinia', '/people/don-pramudwinai/'],
  ])('a misspelt name, "%s", finds no report but suggests the person', async (query, person) => {
    const page = await openSearch(`?q=${query}`, { viewport });
    expect(await page.locator('[data-search-status]').textContent()).toBe(`No reports for “${query}”`);
    expect((await suggestedPaths(page))[0]).toBe(person);
    expect(await page.locator('[data-suggestion-group]').isVisible()).toBe(true);
    // The browse links, as the menu has them.
    const browse = await page.locator('[data-browse-group] a').evaluateAll((links) => links.map((a) => a.textContent?.trim()));
    expect(browse).toEqual(expect.arrayContaining(['Timeline', 'People', 'Topics', 'Glossary']));
    expect(await page.locator('[data-browse-group]').isVisible()).toBe(true);
    await page.locator('[data-suggestion-group] a').first().click();
    await page.waitForURL((url) => url.pathname === person);
    await page.context().close();
  });

  it('offers neither suggestions nor browse links when a search finds reports', async () => {
    const page = await openSearch('?q=Motegi', { viewport });
    expect(await page.locator('[data-suggestion-group]').isHidden()).toBe(true);
    expect(await page.locator('[data-browse-group]').isHidden()).toBe(true);
    await page.context().close();
  });

  it('shows a long query whole, wrapped, with nothing wider than the screen', async () => {
    const query = `Pramudwinai and ${'averyveryverylongwordwithoutanyspaceinit'.repeat(3)} too`;
    const page = await openSearch(`?q=${encodeURIComponent(query)}`, { viewport });
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`for “${query}”$`));
    const fits = await status.evaluate((element) => ({
      status: element.scrollWidth <= element.clientWidth && element.getBoundingClientRect().right <= innerWidth,
      page: document.documentElement.scrollWidth <= innerWidth,
    }));
    expect(fits).toEqual({ status: true, page: true });
    await page.context().close();
  });

  it.each(['Parties', 'vaccine'])('cuts no count and no name of a person or subject: %s', async (query) => {
    const page = await openSearch(`?q=${query}`, { viewport });
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll('[data-search-status], [data-entity-list] .result__title')]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return element.scrollWidth > element.clientWidth || box.left < 0 || box.right > innerWidth;
        })
        .map((element) => element.textContent),
    );
    expect(await page.locator('[data-entity-list] .result__title').count()).toBeGreaterThan(0);
    expect(cut).toEqual([]);
    await page.context().close();
  });

  it('says what a report and a subject found through an alias matched, and marks it', async () => {
    const page = await openSearch('?q=Bien+Dong', { viewport });
    const meeting2021 = page.locator('[data-result-list] .result', { hasText: 'foreign ministers meet online' });
    // Five cards at a time, ranked by Pagefind: the report may be among the next five.
    const more = page.getByRole('button', { name: 'Show more reports' });
    if ((await meeting2021.count()) === 0) await more.click();
    await expect.poll(() => meeting2021.count()).toBe(1);
    expect(await meeting2021.locator('.result__matched').textContent()).toBe('Matched East Sea for “Bien Dong”');
    expect(await meeting2021.locator('.result__matched mark').textContent()).toBe('East Sea');
    expect(await meeting2021.locator('.result__excerpt mark').first().textContent()).toBe('East Sea');
    // The card opens the report at the paragraph saying it, with those words highlighted.
    // As one phrase: "Sea" alone would be marked inside every "ASEAN".
    expect(await meeting2021.locator('.result__title a').getAttribute('href')).toMatch(/\?highlight=East\+Sea#p-\d+$/);
    await meeting2021.locator('.result__title a').click();
    const marks = page.locator('.article__body mark.pagefind-highlight');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    expect(new Set(await marks.allTextContents())).toEqual(new Set(['East Sea']));
    await page.goBack();
    const sea = page.locator('[data-entity-list] .result', { hasText: 'South China Sea' });
    expect(await sea.locator('.result__matched').textContent()).toBe('Also called Bien Dong');
    expect(await sea.locator('.result__matched mark').textContent()).toBe('Bien Dong');
    // Latin letters alone show no language: the name is left in the page's.
    expect(await sea.locator('.result__matched mark').getAttribute('lang')).toBeNull();
    await page.context().close();
  });

  it('marks another name a subject is called by with its language, where its letters show it', async () => {
    const page = await openSearch('?q=Biển+Đông', { viewport });
    const sea = page.locator('[data-entity-list] .result', { hasText: 'South China Sea' });
    await expect.poll(() => sea.locator('.result__matched').textContent()).toBe('Also called Biển Đông');
    expect(await sea.locator('.result__matched mark').getAttribute('lang')).toBe('vi');
    await page.context().close();
  });

  it('says a report was found by its tag where its text does not use the name searched', async () => {
    const page = await openSearch('?q=Pramudwinai', { viewport });
    // Viet Nam News calls him "the Thai Foreign Minister"; the archive tags him as a participant.
    const vns = page.locator('[data-result-list] .result', { hasText: 'foreign ministers meet online' });
    await expect.poll(() => vns.count()).toBe(1);
    expect(await vns.locator('.result__matched').textContent()).toBe('Tagged with Don Pramudwinai, a name its text does not use');
    expect(await vns.locator('.result__matched mark').textContent()).toBe('Don Pramudwinai');
    // Its excerpt is the report's opening, not its headline again; its link highlights nothing the text lacks.
    const title = (await vns.locator('.result__title').textContent())!.trim();
    expect((await vns.locator('.result__excerpt').textContent())!.trim()).not.toContain(title);
    expect(await vns.locator('.result__title a').getAttribute('href')).not.toContain('highlight=');
    await page.context().close();
  });

  it('adds no alias note to a card whose text holds the words searched', async () => {
    const page = await openSearch('?q=East+Sea', { viewport });
    expect(await firstReport(page).locator('.result__excerpt mark').count()).toBeGreaterThan(0);
    expect(await firstReport(page).locator('.result__matched').count()).toBe(0);
    // The Vietnamese, Japanese and Thai reports of the same meeting say it in their own words, found through the alias: only
    // their cards say so.
    await expect
      .poll(() => page.locator('[data-result-list] .result__matched').allTextContents())
      .toEqual(
        expect.arrayContaining([
          'Matched Biển Đông for “East Sea”',
          'Matched 南シナ海 for “East Sea”',
          'Matched ทะเลจีนใต้ for “East Sea”',
        ]),
      );
    expect(await page.locator('[data-result-list] .result__matched').count()).toBe(3);
    // The words found are each report's, marked with its language; the name searched is English.
    const found = await page
      .locator('[data-result-list] .result__matched mark')
      .evaluateAll((marks) => marks.map((mark) => [mark.textContent, mark.getAttribute('lang')]));
    expect(new Map(found as [string, string][])).toEqual(
      new Map([
        ['Biển Đông', 'vi'],
        ['南シナ海', 'ja'],
        ['ทะเลจีนใต้', 'th'],
      ]),
    );
    await page.context().close();
  });
});

describe('what a screen reader hears', () => {
  it('is the results once they stop changing, not a count at every keystroke, and a change of their order', async () => {
    const context = await site.browser.newContext({ viewport: DESK });
    const page = await context.newPage();
    // The page's own timers wait for the test: the announcement's pause passes only when the test says so.
    await page.clock.install();
    await page.goto(`${site.server.url}/search/`);
    await page.waitForSelector('[data-search-ready]');
    await page.clock.pauseAt(Date.now() + 60_000);
    const said = page.locator('[role="status"]');
    expect(await said.count()).toBe(1);
    await said.evaluate((region) => {
      const heard: string[] = [];
      Object.assign(window, { heard });
      new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const heard = () => page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    const status = page.locator('[data-search-status]');

    await page.locator('#search-query').pressSequentially('vaccine', { delay: 50 });
    await expect.poll(() => status.textContent()).toMatch(/^\d+ reports? for “vaccine”$/);
    const found = (await status.textContent())!;
    expect(await heard(), 'before the pause').toEqual([]);
    await page.clock.runFor(ANNOUNCE_PAUSE_MS);
    expect(await heard()).toEqual([found]);

    await page.locator('[data-search-sort]').selectOption('newest');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('newest');
    await page.clock.runFor(ANNOUNCE_PAUSE_MS);
    await expect.poll(heard).toEqual([found, `${found}, newest meeting first`]);
    await context.close();
  });
});
