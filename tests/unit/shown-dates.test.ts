import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';
import { dateWords, shownDate } from '../../src/lib/shown-dates.ts';

const date = (iso: string) => parsePartialDate(iso) as PartialDate;

describe('dateWords', () => {
  it('marks a meeting date taken from the publication as an upper bound, and says why', () => {
    expect(dateWords(date('2020-10-15'), { basis: 'publication' })).toEqual({
      text: 'on or before 15 October 2020',
      gloss: 'the report’s own date: it does not date the meeting',
      explanation: 'The report does not date the meeting; it took place on or before the day the report was published.',
      flag: undefined,
    });
  });

  it('says how a stated or implied meeting date is known, without qualifying the date itself', () => {
    expect(dateWords(date('2021-08-02'), { basis: 'relative' })).toMatchObject({
      text: '2 August 2021',
      gloss: 'counted from the report’s own date',
    });
    expect(dateWords(date('2021-08-02'), { basis: 'stated' })).toMatchObject({
      text: '2 August 2021',
      gloss: 'as the report states',
    });
  });

  it('says when a date is known only to the month or the year', () => {
    expect(dateWords(date('2020-08'))).toEqual({
      text: 'August 2020',
      gloss: 'the report gives the month',
      explanation: undefined,
      flag: undefined,
    });
    expect(dateWords(date('2018')).gloss).toBe('the report gives the year');
    expect(dateWords(date('2021-08'), { basis: 'publication' })).toMatchObject({
      text: 'on or before August 2021',
      gloss: 'the report’s own date: it does not date the meeting; the report gives the month',
    });
  });

  it('gives a plain date no gloss, and a doubted one its flag', () => {
    expect(dateWords(date('2021-08-03'))).toEqual({
      text: '3 August 2021',
      gloss: undefined,
      explanation: undefined,
      flag: undefined,
    });
    expect(dateWords(date('2020-04-19'), { doubted: true }).flag).toBe('see the archive’s note on this date');
  });
});

describe('shownDate', () => {
  it('links a doubted date to its note, and leaves out what a date does not have', () => {
    expect(shownDate(date('2020-04-19'), { noteHref: '#event-note-2' })).toEqual({
      iso: '2020-04-19',
      text: '19 April 2020',
      doubt: { href: '#event-note-2', text: 'see the archive’s note on this date' },
    });
    expect(shownDate(date('2021-08-03'))).toEqual({ iso: '2021-08-03', text: '3 August 2021' });
  });
});
