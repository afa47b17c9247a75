import type { z } from 'astro/zod';
import type { personSchema, topicSchema } from '../content.config.ts';
import type { Article } from './archive.ts';
import { compareDates, startOfPeriod, type PartialDate } from './dates.ts';
import { plainTextParagraphs } from './html.ts';
import { mustGet } from './lookup.ts';
import { paths } from './urls.ts';

/**
 * The open data export, /data/articles.json: every article's frontmatter with its people and topics
 * resolved, and the report's words as plain text. The JSON Schema in `open-data-schema.ts` describes it.
 */
type ArticleData = Article['data'];
type PersonData = z.output<typeof personSchema>;
type TopicData = z.output<typeof topicSchema>;

export interface OpenDataSources {
  people: ReadonlyMap<string, { data: PersonData }>;
  topics: ReadonlyMap<string, { data: TopicData }>;
  /** The absolute URL of a site path, with the site's origin and base path. */
  absoluteUrl: (sitePath: string) => string;
}

export interface OpenDataPerson {
  id: string;
  name: string;
  nativeName: { text: string; lang: string } | null;
  country: string;
  role: string;
  url: string;
}

export interface OpenDataArticle {
  id: string;
  url: string;
  headline: string;
  headlineSupplied: boolean;
  summary: string;
  meeting: {
    name: string;
    series: string | null;
    number: number | null;
    partOf: string | null;
    date: string;
    datePrecision: 'year' | 'month' | 'day';
    dateBasis: ArticleData['meeting']['dateBasis'];
    format: ArticleData['meeting']['format'];
  };
  publication: {
    publisher: string;
    publisherShort: string;
    date: string;
    datePrecision: 'year' | 'month' | 'day';
    byline: string | null;
    dateline: string | null;
    signature: string | null;
    section: string | null;
    photo: { caption: string; credit: string | null } | null;
    url: string | null;
  };
  participants: (OpenDataPerson & { coChair: boolean })[];
  mentions: OpenDataPerson[];
  topics: { id: string; name: string; kind: TopicData['kind']; aliases: string[]; url: string }[];
  notes: { about: string; note: string }[];
  source: { file: string; url: string; frame: string[] };
  body: string;
}

export interface OpenDataExport {
  $schema: string;
  /** Derived from the content, not the clock: see `exportTimestamp`. */
  generated: string;
  articles: OpenDataArticle[];
}

/** One article as open data; `bodyHtml` is its rendered body, from which the plain text is taken. */
export function openDataArticle(
  article: { id: string; data: ArticleData },
  bodyHtml: string,
  { people, topics, absoluteUrl }: OpenDataSources,
): OpenDataArticle {
  const { meeting, publication, source } = article.data;
  const person = (id: string, role: string): OpenDataPerson => {
    const { data } = mustGet(people, id, 'people');
    return {
      id,
      name: data.name,
      nativeName: data.nativeName ?? null,
      country: data.country,
      role,
      url: absoluteUrl(paths.person(id)),
    };
  };
  return {
    id: article.id,
    url: absoluteUrl(paths.article(article.id)),
    headline: article.data.headline,
    headlineSupplied: article.data.headlineSupplied,
    summary: article.data.summary,
    meeting: {
      name: meeting.name,
      series: meeting.series ?? null,
      number: meeting.number ?? null,
      partOf: meeting.partOf ?? null,
      date: meeting.date.iso,
      datePrecision: meeting.date.precision,
      dateBasis: meeting.dateBasis,
      format: meeting.format,
    },
    publication: {
      publisher: publication.publisher,
      publisherShort: publication.publisherShort,
      date: publication.date.iso,
      datePrecision: publication.date.precision,
      byline: publication.byline ?? null,
      dateline: publication.dateline ?? null,
      signature: publication.signature ?? null,
      section: publication.section ?? null,
      photo: publication.photo ? { caption: publication.photo.caption, credit: publication.photo.credit ?? null } : null,
      url: publication.url ?? null,
    },
    participants: article.data.participants.map(({ person: { id }, role, coChair }) => ({ ...person(id, role), coChair })),
    mentions: article.data.mentions.map(({ person: { id }, role }) => person(id, role)),
    topics: article.data.topics.map(({ id }) => {
      const { data } = mustGet(topics, id, 'topics');
      return { id, name: data.name, kind: data.kind, aliases: data.aliases, url: absoluteUrl(paths.topic(id)) };
    }),
    notes: article.data.notes,
    source: { file: source.file, url: absoluteUrl(paths.source(source.file)), frame: source.frame },
    body: htmlToPlainText(bodyHtml),
  };
}

/**
 * The words of a rendered body as plain text: its paragraphs separated by a blank line, each line of a paragraph
 * (a line break, a list item) on a line of its own, markup removed and character references decoded.
 */
export function htmlToPlainText(html: string): string {
  return plainTextParagraphs(html)
    .map((lines) => lines.join('\n'))
    .join('\n\n');
}

/**
 * The export's `generated` time: the start of the newest publication date in it. Taken from the content rather
 * than the build's clock, so two builds of the same content write byte-identical files.
 */
export function exportTimestamp(publicationDates: readonly PartialDate[]): string {
  const newest = publicationDates.reduce<PartialDate | undefined>(
    (latest, date) => (latest && compareDates(latest, date) >= 0 ? latest : date),
    undefined,
  );
  return (newest ? startOfPeriod(newest) : new Date(0)).toISOString();
}
