import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';
import { byMeetingDate, meetingDateLabel } from '../../src/lib/meetings.ts';

const date = (iso: string) => parsePartialDate(iso) as PartialDate;
const article = (id: string, iso: string) => ({ id, data: { meeting: { date: date(iso) } } });

describe('meetingDateLabel', () => {
  it('marks a date taken from the publication as an upper bound', () => {
    expect(meetingDateLabel(date('2020-10-15'), 'publication')).toBe('on or before 15 October 2020');
    expect(meetingDateLabel(date('2021-08-02'), 'relative')).toBe('2 August 2021');
    expect(meetingDateLabel(date('2021-08'), 'stated')).toBe('August 2021');
  });
});

describe('byMeetingDate', () => {
  it('orders by meeting date, then by id for meetings on the same day', () => {
    const sorted = [article('b', '2021-08-02'), article('c', '2020-10-15'), article('a', '2021-08-02')].sort(byMeetingDate);
    expect(sorted.map((entry) => entry.id)).toEqual(['c', 'a', 'b']);
  });
});
