import { getCollection, type CollectionEntry } from 'astro:content';
import { citedReport, type CitationSource, type StyledCitations } from './citations.ts';
import { termsUsedIn, type GlossaryTerm } from './glossary.ts';
import { byMeetingDate, byPublication } from './meetings.ts';
import { appearancesByPerson, articlesByTopic, type Appearance } from './relations.ts';
import type { SiteContext } from './site.ts';
import { digest } from '../build/digest.ts';
import { unpackReportText } from '../build/stored-report.ts';

/** A report as the content store gives it, with the citations the report loader rendered (`stored-report.ts`). */
type StoredArticle = CollectionEntry<'articles'> & { citations: StyledCitations };
export type MeetingEntry = CollectionEntry<'meetings'>;
/** A meeting's facts as one of its reports shows them: the meeting's own, with the report's basis for the date. */
export type ReportedMeeting = MeetingEntry['data'] & { id: string };
/** A report, its `meeting` reference resolved to the meeting's facts. */
export type Article = Omit<StoredArticle, 'data'> & {
  data: Omit<StoredArticle['data'], 'meeting'> & { meeting: ReportedMeeting };
};
export type Person = CollectionEntry<'people'>;
export type Topic = CollectionEntry<'topics'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;

/** A meeting with the reports that describe it. */
export interface Meeting {
  id: string;
  data: MeetingEntry['data'];
  /** At least one; first published first. */
  reports: Article[];
}

export interface Archive {
  /** Oldest meeting first; the reports of one meeting together, first published first. */
  articles: Article[];
  /** The meetings that have reports, oldest first. */
  meetings: Meeting[];
  meetingsById: Map<string, Meeting>;
  people: Map<string, Person>;
  topics: Map<string, Topic>;
  /** Per person id, the articles they appear in, each once, oldest meeting first. */
  appearances: Map<string, Appearance<Article>[]>;
  /** Per topic id, the articles tagged with it, each once, oldest meeting first. */
  topicArticles: Map<string, Article[]>;
  /** Glossary entries in alphabetical order of their abbreviations. */
  glossary: GlossaryEntry[];
  glossaryById: Map<string, GlossaryEntry>;
  /** Per glossary id, the articles whose received text (body or frame) uses the abbreviation, oldest first. */
  glossaryArticles: Map<string, Article[]>;
}

let archive: Promise<Archive> | undefined;

/**
 * The whole archive, loaded and sorted once per build rather than once per page.
 * In development it is reloaded on every request, so edits show without a restart.
 */
export function loadArchive(): Promise<Archive> {
  if (import.meta.env.DEV) return readArchive();
  archive ??= readArchive();
  return archive;
}

async function readArchive(): Promise<Archive> {
  const [storedArticles, meetings, people, topics, glossary] = await Promise.all([
    getCollection('articles'),
    getCollection('meetings'),
    getCollection('people'),
    getCollection('topics'),
    getCollection('glossary'),
  ]);
  const loaded = archiveOf({ articles: storedArticles.map(withReportText), meetings, people, topics, glossary });
  sourceDigests.set(loaded, entriesDigest([storedArticles, meetings, people, topics, glossary].flat()));
  return loaded;
}

const sourceDigests = new WeakMap<Archive, string>();

/**
 * The digest of every content entry the archive was loaded from (each entry's collection, id and the digest of
 * its file), or undefined for an archive made otherwise (`archiveOf`). Everything derived from the archive is a
 * function of this and of the code deriving it.
 */
export function archiveSourceDigest(archive: Archive): string | undefined {
  return sourceDigests.get(archive);
}

/** A digest of content entries by their own digests (an entry a loader gave none is written whole). */
export function entriesDigest(entries: readonly { collection: string; id: string; digest?: unknown }[]): string {
  return digest(
    entries
      .map((entry) => `${entry.collection}\0${entry.id}\0${entry.digest ?? JSON.stringify(entry)}`)
      .sort()
      .join('\n'),
  );
}

/** The article with its body, rendered HTML and citations, which the report loader stored packed (`stored-report.ts`). */
function withReportText(article: CollectionEntry<'articles'>): StoredArticle {
  const text = unpackReportText(article.body ?? '');
  if (!text)
    throw new Error(
      `${article.filePath ?? article.id}: the content store holds this report's text unpacked; run the build again`,
    );
  return {
    ...article,
    body: text.body,
    rendered: { html: text.html, metadata: article.rendered?.metadata },
    citations: text.citations,
  };
}

