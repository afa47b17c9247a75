import { articleBodyHtml, articleNotes, glossaryLinkFor } from '../article-html.ts';
import { glossaryTerms, type Archive, type Article, type Meeting, type Person } from '../archive.ts';
import { mustGet } from '../lookup.ts';
import { CITATION_FORMAT_NAMES, CITATION_FORMATS, type CitationFormat } from '../citation-files.ts';
import { CITATION_STYLES, type CitationStyle, languageMarker, type StyledCitation } from '../citations.ts';
import { neighbours, type Neighbours } from '../chronology.ts';
import { termsUsedIn } from '../glossary.ts';
import { abbreviatedHtml } from '../glossary-markup.ts';
import { citedHeadline, shownHeadline } from '../headline.ts';
import { MEETING_FORMAT_LABELS } from '../meetings.ts';
import { noteId, noteMarkerId, textWithNoteMarks } from '../note-marks.ts';
import { paragraphId } from '../paragraph-anchors.ts';
import type { ReferenceSource } from '../reference-metadata.ts';
import { articleFilterValues, articleSortDate } from '../search-filters.ts';
import type { FacetKey, SearchEntity } from '../search-terms.ts';
import { dateWords, eventNoteId, shownDate, type ShownDate } from '../shown-dates.ts';
import { absoluteTo, linkTo, SITE_NAME, type SiteContext } from '../site.ts';
import { reportArticle } from '../structured-data.ts';
import { paths } from '../urls.ts';
import {
  headlineLang,
  openGraphLocale,
  publisherName,
  publisherShortName,
  reportLanguage,
  type TextInLanguage,
  type ReportLanguage,
  wordsLang,
} from '../report-language.ts';
import { adjacentMeetings, reportMeeting, topicGroups, type ReportMeetingData } from './meeting.ts';
import { timelineMeetingHrefs } from './timeline.ts';
import { receivedDatelineAndSignature } from '../received-text.ts';

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

/** The id of the full facts on a report's page, where the card under the headline leads. */
export const ARTICLE_FACTS_ID = 'meeting-facts';

/** A neighbouring meeting: its page linked by its name, and its date. */
export interface MeetingLink extends TextLink {
  date: ShownDate;
}

/** The meeting's facts, as the card under the headline (on a phone) and the facts beside or after the text show them. */
export interface MeetingFacts {
  name: string;
  /** The meeting's page, with all its reports. */
  href: string;
  partOf: string | undefined;
  /** Qualified by how the report fixes it ("on or before"), with the reason as its gloss. */
  date: ShownDate;
  format: string;
  coChairs: PersonRow[];
  /** The meeting's own entry on the timeline. */
  timelineHref: string;
}

/** A report's topics of one kind, under the kind's heading. */
export interface TopicGroup {
  label: string;
  topics: TextLink[];
}

/** A date the report mentions, linked to its paragraph; flagged, with the archive's note, when the archive doubts it. */
export interface ArticleEvent {
  date: ShownDate;
  href: string;
  label: string;
  paragraph: number;
  note: { id: string; text: string } | undefined;
}

/** A file a reader downloads: its address and the name it is saved under. */
export interface DownloadLink {
  href: string;
  download: string;
}

/** "Cite this article": the citation in each style, ready to copy, and the citation files. */
export interface CiteData {
  /**
   * Each style's bibliography entry and citation of a paragraph (the pieces around its number), in citeproc-js's
   * HTML (`StyledCitation`).
   */
  styles: ({ id: CitationStyle; name: string; full: string } & StyledCitation)[];
  /** The report's citation as files for reference managers, one per format. */
  downloads: (DownloadLink & { name: string; type: string; format: CitationFormat })[];
  /** The data page, where the whole archive's citations and data are, a file each. */
  dataHref: string;
}

export interface EditorialNote {
  number: number;
  id: string;
  about: string;
  note: string;
  /** The marker in the text. */
  markerHref: string;
}

