import ical, { ICalEventTransparency } from 'ical-generator';

/**
 * The meetings calendar, written by ical-generator (RFC 5545: escaped text, CRLF line endings, lines folded at
 * 75 octets). Events are all-day: a meeting has a date, not a time.
 */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface CalendarEvent {
  /** Globally unique and stable across builds, so calendar apps update an event instead of duplicating it. */
  uid: string;
  start: CalendarDate;
  summary: string;
  description: string;
  url: string;
}

export interface Calendar {
  /** Who wrote the file, as `-//Organisation//Product//EN`. */
  productId: string;
  name: string;
  /** When the file was written; every event carries it as its DTSTAMP. */
  stamp: Date;
  events: readonly CalendarEvent[];
}

export function formatCalendar({ productId, name, stamp, events }: Calendar): string {
  const calendar = ical({ prodId: productId, name });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      // Midnight UTC: ical-generator writes an all-day date from a Date's UTC fields, whatever the machine's zone.
      start: new Date(Date.UTC(event.start.year, event.start.month - 1, event.start.day)),
      allDay: true,
      stamp,
      summary: event.summary,
      description: event.description,
      url: event.url,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  // RFC 5545 ends every content line, the last one too, with CRLF; ical-generator leaves the last one bare.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
