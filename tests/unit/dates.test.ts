import { describe, expect, it } from 'vitest';
import { compareDates, formatPartialDate, parsePartialDate, startOfPeriod, type PartialDate } from '../../src/lib/dates.ts';

function parse(value: string): PartialDate {
  const parsed = parsePartialDate(value);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

describe('parsePartialDate', () => {
  it('reads each precision', () => {
    expect(parse('2023')).toEqual({ iso: '2023', year: 2023, precision: 'year' });
    expect(parse('2020-08')).toEqual({ iso: '2020-08', year: 2020, month: 8, precision: 'month' });
    expect(parse('2021-04-24')).toEqual({ iso: '2021-04-24', year: 2021, month: 4, day: 24, precision: 'day' });
  });

  it('accepts 29 February only in leap years', () => {
    expect(parsePartialDate('2020-02-29')).not.toHaveProperty('error');
    expect(parsePartialDate('2021-02-29')).toEqual({
      error: '"2021-02-29" is not a real date: February 2021 has 28 days',
    });
  });

  it('refuses impossible and malformed dates with a reason', () => {
    expect(parsePartialDate('2021-02-30')).toEqual({ error: '"2021-02-30" is not a real date: February 2021 has 28 days' });
    expect(parsePartialDate('2021-13')).toEqual({ error: '"2021-13" has no month 13' });
    expect(parsePartialDate('2021-04-31')).toHaveProperty('error');
    expect(parsePartialDate('2021-00-10')).toHaveProperty('error');
    expect(parsePartialDate('3 August 2021')).toEqual({
      error: '"3 August 2021" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD',
    });
    expect(parsePartialDate('2021-8-3')).toHaveProperty('error');
  });
});

describe('formatPartialDate', () => {
  it('says no more than the precision allows', () => {
    expect(formatPartialDate(parse('2021-08-02'))).toBe('2 August 2021');
    expect(formatPartialDate(parse('2020-08'))).toBe('August 2020');
    expect(formatPartialDate(parse('2023'))).toBe('2023');
  });
});

describe('compareDates', () => {
  it('puts a period before the days inside it, and orders across years', () => {
    const dates = ['2021-04-24', '2020-08', '2023', '2020-08-15', '2020-04-14'].map(parse);
    expect(dates.sort(compareDates).map((date) => date.iso)).toEqual([
      '2020-04-14',
      '2020-08',
      '2020-08-15',
      '2021-04-24',
      '2023',
    ]);
  });
});

describe('startOfPeriod', () => {
  it('takes the first day of a month or a year, at midnight UTC', () => {
    expect(startOfPeriod(parse('2021-08-03')).toISOString()).toBe('2021-08-03T00:00:00.000Z');
    expect(startOfPeriod(parse('2021-08')).toISOString()).toBe('2021-08-01T00:00:00.000Z');
    expect(startOfPeriod(parse('2021')).toISOString()).toBe('2021-01-01T00:00:00.000Z');
  });
});
