import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { keyedRoutes } from '../../../build/page-cache-key.ts';
import { calendarMeeting, meetingsCalendar } from '../../../lib/meeting-calendar.ts';
import { absoluteTo, siteContext } from '../../../lib/site.ts';

/**
 * A meeting as a calendar file of its one event (`/meetings/<id>/meeting.ics`), linked from its page: the same
 * event, UID included, as the whole calendar's, so adding both to a calendar gives the meeting once.
 */
export const getStaticPaths = keyedRoutes(({ meetings }) =>
  meetings.map((meeting) => ({ params: { id: meeting.id }, props: { meeting: calendarMeeting(meeting) } })),
) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { meeting } }) => {
  const site = siteContext();
  const calendar = meetingsCalendar([meeting], { name: meeting.data.name, url: (sitePath) => absoluteTo(site, sitePath) });
  return new Response(calendar, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
