import type { z } from 'astro/zod';
import type { personSchema, topicSchema } from '../content.config.ts';
import type { Article, Meeting } from './archive.ts';
import { compareDates, startOfPeriod, type PartialDate } from './dates.ts';
import { plainTextParagraphs } from './html.ts';
import { mustGet } from './lookup.ts';
import { reportLanguage } from './report-language.ts';
import { paths } from './urls.ts';

/**
 * The open data export, /data/articles.json: every meeting with its facts and the ids of its reports, and every
 * article's frontmatter with its meeting, people and topics resolved, and the report's words as plain text. The JSON
 * Schema in `open-data-schema.ts` describes it.
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

/** A meeting's facts, as both a meeting record and each of its reports' `meeting` give them. */
export interface OpenDataMeetingFacts {
  /** The meeting's id: its page is /meetings/<id>/, and its record in `meetings` has it. */
  id: string;
  url: string;
  name: string;
  series: string | null;
  number: number | null;
  partOf: string | null;
  date: string;
  datePrecision: 'year' | 'month' | 'day';
  /** A meeting's: how the reports fix its date; a report's `meeting`: how that report fixes it. */
  dateBasis: ArticleData['meeting']['dateBasis'];
  format: ArticleData['meeting']['format'];
  place: string | null;
}

export interface OpenDataMeeting extends OpenDataMeetingFacts {
  links: { title: string; url: string }[];
  /** The ids of the articles that report it, first published first. */
  reports: string[];
}

export interface OpenDataArticle {
  id: string;
  url: string;
  headline: string;
  headlineSupplied: boolean;
  /** The language the report was published in (BCP 47). */
  language: string;
  /** The id of the report this one is a translation or another language's version of. */
  translationOf: string | null;
  summary: string;
  meeting: OpenDataMeetingFacts;
  publication: {
    publisher: string;
    /** The language the publisher's name is written in (BCP 47), not always the report's. */
    publisherLanguage: string;
    publisherShort: string;
    /** A news outlet's report, or a page of an official body's own site: what the report is cited as. */
    type: ArticleData['publication']['type'];
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
  /** The licence of the archive's own work in the file (`ARCHIVE_LICENCE`'s URL). */
  license: string;
  /** Whose the words are and what the licence covers (`RIGHTS_STATEMENT`). */
  rights: string;
  /** Oldest first. */
  meetings: OpenDataMeeting[];
  /** Oldest meeting first; the reports of one meeting together. */
  articles: OpenDataArticle[];
}

/** A meeting's facts, from the meeting's own record or as one report gives them (with that report's date basis). */
function meetingFacts(
  id: string,
  meeting: Omit<ArticleData['meeting'], 'id'>,
  absoluteUrl: OpenDataSources['absoluteUrl'],
): OpenDataMeetingFacts {
  return {
    id,
    url: absoluteUrl(paths.meeting(id)),
    name: meeting.name,
    series: meeting.series ?? null,
    number: meeting.number ?? null,
    partOf: meeting.partOf ?? null,
    date: meeting.date.iso,
    datePrecision: meeting.date.precision,
    dateBasis: meeting.dateBasis,
    format: meeting.format,
    place: meeting.place ?? null,
  };
}

/** One meeting as open data: its facts, its official links and the ids of its reports. */
export function openDataMeeting(
  { id, data, reports }: Pick<Meeting, 'id' | 'data'> & { reports: readonly { id: string }[] },
  { absoluteUrl }: Pick<OpenDataSources, 'absoluteUrl'>,
): OpenDataMeeting {
  return {
    ...meetingFacts(id, data, absoluteUrl),
    links: data.links.map(({ title, url }) => ({ title, url })),
    reports: reports.map((report) => report.id),
  };
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
    language: reportLanguage(article).code,
    translationOf: article.data.translationOf ?? null,
    summary: article.data.summary,
    meeting: meetingFacts(meeting.id, meeting, absoluteUrl),
    publication: {
      publisher: publication.publisher,
      publisherLanguage: publication.publisherLang ?? 'en',
      publisherShort: publication.publisherShort,
      type: publication.type,
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