/** Everything an article page shows, resolved once in `getStaticPaths`: the page only lays it out. */
export interface ArticlePageData {
  article: Article;
  /** The headline as shown (a supplied one in brackets). */
  headline: string;
  /**
   * The language the report's words are in (its `lang`): the headline (unless the archive supplied it), byline,
   * body, dateline, sign-off and caption are marked with it; the archive's words around them stay in English.
   */
  language: ReportLanguage;
  /** The report's language as an Open Graph locale (`og:locale`: "vi_VN", "ja_JP", "en_US"). */
  ogLocale: string;
  url: string;
  /** The body, its paragraphs numbered and the phrases the notes are about marked, each followed by its note's number. */
  bodyHtml: string;
  /** The dateline and the sign-off as received (`receivedDatelineAndSignature`): the publisher's words and punctuation around the body. */
  dateline: string | undefined;
  /** Whether the dateline runs into the first paragraph, or stands on a line of its own (a long one). */
  datelineRunsIn: boolean;
  signature: string | undefined;
  /** The publisher's name, in the language it is written in. */
  publisher: TextInLanguage;
  /**
   * The publisher's short name, with its abbreviations marked as in the body, shown after its name; none where the
   * two are the same ("Reuters (Reuters)").
   */
  publisherShortHtml: string | undefined;
  /** The `lang` of the publisher's short name: its name's. */
  publisherShortLang: string | undefined;
  /** The photo caption, with the phrases of the notes about it marked as in the body. */
  photoCaptionHtml: string | undefined;
  photoCreditHtml: string | undefined;
  meeting: MeetingFacts;
  /** The meeting's page, and the meeting's other reports. */
  meetingReports: ReportMeetingData;
  publicationDate: ShownDate;
  /** The editorial notes, numbered, each linking back to where the text marks its phrase. */
  notes: EditorialNote[];
  participants: PersonRow[];
  mentions: PersonRow[];
  /** The report's topics by kind, in the vocabulary's order. */
  topicGroups: TopicGroup[];
  /** The dates the report mentions, each linked to its paragraph on the page. */
  events: ArticleEvent[];
  previous: MeetingLink | undefined;
  next: MeetingLink | undefined;
  sourceFileHref: string;
  /**
   * The headline as the source note cites it, as the citations do: in quotation marks, or a supplied one in brackets;
   * in its language where it is the report's (`headlineLang`).
   */
  sourceTitle: { text: string; supplied: boolean; lang: string | undefined };
  /** The section the report was published in, as the publisher names it: in the report's language. */
  sourceSection: TextInLanguage | undefined;
  cite: CiteData;
  reference: ReferenceSource;
  /** The Articles index (the breadcrumb). */
  articlesHref: string;
  structuredData: object;
  search: {
    entities: SearchEntity[];
    filters: Partial<Record<FacetKey, string[]>>;
    /** The meeting date "Newest" and "Oldest" sort by (`articleSortDate`). */
    date: string;
    meta: Record<string, string | undefined>;
  };
}

/** The citation files of each article (biblatex, RIS, CSL-JSON): the article is all they need. */
export function citationRoutes({ articles }: Pick<Archive, 'articles'>) {
  return articles.flatMap((article) =>
    CITATION_FORMAT_NAMES.map((format) => ({ params: { slug: article.id, format }, props: { article, format } })),
  );
}

/** One page per article, oldest meeting first, each with its meeting's neighbours (found by position, not by search). */
export function articlePages(
  archive: Archive,
  site: SiteContext,
): { params: { slug: string }; props: { page: ArticlePageData } }[] {
  const onTimeline = timelineMeetingHrefs(archive.meetings, site);
  // A report's neighbours are its meeting's: the reports of one meeting share them.
  const meetingIndex = new Map(archive.meetings.map((meeting, index) => [meeting.id, index]));
  return archive.articles.map((article) => ({
    params: { slug: article.id },
    props: {
      page: articlePageData(
        archive,
        site,
        article,
        neighbours(archive.meetings, mustGet(meetingIndex, article.data.meeting.id)),
        mustGet(onTimeline, article.data.meeting.id),
      ),
    },
  }));
}

