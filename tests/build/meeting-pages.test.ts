import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtPages, fileFor, readPage } from '../setup/site.ts';

// The fixture archive's 2021 ministers' meeting has six reports (Viet Nam's news agency in Vietnamese, Japan's foreign
// ministry in English and in Japanese, Kyodo's wire, Thailand's foreign ministry in Thai, Viet Nam News), its 2020 forum one: the meeting pages read the
// reports side by side, and each report page links the others.
const siteDir = inject('siteDir');
const MEETING = '/meetings/asean-japan-foreign-ministers-meeting-2021/';
const FORUM = '/meetings/35th-asean-japan-forum/';
const REPORTS = [
  '/articles/2021-08-02-hoi-nghi-bo-truong-ngoai-giao-asean-nhat/',
  '/articles/2021-08-02-japan-asean-foreign-ministers-meeting/',
  '/articles/2021-08-02-japan-pledges-vaccines-at-asean-talks/',
  '/articles/2021-08-02-kan-prachum-ratthamontri-tangprathet-asean-yipun/',
  '/articles/2021-08-02-nichi-asean-gaisho-kaigi/',
  '/articles/2021-08-03-asean-japan-foreign-ministers-meeting/',
];
const LANGUAGES = ['vi', 'en', 'en', 'th', 'ja', 'en'];

const texts = (page: Document, selector: string) =>
  [...page.querySelectorAll(selector)].map((element) => element.textContent?.replace(/\s+/g, ' ').trim());
const hrefs = (page: Document, selector: string) => [...page.querySelectorAll(selector)].map((a) => a.getAttribute('href'));

