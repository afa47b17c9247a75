import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/archive.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { formatCalendar } from '../../lib/icalendar.ts';
import { meetingEvent } from '../../lib/meeting-calendar.ts';

/** The meetings as an iCalendar file, one all-day event per article, oldest first. */
export const GET: APIRoute = async ({ site }) => {
  const { articles } = await loadArchive();
  const url = (sitePath: string) => absoluteUrl(site!, import.meta.env.BASE_URL, sitePath);
  const calendar = formatCalendar({
    productId: '-//ASEAN–Japan Dialogue Archive//Meetings//EN',
    name: 'ASEAN–Japan meetings',
    events: articles.map((article) => meetingEvent(article, { host: site!.host, url })),
  });
  return new Response(calendar, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
