import { compareDates, formatPartialDate, startOfPeriod, type PartialDate } from './dates.ts';
import { shownHeadline } from './headline.ts';
import { formatCalendar, type CalendarEvent } from './icalendar.ts';
import type { DateBasis } from './meetings.ts';
import { ARCHIVE_ID, RIGHTS_STATEMENT, SITE_NAME } from './site.ts';
import { paths } from './urls.ts';

/** A meeting as the calendar shows it: its facts, and its reports (first published first). */
export interface CalendarMeeting {
  id: string;
  data: { name: string; date: PartialDate; dateBasis: DateBasis; place?: string };
  reports: {
    id: string;
    data: { headline: string; headlineSupplied: boolean; publication: { publisher: string; date: PartialDate } };
  }[];
}

/**
 * What the calendar shows of a meeting, and nothing more: the calendar's page key is a digest of it, so a change to
 * a report's words or people does not write the whole calendar again.
 */
export function calendarMeeting({ id, data: { name, date, dateBasis, place }, reports }: CalendarMeeting): CalendarMeeting {
  return {
    id,
    data: { name, date, dateBasis, ...(place === undefined ? {} : { place }) },
    reports: reports.map(({ id, data: { headline, headlineSupplied, publication } }) => ({
      id,
      data: { headline, headlineSupplied, publication: { publisher: publication.publisher, date: publication.date } },
    })),
  };
}

/** The UID of a meeting's event: from its id and the archive's fixed name, never from where the site is served. */
export const meetingUid = (id: string) => `meeting-${id}@${ARCHIVE_ID}`;

/**
 * A meeting as one all-day calendar event, however many reports describe it: its name, place and page, and its
 * reports listed in the description. A meeting known only to the month or year sits on the period's first day, and
 * one no report dates sits on the day of its first report; the description then says "Date approximate" and why,
 * so no calendar shows more precision than the reports give.
 */
export function meetingEvent(
  { id, data: { name, date, dateBasis, place }, reports }: CalendarMeeting,
  url: (sitePath: string) => string,
): CalendarEvent {
  const approximate =
    date.precision !== 'day'
      ? `Date approximate: the reports date the meeting only to ${formatPartialDate(date)}; it is shown on the first day.`
      : dateBasis === 'publication'
        ? 'Date approximate: no report dates the meeting; it took place on or before the day the first report was published.'
        : undefined;
  const reportLines = reports.map(
    ({ id: reportId, data: { headline, headlineSupplied, publication } }) =>
      `- ${publication.publisher}, ${formatPartialDate(publication.date)}: ${shownHeadline({ headline, headlineSupplied })} ${url(paths.article(reportId))}`,
  );
  const newest = reports.map(({ data }) => data.publication.date).reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));
  return {
    uid: meetingUid(id),
    start: { year: date.year, month: date.month ?? 1, day: date.day ?? 1 },
    summary: name,
    ...(place === undefined ? {} : { location: place }),
    description: [
      approximate,
      `${reports.length === 1 ? 'The report' : `The ${reports.length} reports`} in the archive:\n${reportLines.join('\n')}`,
      `The meeting: ${url(paths.meeting(id))}`,
    ]
      .filter(Boolean)
      .join('\n\n'),
    url: url(paths.meeting(id)),
    // DTSTAMP from the newest report's publication, not the build's clock: the same content gives the same file, and
    // a new report of the meeting makes a newer stamp.
    stamp: startOfPeriod(newest),
  };
}

/**
 * A calendar file of meetings, each one event (`meetingEvent`): the whole calendar (`/data/meetings.ics`) and each
 * meeting's own (`/meetings/<id>/meeting.ics`) are written by this one function, so a meeting's event is the same
 * in both. The calendar's description says what it is and whose the reports' words are.
 */
export function meetingsCalendar(
  meetings: readonly CalendarMeeting[],
  { name, url }: { name: string; url: (sitePath: string) => string },
): string {
  return formatCalendar({
    productId: { company: SITE_NAME, product: 'Meetings' },
    name,
    description: `${meetings.length === 1 ? 'An ASEAN–Japan meeting' : 'ASEAN–Japan meetings'} as the reports in the ${SITE_NAME} describe ${meetings.length === 1 ? 'it' : 'them'}. ${RIGHTS_STATEMENT}`,
    events: meetings.map((meeting) => meetingEvent(meeting, url)),
  });
}
