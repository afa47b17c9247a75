import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { NEW_ENTRY_AFTER_MS, RESULTS_PAGE_SIZE } from '../../src/lib/search-terms.ts';
import { filePaths } from '../../src/lib/urls.ts';
import { useSiteInBrowser } from '../setup/browser.ts';

const FORUM_2020 = '/articles/2020-10-15-35th-asean-japan-forum/';
const MEETING_2021 = '/articles/2021-08-03-asean-japan-foreign-ministers-meeting/';
// The other two reports of the 2021 meeting: Japan's foreign ministry's release and a Kyodo wire report.
const MOFA_2021 = '/articles/2021-08-02-japan-asean-foreign-ministers-meeting/';
const KYODO_2021 = '/articles/2021-08-02-japan-pledges-vaccines-at-asean-talks/';
const ALL_2021 = [MOFA_2021, KYODO_2021, MEETING_2021];
// The 2021 meeting's reports in the languages they were published in: Viet Nam's news agency's, the ministry's
// Japanese release and Thailand's foreign ministry's Thai release.
const VI_2021 = '/articles/2021-08-02-hoi-nghi-bo-truong-ngoai-giao-asean-nhat/';
const JA_2021 = '/articles/2021-08-02-nichi-asean-gaisho-kaigi/';
const TH_2021 = '/articles/2021-08-02-kan-prachum-ratthamontri-tangprathet-asean-yipun/';

const site = useSiteInBrowser();

/** A fresh page (on the search page, once its script is ready) that records script errors and CSP refusals. */
async function openPage(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const javaScriptEnabled = options.javaScriptEnabled ?? true;
  const context = await site.browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  await page.goto(site.server.url + path);
  if (javaScriptEnabled && path.startsWith('/search/')) await page.waitForSelector('[data-search-ready]');
  return { page, errors };
}

/**
 * The article paths listed as report results (the first page of them), in order, once the status says `summary` and
 * the list matches it.
 */
