import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/archive.ts';
import { absoluteTo, SITE_NAME, siteContext } from '../../lib/site.ts';
import { formatCalendar } from '../../lib/icalendar.ts';
import { meetingEvent } from '../../lib/meeting-calendar.ts';

/** The meetings as an iCalendar file, one all-day event per article, oldest first. */
export const GET: APIRoute = async () => {
  const { articles } = await loadArchive();
  const site = siteContext();
  const url = (sitePath: string) => absoluteTo(site, sitePath);
  const calendar = formatCalendar({
    productId: `-//${SITE_NAME}//Meetings//EN`,
    name: 'ASEAN–Japan meetings',
    events: articles.map((article) => meetingEvent(article, { host: site.site.host, url })),
  });
  return new Response(calendar, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
