import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, formatCalendar } from '../../src/lib/icalendar.ts';

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('escapeText', () => {
  it('escapes backslash, semicolon and comma, and writes newlines as \\n', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds a longer one with a leading space', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('keeps every line within 75 octets, the continuation space included', () => {
    const lines = foldLine('y'.repeat(300)).split('\r\n');
    expect(lines.map(octets).every((size) => size <= 75)).toBe(true);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(lines.map((line, index) => (index ? line.slice(1) : line)).join('')).toBe('y'.repeat(300));
  });

  it('never splits a multi-byte UTF-8 character', () => {
    // 74 ASCII octets, then a three-octet character that would straddle the 75th octet.
    const folded = foldLine(`${'x'.repeat(74)}茂木敏充`);
    expect(folded.split('\r\n')).toEqual([`${'x'.repeat(74)}`, ' 茂木敏充']);
    // Four-octet characters (outside the BMP) stay whole as well.
    const emoji = foldLine('😀'.repeat(40));
    for (const line of emoji.split('\r\n')) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/\uFFFD/);
    }
    expect(emoji.replace(/\r\n /g, '')).toBe('😀'.repeat(40));
  });
});

describe('formatCalendar', () => {
  const calendar = formatCalendar({
    productId: '-//Archive//Meetings//EN',
    name: 'Meetings',
    events: [
      {
        uid: 'a-meeting@archive.test',
        start: { year: 2021, month: 8, day: 2 },
        summary: 'ASEAN–Japan Foreign Ministers’ Meeting, 2021',
        description: 'Summary; with a comma, and\nlines',
        url: 'https://archive.test/articles/a-meeting/',
        stamp: new Date('2026-01-02T03:04:05.678Z'),
      },
    ],
  });

  it('writes CRLF line endings throughout, ending with one', () => {
    expect(calendar.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes an all-day event with a stable UID, escaped text and a UTC stamp', () => {
    const lines = calendar.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain('UID:a-meeting@archive.test');
    expect(lines).toContain('DTSTART;VALUE=DATE:20210802');
    expect(lines).toContain('DTSTAMP:20260102T030405Z');
    expect(lines).toContain('SUMMARY:ASEAN–Japan Foreign Ministers’ Meeting\\, 2021');
    expect(lines).toContain('DESCRIPTION:Summary\\; with a comma\\, and\\nlines');
    expect(lines).toContain('URL:https://archive.test/articles/a-meeting/');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
  });
});