async function resultPaths(page: Page, summary: RegExp): Promise<string[]> {
  const read = async () => ({
    summary: (await page.locator('[data-search-status]').textContent()) ?? '',
    paths: await page
      .locator('[data-result-list] .result__title a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
  });
  await expect
    .poll(async () => {
      const { summary: text, paths } = await read();
      return summary.test(text) && paths.length === Math.min(RESULTS_PAGE_SIZE, Number(/^\d+/.exec(text)?.[0] ?? 0));
    })
    .toBe(true);
  return (await read()).paths;
}

/** Every report result's article path, in order: "Show more reports" until all `count` are shown. */
async function allResultPaths(page: Page, count: number): Promise<string[]> {
  const cards = page.locator('[data-result-list] .result__title a');
  while ((await cards.count()) < count) {
    const shown = await cards.count();
    await page.getByRole('button', { name: 'Show more reports' }).click();
    await expect.poll(() => cards.count()).toBeGreaterThan(shown);
  }
  return cards.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

const searchInput = (page: Page) => page.locator('#search-query');
const searchParams = (page: Page) => new URL(page.url()).searchParams;

describe('one search across the reports’ languages', () => {
  // Each language has its own index (its word segmentation and stemming); the page searches them all at once.
  for (const [query, found] of [
    // His name in Latin letters: said by the English and Vietnamese reports, and the Japanese one's through his names.
    ['Motegi', [MOFA_2021, KYODO_2021, MEETING_2021, VI_2021, JA_2021, TH_2021]],
    // In kanji: said by the Japanese report (segmented: 茂木大臣 too), and the others' through his names.
    ['茂木', [MOFA_2021, KYODO_2021, MEETING_2021, VI_2021, JA_2021, TH_2021]],
    // With and without the diacritics; the Japanese report writes ブイ・タイン・ソン, a variant of his.
    ['Bùi Thanh Sơn', [MOFA_2021, KYODO_2021, MEETING_2021, VI_2021, JA_2021, TH_2021]],
    ['Bui Thanh Son', [MOFA_2021, KYODO_2021, MEETING_2021, VI_2021, JA_2021, TH_2021]],
    // Words only the Vietnamese report has, folded, and only the Japanese one has, within a sentence without spaces.
    ['Nhat Ban', [VI_2021]],
    ['外相会議', [JA_2021]],
    // Thai words, within runs without spaces: segmented by Pagefind's Thai index and by the query alike.
    ['วีดิทัศน์', [TH_2021]],
    ['เวียดนาม', [TH_2021]],
    // His Thai name: the Thai report says it, and Viet Nam News's English report has it among his names.
    ['ดอน ปรมัตถ์วินัย', [TH_2021, MEETING_2021]],
  ] as const) {
    it(`finds “${query}” in every language that names it`, async () => {
      const { page, errors } = await openPage(`/search/?q=${encodeURIComponent(query)}`);
      await resultPaths(page, new RegExp(`^${found.length} reports? for`));
      // Five cards at a time.
      expect((await allResultPaths(page, found.length)).sort()).toEqual([...found].sort());
      expect(errors).toEqual([]);
    });
  }

  it('sorts the reports of every language together by meeting date, newest or oldest first', async () => {
    // "ASEAN" is in all seven reports: the 2020 forum's, in English, and the 2021 meeting's, in four languages. The page
    // puts the results of every language in the reports' date order.
    const meetingDate = (path: string) => (path === FORUM_2020 ? '2020-10-15' : '2021-08-02');
    for (const [sort, inOrder] of [
      ['newest', (dates: string[]) => dates.toSorted().reverse()],
      ['oldest', (dates: string[]) => dates.toSorted()],
    ] as const) {
      const { page, errors } = await openPage(`/search/?q=ASEAN&sort=${sort}`);
      await resultPaths(page, /^7 reports/);
      const paths = await allResultPaths(page, 7);
      expect(paths.toSorted()).toEqual([FORUM_2020, ...ALL_2021, VI_2021, JA_2021, TH_2021].sort());
      const dates = paths.map(meetingDate);
      expect(dates, sort).toEqual(inOrder(dates));
      expect(errors).toEqual([]);
    }
  });

  it('names each result’s language and marks its headline and excerpt with it', async () => {
    const { page } = await openPage('/search/?q=' + encodeURIComponent('外相会議'));
    await resultPaths(page, /^1 report/);
    const card = page.locator('[data-result-list] .result').first();
    expect(await card.locator('.result__facts').textContent()).toMatch(/ · Japanese$/);
    expect(await card.locator('.result__title a').getAttribute('lang')).toBe('ja');
    expect(await card.locator('.result__excerpt').getAttribute('lang')).toBe('ja');
    const { page: english } = await openPage('/search/?q=reconciliation');
    await resultPaths(english, /^1 report/);
    expect(await english.locator('.result__facts').first().textContent()).toMatch(/ · English$/);
    expect(await english.locator('.result__title a').first().getAttribute('lang')).toBeNull();
  });

  it('marks a card’s publisher with the language its name is written in, the Japanese release’s English name not', async () => {
    const { page } = await openPage('/search/?q=' + encodeURIComponent('Nhat Ban'));
    await resultPaths(page, /^1 report/);
    const publisher = page.locator('[data-result-list] .result .result__facts span[lang]');
    expect(await publisher.textContent()).toBe('Thông tấn xã Việt Nam');
    expect(await publisher.getAttribute('lang')).toBe('vi');
    const { page: japanese } = await openPage('/search/?q=' + encodeURIComponent('外相会議'));
    await resultPaths(japanese, /^1 report/);
    const facts = japanese.locator('[data-result-list] .result .result__facts').first();
    expect(await facts.textContent()).toContain('Ministry of Foreign Affairs of Japan');
    expect(await facts.locator('[lang]').count()).toBe(0);
  });

  it('filters by language, with counts', async () => {
    const { page } = await openPage('/search/?q=ASEAN');
    // Seven, five cards at a time.
    expect(await resultPaths(page, /^7 reports/)).toHaveLength(RESULTS_PAGE_SIZE);
    // The query's counts come as the reader turns to the filters, and the panel says so till then.
    const waiting = page.locator('.search-filters__waiting');
    expect(await waiting.isVisible()).toBe(true);
    await page.locator('[data-search-filters]').hover();
    await expect.poll(() => waiting.isVisible()).toBe(false);
    // Four languages: the facet is written open.
    const count = (name: string) =>
      page.locator('[data-facet="language"] label', { hasText: name }).locator('[data-count-value]').textContent();
    await expect.poll(() => count('English')).toBe('4');
    await expect.poll(() => count('Vietnamese')).toBe('1');
    await expect.poll(() => count('Japanese')).toBe('1');
    await expect.poll(() => count('Thai')).toBe('1');
    await page.getByRole('checkbox', { name: /^Japanese/ }).check();
    expect(await resultPaths(page, /^1 report/)).toEqual([JA_2021]);
    expect(searchParams(page).getAll('language')).toEqual(['Japanese']);
  });
});

describe('the search page', () => {
  it('shows the results of a deep link on load, with the query in the box', async () => {
    const { page, errors } = await openPage('/search/?q=reconciliation');
    expect(await resultPaths(page, /^1 report/)).toEqual([MEETING_2021]);
    await expect.poll(() => searchInput(page).inputValue()).toBe('reconciliation');
    expect(await page.locator('[data-result-list] mark').first().textContent()).toMatch(/reconciliation/i);
    expect(errors).toEqual([]);
  });

  it('works under the strict Content-Security-Policy the page declares', async () => {
    const { page, errors } = await openPage('/search/?q=ACPHEED');
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(policy).not.toContain('unsafe-inline');
    expect(await resultPaths(page, /^6 reports for “ACPHEED”/)).toHaveLength(RESULTS_PAGE_SIZE);
    expect(errors).toEqual([]);
  });

  it('puts the query into the address as the reader types, and Back returns to the previous query', async () => {
    const { page } = await openPage('/search/');
    await searchInput(page).fill('reconciliation');
    expect(await resultPaths(page, /^1 report for “reconciliation”/)).toEqual([MEETING_2021]);
    await expect.poll(() => searchParams(page).get('q')).toBe('reconciliation');

    await page.waitForTimeout(NEW_ENTRY_AFTER_MS + 100); // let the first query settle into its own history entry
    await searchInput(page).fill('Korean Peninsula');
    expect(await resultPaths(page, /^1 report for “Korean Peninsula”/)).toEqual([FORUM_2020]);
    await expect.poll(() => searchParams(page).get('q')).toBe('Korean Peninsula');

    await page.goBack();
    await expect.poll(() => searchParams(page).get('q')).toBe('reconciliation');
    expect(await resultPaths(page, /^1 report for “reconciliation”/)).toEqual([MEETING_2021]);
    await expect.poll(() => searchInput(page).inputValue()).toBe('reconciliation');
  });

  it('filters with OR within a facet and AND across facets, with counts that match the results', async () => {
    const { page } = await openPage('/search/?q=ASEAN');
    expect(await resultPaths(page, /^7 reports/)).toHaveLength(RESULTS_PAGE_SIZE);

    await page.locator('summary', { hasText: 'Topic' }).click();
    await page.getByRole('checkbox', { name: /^Myanmar/ }).check();
    // The 2021 meeting's English reports, the ministry's Japanese release and the Thai one (the Vietnamese report leaves
    // Myanmar out).
    expect((await resultPaths(page, /^5 reports/)).sort()).toEqual([...ALL_2021, JA_2021, TH_2021].sort());
    expect(searchParams(page).getAll('topic')).toEqual(['Myanmar']);
    // With Myanmar ticked, only the 2021 meeting's people are left.
    const participantCount = (name: string) =>
      page.locator('[data-facet="participant"] label', { hasText: name }).locator('[data-count-value]').textContent();
    await expect.poll(() => participantCount('Bùi Thanh Sơn')).toBe('5');
    await expect.poll(() => participantCount('Takeo Mori')).toBe('0');
    // A second topic in the same facet widens the results...
    await page.getByRole('checkbox', { name: /^Korean Peninsula/ }).check();
    expect(await resultPaths(page, /^6 reports/)).toHaveLength(RESULTS_PAGE_SIZE);
    // ...and a year narrows them again.
    await page.getByRole('checkbox', { name: /^2020/ }).check();
    expect(await resultPaths(page, /^1 report/)).toEqual([FORUM_2020]);
    expect(searchParams(page).getAll('year')).toEqual(['2020']);
  });

  it('restores ticked filters from a shared address', async () => {
    const { page } = await openPage('/search/?q=ASEAN&publisher=Viet+Nam+News');
    expect(await resultPaths(page, /^1 report/)).toEqual([MEETING_2021]);
    expect(await page.getByRole('checkbox', { name: /^Viet Nam News/ }).isChecked()).toBe(true);
  });

  it('sorts by meeting date, newest or oldest first', async () => {
    // In the 2020 report and one of the 2021 meeting's.
    const { page } = await openPage('/search/?q=Mekong');
    await resultPaths(page, /^2 reports/);
    await page.locator('[data-search-sort]').selectOption('newest');
    await expect.poll(() => resultPaths(page, /^2 reports/)).toEqual([MEETING_2021, FORUM_2020]);
    expect(searchParams(page).get('sort')).toBe('newest');
    await page.locator('[data-search-sort]').selectOption('oldest');
    await expect.poll(() => resultPaths(page, /^2 reports/)).toEqual([FORUM_2020, MEETING_2021]);
  });

  it('opens a result with the matched words highlighted on the article page', async () => {
    const { page } = await openPage('/search/?q=reconciliation');
    await resultPaths(page, /^1 report/);
    await page.locator('[data-result-list] a').first().click();
    await page.waitForURL(/\/articles\/2021-08-03-asean-japan-foreign-ministers-meeting\/\?highlight=reconciliation#p-\d+$/);
    await expect.poll(() => page.locator('.article__body mark.pagefind-highlight').count()).toBeGreaterThan(0);
    expect((await page.locator('.article__body mark.pagefind-highlight').first().textContent())?.toLowerCase()).toBe(
      'reconciliation',
    );
  });

  it('searches what an input method commits, not the letters it is still composing', async () => {
    const { page } = await openPage('/search/');
    const box = page.getByRole('searchbox');
    await box.focus();
    const input = await page.context().newCDPSession(page);
    // Romaji on the way to kana, then the kana on the way to kanji.
    await input.send('Input.imeSetComposition', { text: 'm', selectionStart: 1, selectionEnd: 1 });
    await expect.poll(() => box.inputValue()).toBe('m');
    await input.send('Input.imeSetComposition', { text: 'もてぎ', selectionStart: 3, selectionEnd: 3 });
    await expect.poll(() => box.inputValue()).toBe('もてぎ');
    expect(await page.evaluate(() => location.search)).not.toContain('q=');
    await input.send('Input.insertText', { text: '茂木' });
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('q'))).toBe('茂木');
    await resultPaths(page, /^\d+ reports? for “茂木”/);
  });

  it('searches a word a phone’s keyboard composes as it is typed, in plain letters', async () => {
    const { page } = await openPage('/search/');
    await page.getByRole('searchbox').focus();
    const input = await page.context().newCDPSession(page);
    await input.send('Input.imeSetComposition', { text: 'Motegi', selectionStart: 6, selectionEnd: 6 });
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('q'))).toBe('Motegi');
    await resultPaths(page, /^\d+ reports? for “Motegi”/);
  });

  it('highlights each word of a query on the article page, where the words stand apart', async () => {
    const { page } = await openPage('/search/?q=reconciliation Motegi');
    await resultPaths(page, /^\d+ reports? for/);
    await page.locator(`[data-result-list] a[href*="${MEETING_2021}"]`).click();
    await page.waitForURL(/\?highlight=reconciliation&highlight=Motegi#p-\d+$/);
    const marked = page.locator('.article__body mark.pagefind-highlight');
    await expect
      .poll(async () => new Set((await marked.allTextContents()).map((text) => text.toLowerCase())))
      .toEqual(new Set(['reconciliation', 'motegi']));
  });

  it('highlights whole words where the report spaces its words, any run of letters where it does not', async () => {
    const { page } = await openPage(`${MEETING_2021}?highlight=East&highlight=Sea`);
    const marks = page.locator('.article__body mark.pagefind-highlight');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    // No "Sea" marked inside "ASEAN": each mark stands between non-letters.
    const inWords = await marks.evaluateAll(
      (elements) =>
        elements.filter(
          (mark) =>
            /\p{L}/u.test(mark.previousSibling?.textContent?.slice(-1) ?? '') ||
            /\p{L}/u.test(mark.nextSibling?.textContent?.charAt(0) ?? ''),
        ).length,
    );
    expect(inWords).toBe(0);
    await page.goto(`${site.server.url}/articles/2021-08-02-nichi-asean-gaisho-kaigi/?highlight=外相`);
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
  });

  it('sends a word the query only began to the report as the whole word its excerpt shows', async () => {
    const { page } = await openPage('/search/?q=reconcil');
    await resultPaths(page, /^\d+ reports? for/);
    const link = page.locator(`[data-result-list] a[href*="${MEETING_2021}"]`);
    expect(new URL((await link.getAttribute('href'))!, site.server.url).searchParams.getAll('highlight')).toEqual([
      'reconcil',
      'reconciliation',
    ]);
    await link.click();
    const marks = page.locator('.article__body mark.pagefind-highlight');
    await expect.poll(() => marks.allTextContents()).toEqual(['reconciliation']);
  });

  it('loads nothing from the search bundle on an ordinary visit to an article', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(site.server.url + MEETING_2021);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((path) => path.startsWith('/pagefind'))).toEqual([]);
    await context.close();
  });

  it("fetches Pagefind's script (preloaded by the page), worker, WebAssembly and each index chunk once, and searches both indexes", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${site.server.url}/search/?q=Motegi`);
    await resultPaths(page, /^\d+ reports? for “Motegi”/);
    await expect.poll(() => page.locator('[data-entity-list] a').count()).toBeGreaterThan(0);
    const scripts = fetched.filter((path) => /\/pagefind(-worker)?\.js$/.test(path));
    expect(scripts.sort()).toEqual(['/pagefind/pagefind-worker.js', '/pagefind/pagefind.js']);
    expect(await page.locator('head link[rel="modulepreload"]').getAttribute('href')).toBe('/pagefind/pagefind.js');
    const chunks = fetched.filter((path) => path.endsWith('.pf_index'));
    expect(chunks.length).toBeGreaterThan(0);
    expect(new Set(chunks).size).toBe(chunks.length);
    expect(fetched.filter((path) => /\/wasm\.[^/]*\.pagefind$/.test(path))).toEqual(['/pagefind/wasm.en.pagefind']);
    // Each index still comes from its own bundle.
    expect(fetched.some((path) => path.startsWith('/pagefind-entities/') && path.endsWith('.pf_meta'))).toBe(true);
    expect(fetched.some((path) => path.startsWith('/pagefind/') && path.endsWith('.pf_meta'))).toBe(true);
    // The reports' date order only for a search sorted by date, and once.
    expect(fetched).not.toContain(filePaths.searchDateOrder);
    for (const sort of ['newest', 'oldest']) {
      await page.locator('[data-search-sort]').selectOption(sort);
      await expect.poll(() => searchParams(page).get('sort')).toBe(sort);
      await resultPaths(page, /^\d+ reports? for “Motegi”/);
    }
    await expect.poll(() => fetched.filter((path) => path === filePaths.searchDateOrder)).toEqual([filePaths.searchDateOrder]);
    await context.close();
  });

  describe('survives hostile and odd queries', () => {
    const queries = [
      '',
      '<script>window.__injected = true</script>',
      '<img src=x onerror="window.__injected = true">',
      '.*+?^${}()|[]\\',
      '🇯🇵 🤝 🇻🇳',
      '\u200fمرحبا\u200e ASEAN',
      '"unbalanced (quote',
      'x'.repeat(5000),
    ];

    it.each(queries.map((query) => [query.slice(0, 40), query]))('%s', async (_, query) => {
      const { page, errors } = await openPage('/search/');
      await searchInput(page).fill(query);
      // The status names exactly the words searched (the box keeps at most its maxlength of them).
      const searched = (await searchInput(page).inputValue()).trim();
      const escaped = searched.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await expect
        .poll(() => page.locator('[data-search-status]').textContent())
        .toMatch(searched ? new RegExp(`^(\\d+ reports?|No reports) for “${escaped}”$`) : /^Type to search$/);
      if (!searched) expect(await page.locator('[data-result-list] li').count()).toBe(0);
      expect(await page.evaluate(() => 'injected' in window || '__injected' in window)).toBe(false);
      expect(await page.locator('[data-search] script, [data-search] img').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  });
});

describe('without JavaScript', () => {
  it('puts the keys in the box on coming to search from the header, and not over the results of a shared query', async () => {
    const { page } = await openPage(FORUM_2020);
    await page.locator('header a', { hasText: 'Search' }).click();
    await page.waitForURL(/\/search\/$/);
    await expect.poll(() => searchInput(page).evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('vaccine');
    expect(await searchInput(page).inputValue()).toBe('vaccine');
    const { page: shared } = await openPage('/search/?q=vaccine');
    await expect.poll(() => shared.locator('#search-hits a').count()).toBeGreaterThan(0);
    expect(await searchInput(shared).evaluate((input) => input === document.activeElement)).toBe(false);
  });

  it("the header links to the search page, whose form still searches and which offers the menu's browse pages", async () => {
    const { page } = await openPage(FORUM_2020, { javaScriptEnabled: false });
    await page.locator('header a', { hasText: 'Search' }).click();
    await page.waitForURL(/\/search\/$/);
    await searchInput(page).fill('vaccine');
    await searchInput(page).press('Enter');
    await page.waitForURL(/\/search\/\?q=vaccine$/);
    const notice = page.locator('.search-noscript');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('needs JavaScript');
    const menuLinks = await page.locator('header nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(menuLinks.length).toBeGreaterThan(0);
    expect(await notice.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(menuLinks);
    expect(await page.locator('[data-search]').isVisible()).toBe(false);
  });
});

describe("the index, through Pagefind's JavaScript API", () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openPage('/'));
  });

  // Written as page source: Vitest would rewrite a dynamic import() inside a function it compiles.
  const inPage = <T>(body: string, term: string): Promise<T> =>
    page.evaluate(
      `(async (query) => { const pagefind = await import('/pagefind/pagefind.js'); ${body} })(${JSON.stringify(term)})`,
    );

  const find = (term: string) =>
    inPage<string[]>(
      'const search = await pagefind.search(query, { filters: { section: "report" } }); const data = await Promise.all(search.results.map((r) => r.data())); return data.map((d) => d.url).sort();',
      term,
    );

  it.each([
    ['Bui Thanh Son', ALL_2021],
    ['Bùi Thanh Sơn', ALL_2021],
    ['Nguyễn Quốc Dũng', [FORUM_2020]],
    ['Nguyen Quoc Dung', [FORUM_2020]],
  ])('folds diacritics either way: %s', async (term, expected) => {
    expect(await find(term)).toEqual(expected);
  });

  it.each([
    ['South China Sea', [FORUM_2020, ...ALL_2021]],
    ['East Sea', [FORUM_2020, ...ALL_2021]],
    ['茂木敏充', ALL_2021],
    ['森健良', [FORUM_2020]],
    ['Motegi Toshimitsu', ALL_2021],
    ['Outlook on the Indo-Pacific', [FORUM_2020, MOFA_2021]],
  ])('finds articles by the aliases of what they are tagged with: %s', async (term, expected) => {
    expect(await find(term)).toEqual(expected);
  });

  it('ranks a headline match above matches in body text', async () => {
    // "cooperation" is in three bodies, but only in the 2020 report's headline.
    const ranked = await inPage<string[]>(
      'const search = await pagefind.search(query, { filters: { section: "report" } }); return Promise.all(search.results.map(async (r) => (await r.data()).url));',
      'cooperation',
    );
    expect(ranked[0]).toBe(FORUM_2020);
    expect(ranked.slice(1).sort()).toEqual([MOFA_2021, MEETING_2021]);
  });

  it('leaves the navigation, footer, summaries, notes and source blocks out of the index', async () => {
    // Words that appear on article pages only in chrome or editorial blocks (one at a time: Pagefind
    // drops words it does not know from a multi-word query).
    for (const chrome of ['Skip', 'Summary', 'Editorial', 'identifications', 'untitled']) {
      expect(await find(chrome), chrome).toEqual([]);
    }
  });

  it('keeps the aliases out of excerpts', async () => {
    const excerpts = await inPage<string[]>(
      'const search = await pagefind.search(query, { filters: { section: "report" } }); return Promise.all(search.results.map(async (r) => (await r.data()).excerpt));',
      'East Sea',
    );
    expect(excerpts.length).toBe(4);
    // Three reports say only "South China Sea": their excerpts must not borrow the alias.
    expect(excerpts.join(' ')).not.toMatch(/Biển Đông|南シナ海/);
  });
});
