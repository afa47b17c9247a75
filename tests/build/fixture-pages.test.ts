import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../setup/site.ts';

// Pages whose content the fixture archive fixes (tests/fixtures/archive): who attended what, and where they are named.
const siteDir = inject('siteDir');

describe('people and topic pages', () => {
  it('list the meetings a person attended and the meetings a topic has, each once with its reports', () => {
    const motegi = readPage(siteDir, '/people/motegi-toshimitsu/');
    expect(motegi.querySelector('h1 [lang="ja"]')?.textContent).toBe('茂木敏充');
    expect(motegi.querySelector('a[href="/articles/2021-08-03-asean-japan-foreign-ministers-meeting/"]')).not.toBeNull();

    // Offices with their dates, and the paragraphs of each report that name the person.
    expect(motegi.querySelector('.office-list time[datetime="2019-09-11"]')).not.toBeNull();
    // The meeting six reports describe is listed once, each report under it with the role it gives and its paragraphs.
    const meetings = [...motegi.querySelectorAll('.appearance-list > li')];
    expect(meetings.map((li) => li.querySelector(':scope > a')?.getAttribute('href'))).toEqual([
      '/meetings/asean-japan-foreign-ministers-meeting-2021/',
    ]);
    const reports = [...meetings[0].querySelectorAll('.appearance-list__reports > li')];
    // First published first: the Vietnamese agency's, the Japanese ministry's English release, Kyodo's, the Thai
    // ministry's, the Japanese ministry's Japanese release, VNS's; the ministry's two told apart by their language.
    expect(reports.map((li) => li.querySelector('a')?.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Thông tấn xã Việt Nam',
      'Ministry of Foreign Affairs of Japan (English)',
      'Kyodo News',
      'กระทรวงการต่างประเทศ',
      'Ministry of Foreign Affairs of Japan (Japanese)',
      'Viet Nam News',
    ]);
    expect(reports[2].textContent).toContain('Foreign Minister of Japan');
    const named = [...reports[5].querySelectorAll('.paragraph-links a')].map((a) => a.getAttribute('href'));
    expect(named).toEqual([
      '/articles/2021-08-03-asean-japan-foreign-ministers-meeting/#p-2',
      '/articles/2021-08-03-asean-japan-foreign-ministers-meeting/#p-5',
    ]);
    expect(motegi.body.textContent).toContain('In the archive: 1 meeting, 6 reports.');

    const sea = readPage(siteDir, '/topics/south-china-sea/');
    expect(sea.body.textContent).toContain('East Sea');
    expect(sea.querySelectorAll('.article-timeline__entries > li')).toHaveLength(2);
    expect(sea.body.textContent).toContain('2 meetings, 7 reports');
    expect([...sea.querySelectorAll('.article-timeline__date time')].map((time) => time.getAttribute('datetime'))).toEqual([
      '2020-10-15',
      '2021-08-02',
    ]);
  });
});