/**
 * The archive's collections sorted, indexed by id and cross-referenced, once: every route's data is derived from
 * this. Pure, so route-data functions are tested with plain objects (tests/unit/route-data.test.ts).
 */
export function archiveOf(collections: {
  articles: StoredArticle[];
  meetings: MeetingEntry[];
  people: Person[];
  topics: Topic[];
  glossary: GlossaryEntry[];
}): Archive {
  const meetingEntries = new Map(collections.meetings.map((meeting) => [meeting.id, meeting]));
  const articles = collections.articles.map((article) => withMeeting(article, meetingEntries)).toSorted(byMeetingDate);
  checkVersions(articles);
  const meetings = meetingsOf(articles, meetingEntries);
  const glossary = collections.glossary.toSorted((a, b) => a.data.abbreviation.localeCompare(b.data.abbreviation, 'en'));
  return {
    articles,
    meetings,
    meetingsById: new Map(meetings.map((meeting) => [meeting.id, meeting])),
    people: new Map(collections.people.map((person) => [person.id, person])),
    topics: new Map(collections.topics.map((topic) => [topic.id, topic])),
    appearances: appearancesByPerson(articles),
    topicArticles: articlesByTopic(articles),
    glossary,
    glossaryById: new Map(glossary.map((entry) => [entry.id, entry])),
    glossaryArticles: articlesByGlossaryTerm(articles, glossary),
  };
}

/** The report with its meeting's facts in place of the reference (the schema has checked that the meeting exists). */
function withMeeting(article: StoredArticle, meetings: Map<string, MeetingEntry>): Article {
  const { id, dateBasis } = article.data.meeting;
  const meeting = meetings.get(id.id);
  if (!meeting) throw new Error(`${article.filePath ?? article.id}: meeting.id: no meetings entry "${id.id}" in meetings/`);
  return {
    ...article,
    data: { ...article.data, meeting: { ...meeting.data, id: meeting.id, dateBasis: dateBasis ?? meeting.data.dateBasis } },
  };
}

/**
 * A report marked as another's translation or version (`translationOf`, whose existence the schema has checked) names
 * a report of its own meeting: the pages show the versions among the meeting's reports.
 */
function checkVersions(articles: readonly Article[]): void {
  const byId = new Map(articles.map((article) => [article.id, article]));
  for (const article of articles) {
    const { translationOf } = article.data;
    if (translationOf === undefined) continue;
    const original = byId.get(translationOf);
    const where = article.filePath ?? article.id;
    if (!original) throw new Error(`${where}: translationOf: no article "${translationOf}"`);
    if (original.id === article.id) throw new Error(`${where}: translationOf: names the report itself`);
    if (original.data.meeting.id !== article.data.meeting.id)
      throw new Error(
        `${where}: translationOf: "${translationOf}" is a report of ${original.data.meeting.id}, not of this report's meeting ${article.data.meeting.id}`,
      );
    if (original.data.translationOf !== undefined)
      throw new Error(
        `${where}: translationOf: "${translationOf}" is itself a version of "${original.data.translationOf}": name that one`,
      );
  }
}

/** Each meeting with its reports, in the articles' order (oldest meeting first), the reports first published first. */
function meetingsOf(articles: readonly Article[], entries: Map<string, MeetingEntry>): Meeting[] {
  const reports = Map.groupBy(articles, (article) => article.data.meeting.id);
  return [...reports].map(([id, ofMeeting]) => ({
    id,
    data: entries.get(id)!.data,
    reports: ofMeeting.toSorted(byPublication),
  }));
}

/** The glossary as the abbreviation finder reads it: each entry's id and every spelling of it. */
export function glossaryTerms(glossary: readonly GlossaryEntry[]): GlossaryTerm[] {
  return glossary.map(({ id, data }) => ({ id, forms: [data.abbreviation, ...data.variants] }));
}

/** Derived from the reports' own text, so the glossary's article lists cannot drift from what the reports say. */
function articlesByGlossaryTerm(articles: readonly Article[], glossary: readonly GlossaryEntry[]): Map<string, Article[]> {
  const terms = glossaryTerms(glossary);
  const index = new Map<string, Article[]>(glossary.map(({ id }) => [id, []]));
  for (const article of articles) {
    const text = [article.body ?? '', ...article.data.source.frame].join('\n');
    for (const id of termsUsedIn(text, terms)) index.get(id)!.push(article);
  }
  return index;
}

/** What a citation of the article needs. */
export function citationSource(article: Article, site: SiteContext): CitationSource {
  return { ...citedReport(article.id, article.data, site), meetingName: article.data.meeting.name };
}
