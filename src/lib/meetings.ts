import type { PartialDate } from './dates.ts';
import type { DateBasis } from './vocabulary.ts';

export { MEETING_FORMAT_LABELS, type DateBasis } from './vocabulary.ts';

/** Why the archive gives that date, for the reader who wonders. */
export function dateBasisNote(basis: DateBasis): string {
  switch (basis) {
    case 'stated':
      return 'The report states this date.';
    case 'relative':
      return 'The report gives the day relative to its publication ("yesterday", a weekday); the date follows from its publication date.';
    case 'publication':
      return 'The report does not date the meeting; it took place on or before the day the report was published.';
  }
}

interface Dated {
  id: string;
  data: { meeting: { id: string; date: PartialDate }; publication: { date: PartialDate } };
}

/** Oldest meeting first; the reports of one meeting together, first published first, then by id. */
export function byMeetingDate(a: Dated, b: Dated): number {
  return (
    compareText(a.data.meeting.date.iso, b.data.meeting.date.iso) ||
    compareText(a.data.meeting.id, b.data.meeting.id) ||
    byPublication(a, b)
  );
}

/** First published first; reports published on the same day keep a stable order by id. */
export function byPublication(a: Omit<Dated, 'data'> & { data: Pick<Dated['data'], 'publication'> }, b: typeof a): number {
  return compareText(a.data.publication.date.iso, b.data.publication.date.iso) || compareText(a.id, b.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
