import { describe, expect, it } from 'vitest';
import {
  countByPeriod,
  eventProblems,
  groupByYear,
  monthSegment,
  neighbours,
  timelineEntries,
} from '../../src/lib/chronology.ts';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';

const date = (iso: string) => parsePartialDate(iso) as PartialDate;
const dated = (iso: string) => ({ iso, date: date(iso) });
const event = (iso: string, paragraph: number, label = `event of ${iso}`) => ({ date: date(iso), label, paragraph });
const article = (id: string, events: ReturnType<typeof event>[] = []) => ({ id, data: { events } });
const meeting = (id: string, iso: string, reports: ReturnType<typeof article>[] = []) => ({
  id,
  data: { date: date(iso) },
  reports,
});

describe('groupByYear', () => {
  it('gathers consecutive items under their year, keeping their order and every precision', () => {
    const items = ['2020-04-19', '2020-08', '2020-10-15', '2021', '2021-08-02', '2023'].map(dated);
    expect(groupByYear(items, (item) => item.date).map(({ year, items }) => [year, items.map((item) => item.iso)])).toEqual([
      [2020, ['2020-04-19', '2020-08', '2020-10-15']],
      [2021, ['2021', '2021-08-02']],
      [2023, ['2023']],
    ]);
  });

  it('gives no groups for no items', () => {
    expect(groupByYear([], (item: { date: PartialDate }) => item.date)).toEqual([]);
  });
});

describe('countByPeriod', () => {
  it('counts per year and per month, oldest first, with year-only dates counted for the year alone', () => {
    const items = ['2021-08-02', '2020-10-15', '2021-08', '2021', '2021-04-24'].map(dated);
    expect(countByPeriod(items, (item) => item.date)).toEqual([
      { year: 2020, count: 1, months: [{ month: 10, count: 1 }] },
      {
        year: 2021,
        count: 4,
        months: [
          { month: 4, count: 1 },
          { month: 8, count: 2 },
        ],
      },
    ]);
  });
});

describe('neighbours and monthSegment', () => {
  it('finds the items on either side, and none past the ends', () => {
    expect(neighbours(['a', 'b', 'c'], 0)).toEqual({ previous: undefined, next: 'b' });
    expect(neighbours(['a', 'b', 'c'], 1)).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(['a', 'b', 'c'], 2)).toEqual({ previous: 'b', next: undefined });
  });

  it('writes months with two digits', () => {
    expect(monthSegment(8)).toBe('08');
    expect(monthSegment(12)).toBe('12');
  });
});

describe('timelineEntries', () => {
  it('puts meetings and reported events in date order, a partial date at the start of its period', () => {
    const forum = meeting('forum', '2020-10-15', [
      article('forum-report', [event('2020-08', 8), event('2020-04-19', 7), event('2018', 5)]),
    ]);
    const ministers = meeting('ministers', '2021-08-02', [
      article('ministers-report', [event('2021', 16), event('2021-04-24', 13), event('2023', 6)]),
    ]);
    const entries = timelineEntries([ministers, forum]);
    expect(entries.map((entry) => `${entry.kind} ${entry.date.iso}`)).toEqual([
      'event 2018',
      'event 2020-04-19',
      'event 2020-08',
      'meeting 2020-10-15',
      'event 2021',
      'event 2021-04-24',
      'meeting 2021-08-02',
      'event 2023',
    ]);
  });

  it('lists a meeting once however many reports it has, and an event two of them mention once', () => {
    const ministers = meeting('ministers', '2021-08-02', [
      article('vns', [event('2021-04-24', 13), event('2021', 16)]),
      article('mofa', [event('2021-04-24', 2)]),
      article('kyodo'),
    ]);
    const entries = timelineEntries([ministers]);
    expect(
      entries.map((entry) => (entry.kind === 'meeting' ? entry.meeting.id : `${entry.article.id}¶${entry.event.paragraph}`)),
    ).toEqual(['vns¶16', 'vns¶13', 'ministers']);
  });

  it('orders ties the same way every time: the meeting first, then by meeting, article and paragraph', () => {
    const first = meeting('a', '2021-08-02', [article('a-report', [event('2021-08-02', 3), event('2021-08-02', 1, 'other')])]);
    const second = meeting('b', '2021-08-02');
    const order = (meetings: (typeof first)[]) =>
      timelineEntries(meetings).map((entry) =>
        entry.kind === 'meeting' ? `${entry.meeting.id}` : `${entry.article.id}¶${entry.event.paragraph}`,
      );
    expect(order([second, first])).toEqual(['a', 'b', 'a-report¶1', 'a-report¶3']);
    expect(order([first, second])).toEqual(order([second, first]));
  });
});

describe('eventProblems', () => {
  const body = 'First paragraph.\n\nThe <Abbr term="asean">ASEAN</Abbr> + 3 Special Summit on COVID-April 19, 2020.\n';

  it('accepts an event whose quote is in the paragraph it names, markup aside', () => {
    expect(eventProblems(body, [{ paragraph: 2, quote: 'ASEAN + 3 Special Summit on COVID-April 19, 2020' }])).toEqual([]);
  });

  it('names a missing paragraph or a quote that is not word for word in it', () => {
    expect(eventProblems(body, [{ paragraph: 3, quote: 'anything' }])).toEqual([
      'events.0.paragraph: the body has 2 paragraphs, not 3',
    ]);
    expect(
      eventProblems(body, [
        { paragraph: 1, quote: 'Special Summit' },
        { paragraph: 2, quote: 'Special Summit on COVID-19' },
      ]),
    ).toEqual([
      'events.0.quote: "Special Summit" is not, word for word, in paragraph 1; it is in paragraph 2: set paragraph: 2',
      'events.1.quote: "Special Summit on COVID-19" is not, word for word, in paragraph 2; it is in no paragraph of the body',
    ]);
  });
});
