import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { calendarMeeting, meetingsCalendar } from '../../lib/meeting-calendar.ts';
import { keyedRoutes } from '../../build/page-cache-key.ts';
import { absoluteTo, siteContext } from '../../lib/site.ts';

/**
 * The meetings as an iCalendar file (`/data/meetings.ics`), one all-day event per meeting (however many reports
 * describe it), oldest first. One file, but a route with a parameter: Astro's incremental build reuses only such
 * routes' output (by cache key), and writing the events of 10,000 reports takes seconds.
 */
export const getStaticPaths = keyedRoutes(({ meetings }) => [
  { params: { calendar: 'meetings' }, props: { meetings: meetings.map(calendarMeeting) } },
]) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { meetings } }) => {
  const site = siteContext();
  const url = (sitePath: string) => absoluteTo(site, sitePath);
  const calendar = meetingsCalendar(meetings, { name: 'ASEAN–Japan meetings', url });
  return new Response(calendar, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
