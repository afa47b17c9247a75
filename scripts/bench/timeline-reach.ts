import { launchBrowser } from '../../tests/setup/browser.ts';
import { serveSite } from '../../tests/setup/serve.ts';
import { readPage } from '../../tests/setup/site.ts';

/** Whether a reader reaches every year's entries and every meeting in two clicks from `/timeline/` or `/`. */
export interface TimelineReach {
  /** The years the timeline's index lists. */
  years: number;
  /** Those whose page lists entries, each with a link onwards. */
  reachable: number;
  /** Years with meetings that the home page's chart does not link to their timeline. */
  missingFromHome: string[];
  /** Meetings whose entries are on a later page of their year, and those of them the year's first page links. */
  onLaterPages: number;
  linkedFromFirstPage: number;
  /** A reader's clicks in Chromium: a year on `/timeline/`, then the last meeting its first page links. */
  clickThrough: ClickThrough;
}

export interface ClickThrough {
  year: string;
  meeting: string;
  /** The page of the year that holds the meeting's entry. */
  entryPage: number;
  /** Whether the second click opened that meeting's page. */
  reached: boolean;
}

const YEAR_LINKS = '.timeline-decade__years a';
const MEETING_ENTRY_LINKS = '.timeline-meeting__name a[href]';
const CONTENTS_LINKS = '.year-contents a[href]';

/** Each page of a year's timeline, from its first, following its "Later" link. */
function yearPages(siteDir: string, firstPath: string): Document[] {
  const pages = [readPage(siteDir, firstPath)];
  for (let next = pages[0]; ;) {
    const later = next.querySelector('.pagination a[rel="next"]')?.getAttribute('href');
    if (!later) return pages;
    next = readPage(siteDir, later);
    pages.push(next);
  }
}

const hrefs = (page: Document, selector: string) =>
  [...page.querySelectorAll(selector)].map((link) => link.getAttribute('href')!);

export async function timelineReach(siteDir: string): Promise<TimelineReach> {
  const index = readPage(siteDir, '/timeline/');
  const yearLinks = hrefs(index, YEAR_LINKS);
  // Each year's pages, with the meetings each page has an entry for.
  const years = yearLinks.map((path) => {
    const pages = yearPages(siteDir, path);
    return { path, pages, meetingsByPage: pages.map((page) => hrefs(page, MEETING_ENTRY_LINKS)) };
  });
  const reachable = years.filter(({ pages }) => pages[0].querySelector('.timeline__entry a[href]') !== null);
  const fromHome = new Set(hrefs(readPage(siteDir, '/'), '.year-chart svg a'));
  const withMeetings = hrefs(index, '.year-chart svg a');
  let onLaterPages = 0;
  let linkedFromFirstPage = 0;
  for (const { pages, meetingsByPage } of years) {
    const linked = new Set(hrefs(pages[0], CONTENTS_LINKS));
    for (const later of meetingsByPage.slice(1)) {
      for (const href of later) {
        onLaterPages += 1;
        if (linked.has(href)) linkedFromFirstPage += 1;
      }
    }
  }
  // The reader's way to the meeting furthest from the index: the last meeting of the year with the most.
  const meetingCount = ({ meetingsByPage }: (typeof years)[number]) => meetingsByPage.flat().length;
  const longest = years.reduce((most, year) => (meetingCount(year) > meetingCount(most) ? year : most), years[0]);
  return {
    years: yearLinks.length,
    reachable: reachable.length,
    missingFromHome: withMeetings.filter((href) => !fromHome.has(href)),
    onLaterPages,
    linkedFromFirstPage,
    clickThrough: await clickThrough(siteDir, longest),
  };
}

async function clickThrough(siteDir: string, year: { path: string; meetingsByPage: string[][] }): Promise<ClickThrough> {
  const lastMeeting = year.meetingsByPage.flat().at(-1) ?? '';
  const entryPage = year.meetingsByPage.findIndex((meetings) => meetings.includes(lastMeeting)) + 1;
  const server = await serveSite(siteDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/timeline/`);
    await page.locator(`${YEAR_LINKS}[href="${year.path}"]`).click();
    await page.waitForURL(`**${year.path}`);
    // The first page's link where the year runs over pages; its own entry's where it does not.
    const link = page.locator(`${CONTENTS_LINKS}[href="${lastMeeting}"], ${MEETING_ENTRY_LINKS}[href="${lastMeeting}"]`).first();
    const name = (await link.textContent())?.trim() ?? '';
    await link.click();
    await page.waitForURL(`**${lastMeeting}`);
    const heading = (await page.locator('h1').textContent())?.trim() ?? '';
    return { year: year.path, meeting: name, entryPage, reached: heading.includes(name) && name !== '' };
  } finally {
    await browser.close();
    await server.close();
  }
}
