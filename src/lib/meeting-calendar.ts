import { formatPartialDate, startOfPeriod, type PartialDate } from './dates.ts';
import type { CalendarEvent } from './icalendar.ts';
import { dateBasisNote, type DateBasis } from './meetings.ts';
import { paths } from './urls.ts';

export interface CalendarArticle {
  id: string;
  data: {
    summary: string;
    meeting: { name: string; date: PartialDate; dateBasis: DateBasis };
    publication: { date: PartialDate };
  };
}

/**
 * What the calendar shows of an article, and nothing more: the calendar's page key is a digest of it, so a change
 * to a report's words or people does not write the whole calendar again.
 */
export function calendarArticle({ id, data: { summary, meeting, publication } }: CalendarArticle): CalendarArticle {
  return {
    id,
    data: {
      summary,
      meeting: { name: meeting.name, date: meeting.date, dateBasis: meeting.dateBasis },
      publication: { date: publication.date },
    },
  };
}

/**
 * A meeting as an all-day calendar event. A meeting known only to the month or year sits on the
 * period's first day, and one the report does not date sits on the publication day; the description
 * then says "Date approximate" and why, so no calendar shows more precision than the report gives.
 */
export function meetingEvent(
  { id, data: { summary, meeting, publication } }: CalendarArticle,
  { host, url }: { host: string; url: (sitePath: string) => string },
): CalendarEvent {
  const { date, dateBasis } = meeting;
  const link = url(paths.article(id));
  const approximate =
    date.precision !== 'day'
      ? `Date approximate: the report dates the meeting only to ${formatPartialDate(date)}; it is shown on the first day.`
      : dateBasis === 'publication'
        ? `Date approximate: ${dateBasisNote(dateBasis)}`
        : undefined;
  return {
    uid: `${id}@${host}`,
    start: { year: date.year, month: date.month ?? 1, day: date.day ?? 1 },
    summary: meeting.name,
    description: [approximate, `Summary by the archive: ${summary}`, `The report: ${link}`].filter(Boolean).join('\n\n'),
    url: link,
    // DTSTAMP from the report's publication, not the build's clock: the same content gives the same file.
    stamp: startOfPeriod(publication.date),
  };
}
