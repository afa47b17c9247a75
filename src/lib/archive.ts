import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { receivedFilesDir } from './archive-paths.ts';
import { eventProblems } from './chronology.ts';
import { decodeReceivedFile } from './content-safety.ts';
import type { CitationSource } from './citations.ts';
import { closestId } from './entity-ids.ts';
import { termsUsedIn, unknownTermProblems, type GlossaryTerm } from './glossary.ts';
import { byMeetingDate } from './meetings.ts';
import { bodyStartLine, receivedTextProblem } from './received-text.ts';
import { appearancesByPerson, articlesByTopic, type Appearance } from './relations.ts';
import { absoluteTo, SITE_NAME, type SiteContext } from './site.ts';
import { unpackReportText } from './stored-report.ts';
import { paths } from './urls.ts';

export type Article = CollectionEntry<'articles'>;
export type Person = CollectionEntry<'people'>;
export type Topic = CollectionEntry<'topics'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;

export interface Archive {
  /** Oldest meeting first. */
  articles: Article[];
  people: Map<string, Person>;
  topics: Map<string, Topic>;
  /** Per person id, the articles they appear in, oldest meeting first. */
  appearances: Map<string, Appearance<Article>[]>;
  /** Per topic id, the articles tagged with it, oldest meeting first. */
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
  const [storedArticles, people, topics, glossary] = await Promise.all([
    getCollection('articles'),
    getCollection('people'),
    getCollection('topics'),
    getCollection('glossary'),
  ]);
  const articles = storedArticles.map(withReportText);
  assertArticleTexts(articles, new Set(glossary.map(({ id }) => id)));
  for (const article of articles) {
    const problems = eventProblems(article.body ?? '', article.data.events);
    if (problems.length > 0) throw new Error(`${article.filePath ?? article.id}:\n  ${problems.join('\n  ')}`);
  }
  return archiveOf({ articles, people, topics, glossary });
}

/** The article with its body and rendered HTML, which the report loader stored packed (`stored-report.ts`). */
function withReportText(article: Article): Article {
  const text = unpackReportText(article.body ?? '');
  if (!text) throw new Error(`${article.filePath ?? article.id}: the content store holds this report's text unpacked; run the build again`);
  return { ...article, body: text.body, rendered: { html: text.html, metadata: article.rendered?.metadata } };
}

/**
 * The archive's collections sorted, indexed by id and cross-referenced, once: every route's data is derived from
 * this. Pure, so route-data functions are tested with plain objects (tests/unit/route-data.test.ts).
 */
export function archiveOf(collections: { articles: Article[]; people: Person[]; topics: Topic[]; glossary: GlossaryEntry[] }): Archive {
  const articles = collections.articles.toSorted(byMeetingDate);
  const glossary = collections.glossary.toSorted((a, b) => a.data.abbreviation.localeCompare(b.data.abbreviation, 'en'));
  const archive = {
    articles,
    people: new Map(collections.people.map((person) => [person.id, person])),
    topics: new Map(collections.topics.map((topic) => [topic.id, topic])),
    appearances: appearancesByPerson(articles),
    topicArticles: articlesByTopic(articles),
    glossary,
    glossaryById: new Map(glossary.map((entry) => [entry.id, entry])),
    glossaryArticles: articlesByGlossaryTerm(articles, glossary),
  };
  assertReferencesResolve(archive);
  return archive;
}

/**
 * The body must be the received report, word for word and paragraph for paragraph: a changed word or a merged
 * paragraph (which would shift every later `#p-N` link) stops the build and `astro dev`, not only the tests.
 * Every `<Abbr term>` must name a glossary entry; the message names the file and line rather than a page.
 */
function assertArticleTexts(articles: readonly Article[], glossaryIds: ReadonlySet<string>) {
  const sourcesDir = receivedFilesDir(process.env);
  const problems = articles.flatMap((article) => {
    const path = resolve(article.filePath ?? article.id);
    const file = relative(process.cwd(), path);
    const fileText = readFileSync(path, 'utf-8');
    const body = article.body ?? '';
    const textProblem = receivedTextProblem({
      file,
      fileText,
      body,
      sourceFile: article.data.source.file,
      // Decoded strictly: a received file that is not UTF-8 is named as such, not compared as garbled text.
      sourceText: decodeReceivedFile(article.data.source.file, readFileSync(join(sourcesDir, article.data.source.file))),
      frame: article.data.source.frame,
    });
    const termProblems = unknownTermProblems({ file, body, bodyLine: bodyStartLine(fileText, body) }, glossaryIds, closestId);
    return [...(textProblem ? [textProblem] : []), ...termProblems];
  });
  if (problems.length > 0) throw new Error(`The articles' text needs fixing:\n${problems.join('\n')}`);
}

/**
 * The schema checks references when an article is parsed, but the content cache skips unchanged
 * articles: deleting a person file would otherwise go unnoticed until a page failed obscurely.
 */
function assertReferencesResolve({ articles, people, topics }: Pick<Archive, 'articles' | 'people' | 'topics'>) {
  const problems: string[] = [];
  for (const { id, filePath, data } of articles) {
    const where = filePath ?? id;
    data.participants.forEach(({ person }, index) => {
      if (!people.has(person.id)) problems.push(`${where}: participants.${index}.person: no people entry "${person.id}"`);
    });
    data.mentions.forEach(({ person }, index) => {
      if (!people.has(person.id)) problems.push(`${where}: mentions.${index}.person: no people entry "${person.id}"`);
    });
    data.topics.forEach((topic, index) => {
      if (!topics.has(topic.id)) problems.push(`${where}: topics.${index}: no topics entry "${topic.id}"`);
    });
  }
  if (problems.length > 0) throw new Error(`Broken references in the content:\n${problems.join('\n')}`);
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
  const { headline, headlineSupplied, publication, meeting } = article.data;
  return {
    id: article.id,
    headline,
    headlineSupplied,
    publisher: publication.publisher,
    date: publication.date,
    url: absoluteTo(site, paths.article(article.id)),
    archiveName: SITE_NAME,
    meetingName: meeting.name,
  };
}
