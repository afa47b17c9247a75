import { articleBodyHtml, glossaryLinkFor } from '../article-html.ts';
import { citationSource, glossaryTerms, type Archive, type Article, type Person } from '../archive.ts';
import { mustGet } from '../lookup.ts';
import { apa, chicago, mla, type CitationSource } from '../citations.ts';
import { neighbours } from '../chronology.ts';
import { formatPartialDate, shownDate, type ShownDate } from '../dates.ts';
import { termsUsedIn } from '../glossary.ts';
import { abbreviatedHtml } from '../glossary-markup.ts';
import { shownHeadline } from '../headline.ts';
import { meetingDateLabel } from '../meetings.ts';
import { paragraphId } from '../paragraph-anchors.ts';
import type { ReferenceSource } from '../reference-metadata.ts';
import { articleFacetValues } from '../search-filters.ts';
import { searchAliasGroups, type FacetKey } from '../search-terms.ts';
import { absoluteTo, linkTo, type SiteContext } from '../site.ts';
import { newsArticle } from '../structured-data.ts';
import { filePaths, paths } from '../urls.ts';

/** A person as a report's page lists them: linked, with the role the report gives. */
export interface PersonRow {
  person: Person;
  href: string;
  role: string;
  coChair: boolean;
}

export interface TextLink {
  href: string;
  text: string;
}

/** A file a reader downloads: its address and the name it is saved under. */
export interface DownloadLink {
  href: string;
  download: string;
}

/** "Cite this article": the citation in each style, ready to copy, and the citation files. */
export interface CiteData {
  styles: { id: string; name: string; full: string; text: string }[];
  bibtex: DownloadLink;
  cslJson: DownloadLink;
  /** The whole archive's citation and meeting files. */
  archiveBibtexHref: string;
  archiveCslJsonHref: string;
  archiveCsvHref: string;
}

/** Everything an article page shows, resolved once in `getStaticPaths`: the page only lays it out. */
export interface ArticlePageData {
  article: Article;
  /** The headline as shown (a supplied one in brackets). */
  headline: string;
  url: string;
  bodyHtml: string;
  /** The publisher's short name and the photo credit, with their abbreviations marked as in the body. */
  publisherShortHtml: string;
  photoCreditHtml: string | undefined;
  participants: PersonRow[];
  mentions: PersonRow[];
  coChairs: PersonRow[];
  topics: TextLink[];
  /** The dates the report mentions, each linked to its paragraph on the page. */
  events: { date: ShownDate; href: string; label: string; paragraph: number }[];
  previous: TextLink | undefined;
  next: TextLink | undefined;
  sourceFileHref: string;
  /** The headline the source note cites: the received one, or "untitled report". */
  sourceTitle: string;
  cite: CiteData;
  reference: ReferenceSource;
  /** The Articles index (the breadcrumb) and the timeline (the facts' link). */
  articlesHref: string;
  timelineHref: string;
  structuredData: object;
  search: { aliases: string[][]; filters: Record<FacetKey, string[]>; meta: Record<string, string | undefined> };
}

/** The citation files of each article (BibTeX, CSL-JSON): the article is all they need. */
export function citationRoutes({ articles }: Pick<Archive, 'articles'>) {
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}

/** One page per article, oldest meeting first, each with its neighbours (found by position, not by search). */
export function articlePages(
  archive: Archive,
  site: SiteContext,
): { params: { slug: string }; props: { page: ArticlePageData } }[] {
  return archive.articles.map((article, index) => ({
    params: { slug: article.id },
    props: { page: articlePageData(archive, site, article, neighbours(archive.articles, index)) },
  }));
}

