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
  const groups: YearGroup<T>[] = [];
  for (const item of items) {
    const { year } = dateOf(item);
    const last = groups.at(-1);
    if (last && last.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
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
  data: { meeting: { date: PartialDate }; events: DatedEvent[] };
}

export type TimelineEntry<A extends ArticleWithEvents> =
  | { kind: 'meeting'; date: PartialDate; article: A }
  | { kind: 'event'; date: PartialDate; article: A; event: A['data']['events'][number] };

const KIND_ORDER = { meeting: 0, event: 1 } as const;

/**
 * Meetings and the events their reports mention, in date order. A partial date sorts at the start of its
 * period ("2021" before "2021-04-24"); on one date a meeting comes before events, and ties keep a fixed
 * order by article and paragraph, so the timeline never reshuffles between builds.
 */
export function timelineEntries<A extends ArticleWithEvents>(articles: readonly A[]): TimelineEntry<A>[] {
  const entries: TimelineEntry<A>[] = articles.flatMap((article) => [
    { kind: 'meeting' as const, date: article.data.meeting.date, article },
    ...article.data.events.map((event) => ({ kind: 'event' as const, date: event.date, article, event })),
  ]);
  return entries.sort(
    (a, b) =>
      compareDates(a.date, b.date) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0) ||
      (a.kind === 'event' && b.kind === 'event' ? a.event.paragraph - b.event.paragraph : 0),
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
