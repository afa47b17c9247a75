import { describe, expect, it } from 'vitest';
import { formatCalendar } from '../../src/lib/icalendar.ts';

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('formatCalendar', () => {
  const calendar = formatCalendar({
    productId: { company: 'Archive', product: 'Meetings' },
    name: 'Meetings, all; of them',
    description: 'Whose words; the rest, CC BY\\4.0\nsecond line',
    events: [
      {
        uid: 'a-meeting@archive.test',
        start: { year: 2021, month: 8, day: 2 },
        summary: 'ASEAN–Japan Foreign Ministers’ Meeting, 2021',
        location: 'Vientiane, Laos',
        description: 'Summary; with a comma, and\nlines',
        url: 'https://archive.test/articles/a-meeting/',
        stamp: new Date('2026-01-02T03:04:05.678Z'),
      },
      {
        uid: 'long@archive.test',
        start: { year: 2020, month: 1, day: 31 },
        summary: `${'x'.repeat(74)}茂木敏充 ${'😀'.repeat(40)}`,
        description: 'd',
        url: 'https://archive.test/articles/long/',
        stamp: new Date('2026-01-02T03:04:05.678Z'),
      },
    ],
  });

  it('folds every line to at most 75 octets without splitting a character', () => {
    const lines = calendar.slice(0, -2).split('\r\n');
    for (const line of lines) {
      expect(octets(line), line).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/\uFFFD/);
    }
    expect(calendar.replace(/\r\n /g, '')).toContain(`SUMMARY:${'x'.repeat(74)}茂木敏充 ${'😀'.repeat(40)}`);
  });

  it('writes CRLF line endings throughout, ending with one', () => {
    expect(calendar.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes an all-day event with a stable UID, escaped text and a UTC stamp', () => {
    const lines = calendar.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain('PRODID:-//Archive//Meetings//EN');
    expect(lines).toContain('UID:a-meeting@archive.test');
    expect(lines).toContain('DTSTART;VALUE=DATE:20210802');
    expect(lines).toContain('DTSTAMP:20260102T030405Z');
    expect(lines).toContain('SUMMARY:ASEAN–Japan Foreign Ministers’ Meeting\\, 2021');
    expect(lines).toContain('DESCRIPTION:Summary\\; with a comma\\, and\\nlines');
    expect(lines).toContain('URL;VALUE=URI:https://archive.test/articles/a-meeting/');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
    // A place where one is given, and no empty LOCATION where none is.
    expect(lines.filter((line) => line.startsWith('LOCATION'))).toEqual(['LOCATION:Vientiane\\, Laos']);
  });

  it('names and describes the calendar in escaped TEXT, as ical-generator does not escape them', () => {
    const lines = calendar.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain('NAME:Meetings\\, all\\; of them');
    expect(lines).toContain('X-WR-CALNAME:Meetings\\, all\\; of them');
    expect(lines).toContain('X-WR-CALDESC:Whose words\\; the rest\\, CC BY\\\\4.0\\nsecond line');
  });
});
