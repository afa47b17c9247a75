import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';
import { byMeetingDate } from '../../src/lib/meetings.ts';

const date = (iso: string) => parsePartialDate(iso) as PartialDate;
const article = (id: string, iso: string, meeting = id, published = iso) => ({
  id,
  data: { meeting: { id: meeting, date: date(iso) }, publication: { date: date(published) } },
});

describe('byMeetingDate', () => {
  it('orders by meeting date, then by meeting for meetings on the same day', () => {
    const sorted = [article('b', '2021-08-02'), article('c', '2020-10-15'), article('a', '2021-08-02')].sort(byMeetingDate);
    expect(sorted.map((entry) => entry.id)).toEqual(['c', 'a', 'b']);
  });

  it('keeps the reports of one meeting together, first published first, then by id', () => {
    const sorted = [
      article('z-later', '2021-08-02', 'fmm', '2021-08-04'),
      article('other', '2021-08-02', 'forum'),
      article('b-first', '2021-08-02', 'fmm', '2021-08-02'),
      article('a-first', '2021-08-02', 'fmm', '2021-08-02'),
    ].sort(byMeetingDate);
    expect(sorted.map((entry) => entry.id)).toEqual(['a-first', 'b-first', 'z-later', 'other']);
  });
});