function articlePageData(
  archive: Archive,
  site: SiteContext,
  article: Article,
  adjacent: Neighbours<Meeting>,
  timelineHref: string,
): ArticlePageData {
  const { people, topics, glossary, glossaryById } = archive;
  const { summary, meeting, publication, participants, mentions, source } = article.data;
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
  // Abbreviations in the pieces shown around the body are marked at their first use there, as in the body.
  const terms = glossaryTerms(glossary);
  const linkFor = glossaryLinkFor(glossaryById, site.base, article.filePath ?? article.id);
  const publisherTerms = termsUsedIn(publication.publisherShort, terms);
  const creditTerms = terms.filter(({ id }) => !publisherTerms.includes(id));
  const shown = shownHeadline(article.data);
  const body = articleBodyHtml(article, glossaryById, site.base);
  const notes = articleNotes(article);
  const notesOfCaption = notes.filter(({ number }) => body.unmarked.includes(number));
  const caption = publication.photo && textWithNoteMarks(publication.photo.caption, notesOfCaption);
  const lost = notes.find(({ number }) => (caption?.unmarked ?? body.unmarked).includes(number));
  // The content checks refuse such a note; an article they skipped as unchanged is caught here.
  if (lost !== undefined) {
    throw new Error(
      `${article.filePath ?? article.id}: notes.${lost.index}.about: "${lost.about}" is in neither the body nor the photo caption`,
    );
  }
  return {
    article,
    headline: shown,
    language: reportLanguage(article),
    ogLocale: openGraphLocale(reportLanguage(article).code),
    url,
    bodyHtml: body.html,
    ...receivedDatelineAndSignature(article.data),
    photoCaptionHtml: caption?.html,
    notes: notes.map(({ about, note, number }) => ({
      number,
      id: noteId(number),
      about,
      note,
      markerHref: `#${noteMarkerId(number)}`,
    })),
    publisher: publisherName(article),
    publisherShortHtml:
      publication.publisherShort === publication.publisher
        ? undefined
        : abbreviatedHtml(publication.publisherShort, terms, linkFor),
    publisherShortLang: publisherShortName(article).lang,
    photoCreditHtml: publication.photo?.credit && abbreviatedHtml(publication.photo.credit, creditTerms, linkFor),
    meeting: {
      name: meeting.name,
      href: linkTo(site, paths.meeting(meeting.id)),
      partOf: meeting.partOf,
      date: shownDate(meeting.date, { basis: meeting.dateBasis }),
      format: MEETING_FORMAT_LABELS[meeting.format],
      coChairs: participantRows.filter(({ coChair }) => coChair),
      timelineHref,
    },
    meetingReports: reportMeeting(archive, site, article),
    publicationDate: shownDate(publication.date),
    participants: participantRows,
    mentions: mentionRows,
    topicGroups: topicGroups(site, articleTopics),
    events: article.data.events.map(({ date, label, paragraph, note }, index) => {
      const eventNote = eventNoteId(index);
      return {
        date: shownDate(date, { noteHref: note === undefined ? undefined : `#${eventNote}` }),
        href: `#${paragraphId(paragraph)}`,
        label,
        paragraph,
        note: note === undefined ? undefined : { id: eventNote, text: note },
      };
    }),
    ...adjacentMeetings(site, adjacent),
    sourceFileHref: linkTo(site, paths.source(source.file)),
    sourceTitle: { text: citedHeadline(article.data), supplied: article.data.headlineSupplied, lang: headlineLang(article) },
    sourceSection: publication.section === undefined ? undefined : { text: publication.section, lang: wordsLang(article) },
    cite: citeData(article, site),
    reference: {
      headline: shown,
      publisher: publication.publisher,
      publicationType: publication.type,
      date: publication.date,
      language: article.data.lang,
      url,
      archive: SITE_NAME,
      archiveLocation: article.id,
      keywords: articleTopics.map((topic) => topic.data.name),
    },
    structuredData: reportArticle({
      publicationType: publication.type,
      url,
      headline: shown,
      summary,
      datePublished: publication.date.iso,
      publisher: publisherName(article),
      basedOn: [absoluteTo(site, paths.source(source.file)), ...(publication.url ? [publication.url] : [])],
      about: articleTopics.map((topic) => ({ name: topic.data.name, url: absoluteTo(site, paths.topic(topic.id)) })),
      mentions: [...participantRows, ...mentionRows].map(({ person }) => ({
        name: person.data.name,
        url: absoluteTo(site, paths.person(person.id)),
      })),
      dateline: publication.dateline,
      language: article.data.lang,
    }),
    search: {
      // Participants and topics are filter values too: the index writes in their names.
      entities: [
        ...participantRows.map(({ person }) => ({
          address: linkTo(site, paths.person(person.id)),
          facet: 'participant' as const,
        })),
        ...mentionRows.map(({ person }) => ({ address: linkTo(site, paths.person(person.id)) })),
        ...articleTopics.map(({ id }) => ({ address: linkTo(site, paths.topic(id)), facet: 'topic' as const })),
      ],
      filters: articleFilterValues(article),
      date: articleSortDate(article),
      meta: {
        meeting: meeting.name,
        meetingDate: dateWords(meeting.date, { basis: meeting.dateBasis }).text,
        publisher: publication.publisher,
        // The language the result card marks the publisher's name with, where it is not English (`publisherName`).
        publisherLang: publisherName(article).lang,
        headlineSupplied: article.data.headlineSupplied ? 'yes' : undefined,
        // The language the result card marks the report's words with; English, the interface's, needs no mark.
        lang: article.data.lang === 'en' ? undefined : article.data.lang,
      },
    },
    articlesHref: linkTo(site, paths.articles()),
  };
}

function citeData(article: Article, site: SiteContext): CiteData {
  const { id, citations } = article;
  // The report's headline (unless the archive supplied it) and its publisher's name, each in its language.
  const withLanguageMarks = languageMarker([
    { text: article.data.headline, lang: headlineLang(article) },
    publisherName(article),
  ]);
  return {
    styles: CITATION_STYLES.map(({ id: style, name, full }) => {
      const { entry, pinpoint } = citations[style];
      return {
        id: style,
        name,
        full,
        entry: withLanguageMarks(entry),
        pinpoint: pinpoint.map(withLanguageMarks),
      };
    }),
    downloads: CITATION_FORMAT_NAMES.map((format) => ({
      format,
      name: CITATION_FORMATS[format].name,
      href: linkTo(site, paths.citation(id, format)),
      download: `${id}.${format}`,
      type: CITATION_FORMATS[format].contentType.split(';')[0],
    })),
    dataHref: linkTo(site, paths.data()),
  };
}
