import { compareDates, type PartialDate } from './dates.ts';
import { bodyParagraphs } from './paragraph-anchors.ts';
import { mdxBlockText } from './received-text.ts';

/** Grouping and ordering things by date: the timeline, the date archive and previous/next links. */

export interface YearGroup<T> {
  year: number;
  items: T[];
}

/** Consecutive items of the same year, gathered under that year; the items' order is kept. */
export function groupByYear<T>(items: readonly T[], dateOf: (item: T) => PartialDate): YearGroup<T>[] {
  return groupConsecutive(items, (item) => dateOf(item).year).map(({ key, items: ofYear }) => ({ year: key, items: ofYear }));
}

export interface MonthGroup<T> {
  /** 1–12; none for items dated to the year alone. */
  month: number | undefined;
  items: T[];
}

/** Consecutive items of the same month (the items of one year), gathered under that month; the order is kept. */
export function groupByMonth<T>(items: readonly T[], dateOf: (item: T) => PartialDate): MonthGroup<T>[] {
  return groupConsecutive(items, (item) => dateOf(item).month).map(({ key, items: ofMonth }) => ({ month: key, items: ofMonth }));
}

function groupConsecutive<T, K>(items: readonly T[], keyOf: (item: T) => K): { key: K; items: T[] }[] {
  const groups: { key: K; items: T[] }[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = groups.at(-1);
    if (last && last.key === key) last.items.push(item);
    else groups.push({ key, items: [item] });
  }
  return groups;
}

export interface MonthCount {
  month: number;
  count: number;
}

export interface YearCount {
  year: number;
  count: number;
  /** Months that have meetings; meetings known only to the year count for the year alone. */
  months: MonthCount[];
}

/** How many items fall in each year and month, oldest first. */
export function countByPeriod<T>(items: readonly T[], dateOf: (item: T) => PartialDate): YearCount[] {
  const years = new Map<number, { count: number; months: Map<number, number> }>();
  for (const item of items) {
    const { year, month } = dateOf(item);
    const entry = years.get(year) ?? { count: 0, months: new Map<number, number>() };
    entry.count += 1;
    if (month !== undefined) entry.months.set(month, (entry.months.get(month) ?? 0) + 1);
    years.set(year, entry);
  }
  return [...years]
    .sort(([a], [b]) => a - b)
    .map(([year, { count, months }]) => ({
      year,
      count,
      months: [...months].sort(([a], [b]) => a - b).map(([month, monthCount]) => ({ month, count: monthCount })),
    }));
}

/** Two-digit month for URLs: 8 → "08". */
export function monthSegment(month: number): string {
  return String(month).padStart(2, '0');
}

export interface Neighbours<T> {
  previous: T | undefined;
  next: T | undefined;
}

/** The items before and after `index` in an ordered list. */
export function neighbours<T>(items: readonly T[], index: number): Neighbours<T> {
  return { previous: index > 0 ? items[index - 1] : undefined, next: items[index + 1] };
}

export interface DatedEvent {
  date: PartialDate;
  label: string;
  /** The body paragraph of the report that mentions the event, from 1. */
  paragraph: number;
}

interface ArticleWithEvents {
  id: string;
  data: { events: DatedEvent[] };
}

interface MeetingWithReports {
  id: string;
  data: { date: PartialDate };
  /** First published first: an event two reports mention is kept from the first. */
  reports: readonly ArticleWithEvents[];
}

type ReportOf<M extends MeetingWithReports> = M['reports'][number];

export type TimelineEntry<M extends MeetingWithReports> =
  | { kind: 'meeting'; date: PartialDate; meeting: M }
  | { kind: 'event'; date: PartialDate; meeting: M; article: ReportOf<M>; event: ReportOf<M>['data']['events'][number] };

const KIND_ORDER = { meeting: 0, event: 1 } as const;

/**
 * Meetings and the events their reports mention, in date order: one entry per meeting, however many reports it
 * has; an event two reports of one meeting mention with the same date and label is listed once, from the report
 * published first. A partial date sorts at the start of its period ("2021" before "2021-04-24"); on one date a
 * meeting comes before events, and ties keep a fixed order by meeting, article and paragraph, so the timeline
 * never reshuffles between builds.
 */
export function timelineEntries<M extends MeetingWithReports>(meetings: readonly M[]): TimelineEntry<M>[] {
  const entries: TimelineEntry<M>[] = meetings.flatMap((meeting) => {
    const seen = new Set<string>();
    const events = meeting.reports.flatMap((article: ReportOf<M>) =>
      article.data.events.flatMap((event) => {
        const key = `${event.date.iso} ${event.label}`;
        if (seen.has(key)) return [];
        seen.add(key);
        return [{ kind: 'event' as const, date: event.date, meeting, article, event }];
      }),
    );
    return [{ kind: 'meeting' as const, date: meeting.data.date, meeting }, ...events];
  });
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return entries.sort(
    (a, b) =>
      compareDates(a.date, b.date) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      text(a.meeting.id, b.meeting.id) ||
      (a.kind === 'event' && b.kind === 'event' ? text(a.article.id, b.article.id) || a.event.paragraph - b.event.paragraph : 0),
  );
}

/**
 * Why an article's events do not point at its text: a paragraph it does not have, or a quote that is not in
 * the paragraph named. The schema sees only the frontmatter, so this checks events against the body.
 */
export function eventProblems(mdxBody: string, events: readonly { paragraph: number; quote: string }[]): string[] {
  const paragraphs = bodyParagraphs(mdxBody).map(mdxBlockText);
  return events.flatMap(({ paragraph, quote }, index) => {
    if (paragraph > paragraphs.length) {
      return [`events.${index}.paragraph: the body has ${paragraphs.length} paragraphs, not ${paragraph}`];
    }
    const wanted = quote.replace(/\s+/g, ' ');
    if (paragraphs[paragraph - 1].includes(wanted)) return [];
    const elsewhere = paragraphs.flatMap((text, at) => (text.includes(wanted) ? [at + 1] : []));
    const hint =
      elsewhere.length > 0
        ? `; it is in paragraph ${elsewhere.join(' and ')}: set paragraph: ${elsewhere[0]}`
        : '; it is in no paragraph of the body';
    return [`events.${index}.quote: "${quote}" is not, word for word, in paragraph ${paragraph}${hint}`];
  });
}
