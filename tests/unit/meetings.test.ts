import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';
import { byMeetingDate } from '../../src/lib/meetings.ts';

const date = (iso: string) => parsePartialDate(iso) as PartialDate;
const article = (id: string, iso: string) => ({ id, data: { meeting: { date: date(iso) } } });

describe('byMeetingDate', () => {
  it('orders by meeting date, then by id for meetings on the same day', () => {
    const sorted = [article('b', '2021-08-02'), article('c', '2020-10-15'), article('a', '2021-08-02')].sort(byMeetingDate);
    expect(sorted.map((entry) => entry.id)).toEqual(['c', 'a', 'b']);
  });
});