function articlePageData(
  archive: Archive,
  site: SiteContext,
  article: Article,
  { previous, next }: { previous: Article | undefined; next: Article | undefined },
): ArticlePageData {
  const { people, topics, glossary, glossaryById } = archive;
  const { headline, summary, meeting, publication, participants, mentions, source } = article.data;
  const url = absoluteTo(site, paths.article(article.id));
  const personRow = ({ person, role, coChair = false }: { person: { id: string }; role: string; coChair?: boolean }) => ({
    person: mustGet(people, person.id),
    href: linkTo(site, paths.person(person.id)),
    role,
    coChair,
  });
  const participantRows = participants.map(personRow);
  const mentionRows = mentions.map(personRow);
  const articleTopics = article.data.topics.map(({ id }) => mustGet(topics, id));
  const meetingLink = (other: Article | undefined) =>
    other && {
      href: linkTo(site, paths.article(other.id)),
      text: `${other.data.meeting.name}, ${formatPartialDate(other.data.meeting.date)}`,
    };
  // Abbreviations in the pieces shown around the body are marked at their first use there, as in the body.
  const terms = glossaryTerms(glossary);
  const linkFor = glossaryLinkFor(glossaryById, site.base, article.filePath ?? article.id);
  const publisherTerms = termsUsedIn(publication.publisherShort, terms);
  const creditTerms = terms.filter(({ id }) => !publisherTerms.includes(id));
  const shown = shownHeadline(article.data);
  return {
    article,
    headline: shown,
    url,
    bodyHtml: articleBodyHtml(article, glossaryById, site.base),
    publisherShortHtml: abbreviatedHtml(publication.publisherShort, terms, linkFor),
    photoCreditHtml: publication.photo?.credit && abbreviatedHtml(publication.photo.credit, creditTerms, linkFor),
    participants: participantRows,
    mentions: mentionRows,
    coChairs: participantRows.filter(({ coChair }) => coChair),
    topics: articleTopics.map((topic) => ({ href: linkTo(site, paths.topic(topic.id)), text: topic.data.name })),
    events: article.data.events.map(({ date, label, paragraph }) => ({
      date: shownDate(date),
      href: `#${paragraphId(paragraph)}`,
      label,
      paragraph,
    })),
    previous: meetingLink(previous),
    next: meetingLink(next),
    sourceFileHref: linkTo(site, paths.source(source.file)),
    sourceTitle: article.data.headlineSupplied ? 'untitled report' : headline,
    cite: citeData(citationSource(article, site), site),
    reference: {
      headline,
      publisher: publication.publisher,
      date: publication.date,
      language: 'en',
      url,
      keywords: articleTopics.map((topic) => topic.data.name),
    },
    structuredData: newsArticle({
      url,
      headline: shown,
      summary,
      datePublished: publication.date.iso,
      publisher: publication.publisher,
      basedOn: [absoluteTo(site, paths.source(source.file)), ...(publication.url ? [publication.url] : [])],
      about: articleTopics.map((topic) => ({ name: topic.data.name, url: absoluteTo(site, paths.topic(topic.id)) })),
      mentions: [...participantRows, ...mentionRows].map(({ person }) => ({
        name: person.data.name,
        url: absoluteTo(site, paths.person(person.id)),
      })),
      dateline: publication.dateline,
    }),
    search: {
      aliases: searchAliasGroups([
        ...[...participantRows, ...mentionRows].map(({ person }) => person.data),
        ...articleTopics.map(({ data }) => data),
      ]),
      filters: articleFacetValues(article, archive),
      meta: {
        meeting: meeting.name,
        meetingDate: meetingDateLabel(meeting.date, meeting.dateBasis),
        publisher: publication.publisher,
        headlineSupplied: article.data.headlineSupplied ? 'yes' : undefined,
      },
    },
    articlesHref: linkTo(site, paths.articles()),
    timelineHref: linkTo(site, paths.timeline()),
  };
}

function citeData(source: CitationSource, site: SiteContext): CiteData {
  return {
    styles: [
      { id: 'chicago', name: 'Chicago', full: 'Chicago (notes and bibliography)', text: chicago(source) },
      { id: 'apa', name: 'APA', full: 'APA (7th edition)', text: apa(source) },
      { id: 'mla', name: 'MLA', full: 'MLA (9th edition)', text: mla(source) },
    ],
    bibtex: { href: linkTo(site, paths.citation(source.id, 'bib')), download: `${source.id}.bib` },
    cslJson: { href: linkTo(site, paths.citation(source.id, 'json')), download: `${source.id}.json` },
    archiveBibtexHref: linkTo(site, filePaths.articlesBibtex),
    archiveCslJsonHref: linkTo(site, filePaths.articlesCslJson),
    archiveCsvHref: linkTo(site, filePaths.meetingsCsv),
  };
}
