import { describe, expect, inject, it } from 'vitest';
import { builtPages, readPage } from '../setup/site.ts';

// One rule for shown dates, on the fixture archive: the 2020 report's meeting is dated only by its publication
// ("on or before 15 October 2020"), and the archive doubts the date it gives a summit (19 April 2020; held on the 14th).
const siteDir = inject('siteDir');
const pages = builtPages(siteDir).map((path) => ({ path, document: readPage(siteDir, path) }));
const FORUM = '/articles/2020-10-15-35th-asean-japan-forum/';

describe('dates on every page', () => {
  it('flag the doubted date wherever it is shown, linked to the archive’s note on the same page', () => {
    const showing = pages.filter(({ document }) => document.querySelector('time[datetime="2020-04-19"]'));
    expect(showing.map(({ path }) => path)).toEqual(expect.arrayContaining([FORUM, '/timeline/2020/']));
    for (const { path, document } of showing) {
      for (const time of document.querySelectorAll('time[datetime="2020-04-19"]')) {
        const flag = time.closest('.archive-date')?.querySelector('a.archive-date__doubt');
        expect(flag?.textContent, path).toBe('see the archive’s note on this date');
        const note = document.getElementById(flag!.getAttribute('href')!.slice(1));
        expect(note?.textContent, path).toContain('14 April 2020');
      }
    }
  });

  it('keep "on or before" wherever the meeting dated by its report’s publication is shown', () => {
    const showing = pages.filter(({ document }) => document.querySelector(`a[href="${FORUM}"]`));
    // Its own page, the report after it, the listings, the timeline, its people's, topics' and quote pages, the glossary.
    expect(showing.length).toBeGreaterThan(20);
    expect(
      pages.filter(({ document }) => document.body.textContent!.includes('on or before 15 October 2020')).map(({ path }) => path),
    ).toEqual(expect.arrayContaining([FORUM, ...showing.map(({ path }) => path)]));
    // Each meeting date says how the report fixes it; only the publication dates beside it are bare.
    for (const { path, document } of pages) {
      for (const time of document.querySelectorAll('time[datetime="2020-10-15"][title]')) {
        expect(time.textContent, path).toBe('on or before 15 October 2020');
      }
    }
  });
});
