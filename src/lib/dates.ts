/**
 * Partial ISO dates: "2023", "2021-04" or "2021-04-24".
 * Reports often fix an event only to the month or the year, and the archive must not invent precision.
 */
export type DatePrecision = 'year' | 'month' | 'day';

/** A date known to the year, the month or the day; `precision` says which, and which parts there are. */
export type PartialDate =
  | { iso: string; precision: 'year'; year: number; month?: undefined; day?: undefined }
  | { iso: string; precision: 'month'; year: number; month: number; day?: undefined }
  | { iso: string; precision: 'day'; year: number; month: number; day: number };

const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a partial ISO date, or explains in words why it is not one. */
export function parsePartialDate(value: string): PartialDate | { error: string } {
  const match = PARTIAL_ISO.exec(value);
  if (!match) {
    return { error: `"${value}" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD` };
  }
  const year = Number(match[1]);
  if (match[2] === undefined) return { iso: value, year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { error: `"${value}" has no month ${month}` };
  if (match[3] === undefined) return { iso: value, year, month, precision: 'month' };
  const day = Number(match[3]);
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return { error: `"${value}" is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${lastDay} days` };
  }
  return { iso: value, year, month, day, precision: 'day' };
}

export function isPartialDate(value: PartialDate | { error: string }): value is PartialDate {
  return !('error' in value);
}

/** Formats a date to the precision it is known: "2 August 2021", "August 2021", "2023". */
export function formatPartialDate(date: PartialDate): string {
  if (date.precision === 'year') return String(date.year);
  const month = MONTH_NAMES[date.month - 1];
  if (date.precision === 'month') return `${month} ${date.year}`;
  return `${date.day} ${month} ${date.year}`;
}

/** Name of a month (1–12). */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1];
}

/**
 * Sort key: a partial date sorts at the start of the period it names,
 * so "2020-08" comes before "2020-08-15".
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0;
}

/** A partial date as an instant, at the start (UTC) of the period it names, for formats that need a full date. */
export function startOfPeriod(date: PartialDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}
