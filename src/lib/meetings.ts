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
  data: { meeting: { date: PartialDate } };
}

/** Oldest meeting first; articles on the same day keep a stable order by id. */
export function byMeetingDate(a: Dated, b: Dated): number {
  const ai = a.data.meeting.date.iso;
  const bi = b.data.meeting.date.iso;
  if (ai !== bi) return ai < bi ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
