/**
 * A minimal iCalendar (RFC 5545) writer for all-day events: escaped text, CRLF line endings and
 * lines folded at 75 octets without splitting a UTF-8 character.
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
  /** When the event's information was published; derived from the content, so every build writes the same file. */
  stamp: Date;
}

export interface Calendar {
  /** Who wrote the file, as `-//Organisation//Product//EN`. */
  productId: string;
  name: string;
  events: readonly CalendarEvent[];
}

const MAX_LINE_OCTETS = 75;
const CRLF = '\r\n';

/** Escapes a TEXT value: backslash, semicolon and comma get a backslash, and newlines become `\n`. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line into lines of at most 75 octets, each continuation starting with a space
 * (which counts towards its 75). Breaks fall between code points, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

function formatDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

/** A UTC date-time in the basic format, e.g. 20210802T093000Z. */
function formatDateTime(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function formatCalendar({ productId, name, events }: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(productId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${formatDateTime(event.stamp)}`,
      // An all-day event: with no DTEND it lasts the one day.
      `DTSTART;VALUE=DATE:${formatDate(event.start)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      `URL:${event.url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
