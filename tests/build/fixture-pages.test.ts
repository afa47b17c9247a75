import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../setup/site.ts';

// Pages whose content the fixture archive fixes (tests/fixtures/archive): who attended what, and where they are named.
const siteDir = inject('siteDir');

describe('people and topic pages', () => {
  it('list the meetings a person attended and the articles a topic has', () => {
    const motegi = readPage(siteDir, '/people/motegi-toshimitsu/');
    expect(motegi.querySelector('h1 [lang="ja"]')?.textContent).toBe('茂木敏充');
    expect(motegi.querySelector('a[href="/articles/2021-08-03-asean-japan-foreign-ministers-meeting/"]')).not.toBeNull();

    // Offices with their dates, and the paragraphs of each report that name the person.
    expect(motegi.querySelector('.office-list time[datetime="2019-09-11"]')).not.toBeNull();
    const named = [...motegi.querySelectorAll('.paragraph-links a')].map((a) => a.getAttribute('href'));
    expect(named).toEqual([
      '/articles/2021-08-03-asean-japan-foreign-ministers-meeting/#p-2',
      '/articles/2021-08-03-asean-japan-foreign-ministers-meeting/#p-5',
    ]);

    const sea = readPage(siteDir, '/topics/south-china-sea/');
    expect(sea.body.textContent).toContain('East Sea');
    expect(sea.querySelectorAll('.article-timeline li')).toHaveLength(2);
    expect([...sea.querySelectorAll('.article-timeline time')].map((time) => time.getAttribute('datetime'))).toEqual([
      '2020-10-15',
      '2021-08-02',
    ]);
  });
});
