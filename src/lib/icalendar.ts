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
  /** Where it was held, as the archive names the place. */
  location?: string;
  description: string;
  url: string;
  /** When the event's information was published; derived from the content, so every build writes the same file. */
  stamp: Date;
}

export interface Calendar {
  /** Who wrote the file: PRODID `-//<company>//<product>//EN`. */
  productId: { company: string; product: string };
  name: string;
  /** What the calendar is and whose its words are, as `X-WR-CALDESC` (read by Apple, Google and Outlook calendars). */
  description?: string;
  events: readonly CalendarEvent[];
}

/**
 * Control characters (tab aside) are not allowed in iCalendar TEXT (RFC 5545 §3.3.11) and ical-generator passes
 * them through, so they are dropped here; content fields refuse them anyway.
 */
function calendarText(value: string): string {
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/**
 * A TEXT value escaped as RFC 5545 §3.3.11 requires (backslash, semicolon, comma, line break). ical-generator
 * escapes its events' text but writes the calendar's own NAME, X-WR-CALNAME and X-WR-CALDESC as given.
 */
function escapedText(value: string): string {
  return calendarText(value)
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(/\r?\n/g, '\\n');
}

export function formatCalendar({ productId, name, description, events }: Calendar): string {
  const calendar = ical({
    prodId: { ...productId, language: 'EN' },
    name: escapedText(name),
    ...(description === undefined ? {} : { description: escapedText(description) }),
  });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      // Midnight UTC: ical-generator writes an all-day date from a Date's UTC fields, whatever the machine's zone.
      start: new Date(Date.UTC(event.start.year, event.start.month - 1, event.start.day)),
      allDay: true,
      stamp: event.stamp,
      summary: calendarText(event.summary),
      location: event.location === undefined ? null : calendarText(event.location),
      description: calendarText(event.description),
      url: event.url,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  // RFC 5545 ends every content line, the last one too, with CRLF; ical-generator leaves the last one bare.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