describe('a meeting’s page', () => {
  const page = readPage(siteDir, MEETING);

  it('gives the meeting’s facts and lists its six reports, first published first, linked to their pages, with their languages and versions', () => {
    expect(page.querySelector('h1')?.textContent?.trim()).toBe("ASEAN–Japan Foreign Ministers' Meeting 2021");
    const facts = page.querySelector('.meeting-overview')!.textContent!.replace(/\s+/g, ' ');
    expect(facts).toContain('54th ASEAN Foreign Ministers');
    expect(facts).toContain('2 August 2021');
    expect(facts).toContain('Online');
    expect(page.querySelector('.meeting-overview time')?.getAttribute('datetime')).toBe('2021-08-02');
    expect(
      page.querySelector('.meeting-overview a[href="https://example.org/mofa/japan-asean-foreign-ministers-meeting-2021"]'),
    ).not.toBeNull();
    expect(hrefs(page, '.meeting-report-list > li > a')).toEqual(REPORTS);
    expect([...page.querySelectorAll('.meeting-report-list > li > a')].map((a) => a.getAttribute('lang'))).toEqual(LANGUAGES);
    const sources = texts(page, '.meeting-report-list__source');
    expect(sources).toHaveLength(6);
    expect(sources[0]).toBe('Thông tấn xã Việt Nam, 2 August 2021 (Vietnamese)');
    expect(sources[3]).toBe('กระทรวงการต่างประเทศ, 2 August 2021 (Thai)');
    expect(sources[4]).toBe('Ministry of Foreign Affairs of Japan, 2 August 2021 (Japanese)');
    expect(sources[5]).toMatch(/^Viet Nam News, 3 August 2021 \(English\)$/);
    // The foreign ministry's English and Japanese releases are versions of one another.
    expect(texts(page, '.meeting-report-list__versions')).toEqual(['Japanese version', 'English version']);
    expect(hrefs(page, '.meeting-report-list__versions a')).toEqual([REPORTS[4], REPORTS[1]]);
  });

  it('reads the six reports side by side, each column headed by its publisher and headline, its paragraphs numbered', () => {
    const columns = [...page.querySelectorAll('.report-column')];
    expect(columns).toHaveLength(6);
    expect(columns.map((column) => column.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
    expect(columns.map((column) => column.querySelector('.report-column__headline')?.getAttribute('href'))).toEqual(REPORTS);
    expect(columns.map((column) => column.querySelector('.report-column__body')?.getAttribute('lang'))).toEqual(LANGUAGES);
    expect(columns[2].querySelector('.report-column__publisher')?.textContent).toBe('Kyodo News');
    for (const [index, column] of columns.entries()) {
      const numbers = [...column.querySelectorAll('.report-column__body .paragraph-number')];
      expect(numbers.length, column.id).toBeGreaterThan(2);
      // Each number links to its paragraph on the report's own page, and stands in the paragraph this page keys.
      expect(numbers.map((number) => number.getAttribute('href'))).toEqual(numbers.map((_, n) => `${REPORTS[index]}#p-${n + 1}`));
      expect(numbers.map((number) => number.parentElement?.closest('[id]')?.id)).toEqual(
        numbers.map((_, n) => `${column.id}-p-${n + 1}`),
      );
    }
    // The tab list a phone switches with: one tab per report, controlling its column.
    const tabs = [...page.querySelectorAll('[role="tablist"] [role="tab"]')];
    expect(tabs.map((tab) => tab.getAttribute('aria-controls'))).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false', 'false', 'false', 'false']);
    // The ministry's two releases of one day are told apart by their languages.
    expect(texts(page, '[role="tablist"] [role="tab"]')).toEqual([
      'TTXVN',
      'MOFA, English',
      'Kyodo',
      'MFA',
      'MOFA, Japanese',
      'VNS',
    ]);
  });

  it('shows each report’s words as on its own page (where the archive’s note markers are not)', () => {
    for (const [index, report] of REPORTS.entries()) {
      const own = readPage(siteDir, report);
      const column = page.querySelectorAll('.report-column')[index];
      const paragraphs = (root: Element | Document) =>
        [...root.querySelectorAll('.article__body > [id], .report-column__body > [id]')].map((paragraph) => {
          const copy = paragraph.cloneNode(true) as Element;
          for (const marker of copy.querySelectorAll('.note-marker')) marker.remove();
          return copy.textContent;
        });
      expect(paragraphs(column), report).toEqual(paragraphs(own));
    }
  });

  it('gives everyone who took part once, with the roles the reports give, and the reports’ topics and dated events', () => {
    const people = [...page.querySelectorAll('[aria-labelledby="participants-heading"] .meeting-people__list > li')];
    const names = people.map((li) => li.querySelector('a')?.getAttribute('href'));
    expect(names).toContain('/people/motegi-toshimitsu/');
    expect(new Set(names).size).toBe(names.length);
    expect(hrefs(page, '[aria-labelledby="topics-heading"] a')).toContain('/topics/south-china-sea/');
    const events = hrefs(page, '[aria-labelledby="events-heading"] .meeting-people__list a:not(.archive-date__doubt)');
    expect(events.length).toBeGreaterThan(0);
    for (const href of events) expect(href).toMatch(/^\/articles\/[^/]+\/#p-\d+$/);
  });

  it('links, under the list of reports, each section of the page below the texts, by its heading', () => {
    for (const path of [MEETING, FORUM]) {
      const meetingPage = readPage(siteDir, path);
      const links = [...meetingPage.querySelectorAll('nav[aria-label="On this page"] a')];
      const headings = [...meetingPage.querySelectorAll('main h2[id]')].filter((heading) =>
        ['reading-heading', 'participants-heading', 'mentioned-heading', 'topics-heading', 'events-heading'].includes(heading.id),
      );
      expect(
        links.map((a) => a.getAttribute('href')),
        path,
      ).toEqual(headings.map(({ id }) => `#${id}`));
      expect(links.map((a) => a.textContent?.trim())).toEqual(headings.map((heading) => heading.textContent?.trim()));
    }
  });

  it('links the meetings before and after it, and is kept out of the reports’ search index', () => {
    expect(page.querySelector(`a[rel="prev"][href="${FORUM}"]`)).not.toBeNull();
    const html = readFileSync(fileFor(siteDir, MEETING)!, 'utf-8');
    expect(html).not.toContain('data-pagefind-body');
    expect(html).not.toContain('data-pagefind-filter');
  });

  it('shows a meeting with one report as that report alone, without columns or a switch', () => {
    const forum = readPage(siteDir, FORUM);
    expect(forum.querySelectorAll('.report-column')).toHaveLength(1);
    expect(forum.querySelector('.report-columns--several')).toBeNull();
    expect(forum.querySelector('[role="tablist"]')).toBeNull();
    expect(forum.querySelector('.report-column__body .paragraph-number')?.getAttribute('href')).toBe(
      '/articles/2020-10-15-35th-asean-japan-forum/#p-1',
    );
    expect(forum.querySelector(`a[rel="next"][href="${MEETING}"]`)).not.toBeNull();
  });
});

describe('the meetings’ list', () => {
  it('lists every meeting newest first, with its date, its number of reports and their publishers', () => {
    const list = readPage(siteDir, '/meetings/');
    expect(hrefs(list, '.meeting-list a')).toEqual([MEETING, FORUM]);
    const [first] = texts(list, '.meeting-list .card__meta');
    expect(first).toContain('6 reports');
    expect(first).toContain('Kyodo News');
  });

  it('is in the sitemap with every meeting’s page', () => {
    const sitemap = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf-8');
    for (const path of ['/meetings/', MEETING, FORUM]) expect(sitemap).toContain(`${path}</loc>`);
    expect(builtPages(siteDir).filter((path) => path.startsWith('/meetings/'))).toEqual(['/meetings/', FORUM, MEETING].sort());
  });
});

describe('a report’s page', () => {
  it('names its meeting and links the meeting’s other reports', () => {
    for (const report of REPORTS) {
      const page = readPage(siteDir, report);
      const section = page.querySelector('[aria-labelledby="report-meeting-heading"]')!;
      expect(section.querySelector(`a[href="${MEETING}"]`), report).not.toBeNull();
      const others = [...section.querySelectorAll('li a')].map((a) => a.getAttribute('href'));
      expect(others).toEqual(REPORTS.filter((other) => other !== report));
      // Each link's words tell it from every other (a publisher's two languages of one day apart).
      const names = [...section.querySelectorAll('li a')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
      expect(new Set(names).size, names.join(' | ')).toBe(names.length);
    }
    // A meeting with one report: its name above the headline links its page, and no list of others is shown.
    for (const report of [...REPORTS, '/articles/2020-10-15-35th-asean-japan-forum/']) {
      const meeting = report.includes('2020') ? FORUM : MEETING;
      expect(readPage(siteDir, report).querySelector(`.article__header .eyebrow a[href="${meeting}"]`), report).not.toBeNull();
    }
    const forum = readPage(siteDir, '/articles/2020-10-15-35th-asean-japan-forum/');
    expect(forum.querySelector('[aria-labelledby="report-meeting-heading"]')).toBeNull();
  });
});
