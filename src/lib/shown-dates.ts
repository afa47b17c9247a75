import { formatPartialDate, type DatePrecision, type PartialDate } from './dates.ts';
import { dateBasisNote } from './meetings.ts';
import type { DateBasis } from './vocabulary.ts';

/**
 * The one rule for a date on a page: a meeting's date keeps what its basis says of it ("on or before"), a date
 * known only to the month or year says so, and a date the archive doubts carries a flag linked to its note,
 * wherever the date is shown. Route data prepares each date with `shownDate`; `ArchiveDate.astro` lays it out.
 */

/** What the archive knows of a date beyond the date itself. */
export interface DateKnowledge {
  /** How the report fixes its meeting's date; absent for a date a report simply gives (an event, a publication). */
  basis?: DateBasis;
  /** The address of the archive's note on a date it doubts. */
  noteHref?: string;
}

/** A date's words, as `dateWords` gives them. */
export interface DateWords {
  /** The date as it reads in a sentence: "on or before 15 October 2020", "August 2020". */
  text: string;
  /** A short gloss on how the date is known, for the places with room for it: "the report gives the month". */
  gloss: string | undefined;
  /** The reason in full sentences, for the reader who wonders (the date's tooltip). */
  explanation: string | undefined;
  /** The doubt flag's words, for a doubted date. */
  flag: string | undefined;
}

const BASIS_GLOSSES: Record<DateBasis, string> = {
  stated: 'as the report states',
  relative: 'counted from the report’s own date',
  publication: 'the report’s own date: it does not date the meeting',
};

const PRECISION_GLOSSES: Record<DatePrecision, string | undefined> = {
  day: undefined,
  month: 'the report gives the month',
  year: 'the report gives the year',
};

/** The words of a shown date, from the date, its precision, its basis and whether the archive doubts it. */
export function dateWords(
  date: PartialDate,
  { basis, doubted = false }: { basis?: DateBasis; doubted?: boolean } = {},
): DateWords {
  const formatted = formatPartialDate(date);
  const glosses = [basis && BASIS_GLOSSES[basis], PRECISION_GLOSSES[date.precision]].filter((gloss) => gloss !== undefined);
  return {
    text: basis === 'publication' ? `on or before ${formatted}` : formatted,
    gloss: glosses.length > 0 ? glosses.join('; ') : undefined,
    explanation: basis && dateBasisNote(basis),
    flag: doubted ? 'see the archive’s note on this date' : undefined,
  };
}

/** A date prepared for a page: `iso` for `<time datetime>`, its words, and the link to its note when doubted. */
export interface ShownDate {
  iso: string;
  text: string;
  gloss?: string;
  explanation?: string;
  doubt?: { href: string; text: string };
}

export function shownDate(date: PartialDate, { basis, noteHref }: DateKnowledge = {}): ShownDate {
  const { text, gloss, explanation, flag } = dateWords(date, { basis, doubted: noteHref !== undefined });
  return {
    iso: date.iso,
    text,
    ...(gloss && { gloss }),
    ...(explanation && { explanation }),
    ...(noteHref && flag && { doubt: { href: noteHref, text: flag } }),
  };
}

/** The id of the archive's note on a report's event (`index` in its `events`); with the report's id on pages of many reports. */
export function eventNoteId(index: number, articleId?: string): string {
  return articleId ? `event-note-${articleId}-${index + 1}` : `event-note-${index + 1}`;
}
