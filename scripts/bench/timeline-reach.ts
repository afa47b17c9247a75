import { readPage } from '../../tests/setup/site.ts';

/** Whether a reader reaches every year's entries in two clicks: a year on `/timeline/` or `/`, then an entry. */
export interface TimelineReach {
  /** The years the timeline's index lists. */
  years: number;
  /** Those whose page lists entries, each with a link onwards. */
  reachable: number;
  /** Years with meetings that the home page's chart does not link to their timeline. */
  missingFromHome: string[];
}

export function timelineReach(siteDir: string): TimelineReach {
  const yearLinks = [...readPage(siteDir, '/timeline/').querySelectorAll('.timeline-decade__years a')].map((link) =>
    link.getAttribute('href')!,
  );
  const reachable = yearLinks.filter((path) => readPage(siteDir, path).querySelector('.timeline__entry a[href]') !== null);
  const fromHome = new Set(
    [...readPage(siteDir, '/').querySelectorAll('.year-chart svg a')].map((link) => link.getAttribute('href')),
  );
  const withMeetings = [...readPage(siteDir, '/timeline/').querySelectorAll('.year-chart svg a')].map((link) =>
    link.getAttribute('href'),
  );
  return {
    years: yearLinks.length,
    reachable: reachable.length,
    missingFromHome: withMeetings.filter((href): href is string => href !== null && !fromHome.has(href)),
  };
}
