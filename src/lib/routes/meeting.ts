import type { Archive, Article, Meeting, Person, Topic } from '../archive.ts';
import { articleFeedHtml } from '../article-html.ts';
import { neighbours, type Neighbours } from '../chronology.ts';
import { counted } from '../counted.ts';
import { shownHeadline } from '../headline.ts';
import { classesOf, spliceHtml, tagTokens, type Splice, type TagToken } from '../html.ts';
import { mustGet } from '../lookup.ts';
import { MEETING_FORMAT_LABELS } from '../meetings.ts';
import { PARAGRAPH_ANCHOR_CLASS } from '../paragraph-anchors.ts';
import { eventNoteId, shownDate, type ShownDate } from '../shown-dates.ts';
import { absoluteTo, linkTo, type SiteContext } from '../site.ts';
import { paths } from '../urls.ts';
import { TOPIC_KIND_LABELS, TOPIC_KINDS } from '../vocabulary.ts';
import type { MeetingLink, TextLink, TopicGroup } from './article-page.ts';
import { listingRoutes } from './listing.ts';
import {
  headlineLang,
  publisherName,
  publisherShortName,
  reportLanguage,
  versionsAmong,
  type TextInLanguage,
  type ReportLanguage,
} from '../report-language.ts';
import { receivedDatelineAndSignature } from '../received-text.ts';

export { reportLanguage, type ReportLanguage };

/** A report of a meeting, as the meeting's page, its listing and the report pages of its other reports name it. */
export interface MeetingReportLine {
  /** The report's page. */
  href: string;
  publisher: TextInLanguage;
  language: ReportLanguage;
  publicationDate: ShownDate;
  /** As shown: a supplied headline in square brackets. */
  headline: string;
  /** The headline's language, where it is not English (`headlineLang`). */
  headlineLang: string | undefined;
  /** The report's versions in other languages among its meeting's reports (`translationOf`), each linked. */
  versions: ReportVersion[];
}

/** Another language's version of a report: its page, and its language. */
export interface ReportVersion {
  href: string;
  language: ReportLanguage;
}

/** A report in the meeting page's reading view: what heads its column, and its text. */
export interface MeetingReport extends MeetingReportLine {
  /** Unique on the meeting's page ("r1", "r2" …, first published first): starts every id the report's text carries there. */
  key: string;
  /**
   * The report's name in the phone's switch: the publisher's short name, in its language, and where two reports share
   * it, what tells them apart.
   */
  tabLabel: { short: TextInLanguage; detail: string | undefined };
  /** The report's body as rendered, word for word: its ids start with `key`, its paragraph numbers link to its own page. */
  bodyHtml: string;
  dateline: string | undefined;
  /** Whether the dateline runs into the first paragraph, or stands on a line of its own (a long one). */
  datelineRunsIn: boolean;
  signature: string | undefined;
}

/** Someone who took part, once, with every role the reports give them and which reports give it. */
export interface MeetingPerson {
  person: Person;
  href: string;
  roles: { role: string; publishers: TextInLanguage[] }[];
  coChair: boolean;
}

/** A dated event a report mentions, linked to its paragraph on the report's own page. */
export interface MeetingEvent {
  date: ShownDate;
  label: string;
  href: string;
  paragraph: number;
  publisher: TextInLanguage;
  note: { id: string; text: string } | undefined;
}

/** Everything a meeting's page shows, prepared: the page only lays it out. */
export interface MeetingPageData {
  id: string;
  name: string;
  url: string;
  /** "ASEAN–Japan Forum, no. 35": the series and the meeting's number in it, as far as they are known. */
  series: string | undefined;
  partOf: string | undefined;
  date: ShownDate;
  format: string;
  place: string | undefined;
  /** The organisers' own pages on the meeting. */
  links: TextLink[];
  /** First published first. */
  reports: MeetingReport[];
  /** Everyone any report says took part, in the order they first come. */
  participants: MeetingPerson[];
  /** People the reports name who took part by none's account. */
  mentions: MeetingPerson[];
  /** The topics of all the reports, by kind in the vocabulary's order. */
  topicGroups: TopicGroup[];
  /** By date, then in the reports' order. */
  events: MeetingEvent[];
  previous: MeetingLink | undefined;
  next: MeetingLink | undefined;
  /** The meetings' list (the breadcrumb). */
  meetingsHref: string;
  /** The meeting as a calendar file of its one event (the whole calendar's event for it). */
  calendarHref: string;
  /** One sentence for the page's description. */
  description: string;
  /** The heading of the reports' texts. */
  readingHeading: string;
  /** Links to the page's sections below the list of reports, which the reports' texts push far down. */
  contents: TextLink[];
}

/**
 * The meeting page's sections: the ids of their headings, and the words of those below the reports' texts, which the
 * page's links under its list of reports (`contents`) give too.
 */
export const MEETING_SECTIONS = {
  reading: { id: 'reading-heading' },
  participants: { id: 'participants-heading', heading: 'Who took part' },
  mentions: { id: 'mentioned-heading', heading: 'Also named' },
  topics: { id: 'topics-heading', heading: 'Topics' },
  events: { id: 'events-heading', heading: 'Dates the reports mention' },
} as const;

/** The meeting a report's page names, and the meeting's other reports. */
export interface ReportMeetingData {
  href: string;
  name: string;
  /**
   * First published first, the report itself left out; each named by its publisher and date (the meeting's page
   * gives their headlines: the report page has a weight budget).
   */
  otherReports: (Omit<MeetingReportLine, 'headline'> & { languageBesidePublisher: string | undefined })[];
  /** The report's versions in other languages ("Also in Japanese"). */
  versions: ReportVersion[];
}

/** One page per meeting, oldest first, with the meetings before and after it. */
export function meetingRoutes(
  archive: Archive,
  site: SiteContext,
): { params: { id: string }; props: { page: MeetingPageData } }[] {
  return archive.meetings.map((meeting, index) => ({
    params: { id: meeting.id },
    props: { page: meetingPageData(archive, site, meeting, neighbours(archive.meetings, index)) },
  }));
}

export function meetingPageData(
  archive: Archive,
  site: SiteContext,
  meeting: Meeting,
  adjacent: Neighbours<Meeting>,
): MeetingPageData {
  const { data, reports } = meeting;
  const date = shownDate(data.date, { basis: data.dateBasis });
  const publishers = reports.map((report) => report.data.publication.publisher);
  const people = meetingPeople(archive, site, reports);
  const events = meetingEvents(site, reports);
  const readingHeading = reports.length > 1 ? 'The reports’ texts' : 'The report’s text';
  return {
    id: meeting.id,
    name: data.name,
    url: absoluteTo(site, paths.meeting(meeting.id)),
    series: seriesText(data),
    partOf: data.partOf,
    date,
    format: MEETING_FORMAT_LABELS[data.format],
    place: data.place,
    links: data.links.map(({ title, url }) => ({ href: url, text: title })),
    reports: reports.map((report, index) => meetingReport(archive, site, report, `r${index + 1}`, reports)),
    ...people,
    topicGroups: meetingTopicGroups(archive, site, reports),
    events,
    ...adjacentMeetings(site, adjacent),
    meetingsHref: linkTo(site, paths.meetings()),
    calendarHref: linkTo(site, paths.meetingCalendar(meeting.id)),
    description: `${data.name}, ${date.text}: ${counted(reports.length, 'report')} (${publishers.join(', ')})${
      reports.length > 1 ? ', read side by side' : ''
    }.`,
    readingHeading,
    contents: [
      { id: MEETING_SECTIONS.reading.id, heading: readingHeading },
      ...(people.participants.length > 0 ? [MEETING_SECTIONS.participants] : []),
      ...(people.mentions.length > 0 ? [MEETING_SECTIONS.mentions] : []),
      MEETING_SECTIONS.topics,
      ...(events.length > 0 ? [MEETING_SECTIONS.events] : []),
    ].map(({ id, heading }) => ({ href: `#${id}`, text: heading })),
  };
}

/** The meetings before and after one, each linked by its name, with its date: the foot of a meeting's page and of its reports'. */
export function adjacentMeetings(site: SiteContext, { previous, next }: Neighbours<Meeting>): Neighbours<MeetingLink> {
  const link = (meeting: Meeting | undefined): MeetingLink | undefined =>
    meeting && {
      href: linkTo(site, paths.meeting(meeting.id)),
      text: meeting.data.name,
      date: shownDate(meeting.data.date, { basis: meeting.data.dateBasis }),
    };
  return { previous: link(previous), next: link(next) };
}

function seriesText({ series, number }: Meeting['data']): string | undefined {
  if (series === undefined) return number === undefined ? undefined : `no. ${number}`;
  return number === undefined ? series : `${series}, no. ${number}`;
}

/**
 * What tells a report apart, where a list of `reports` (its meeting's) names it by its publisher, from another of its
 * publisher's: its language where theirs differ (a ministry's English and Japanese releases of one day), else its
 * date; none where its publisher has no other report there.
 */
export function besidePublisher(
  report: Article,
  reports: readonly Article[],
): { by: 'language' | 'date'; text: string } | undefined {
  const short = report.data.publication.publisherShort;
  const samePublisher = reports.filter((other) => other.data.publication.publisherShort === short);
  if (samePublisher.length < 2) return undefined;
  const languages = new Set(samePublisher.map((other) => reportLanguage(other).code));
  return languages.size === samePublisher.length
    ? { by: 'language', text: reportLanguage(report).name }
    : { by: 'date', text: shownDate(report.data.publication.date).text };
}

/** A report as a list of its meeting's reports names it; `reports`, its meeting's, give its versions. */
export function reportLine(report: Article, site: SiteContext, reports: readonly Article[] = []): MeetingReportLine {
  const { publication } = report.data;
  return {
    href: linkTo(site, paths.article(report.id)),
    publisher: publisherName(report),
    language: reportLanguage(report),
    publicationDate: shownDate(publication.date),
    headline: shownHeadline(report.data),
    headlineLang: headlineLang(report),
    versions: reportVersions(report, reports, site),
  };
}

/** A report's versions in other languages among its meeting's reports, each linked with its language. */
export function reportVersions(report: Article, reports: readonly Article[], site: SiteContext): ReportVersion[] {
  return versionsAmong(report, reports).map((version) => ({
    href: linkTo(site, paths.article(version.id)),
    language: reportLanguage(version),
  }));
}

function meetingReport(
  archive: Archive,
  site: SiteContext,
  report: Article,
  key: string,
  reports: readonly Article[],
): MeetingReport {
  const line = reportLine(report, site, reports);
  return {
    ...line,
    key,
    // In the phone's switch, a report's tab names its publisher short, and what tells it from another of theirs.
    tabLabel: { short: publisherShortName(report), detail: besidePublisher(report, reports)?.text },
    bodyHtml: withKeyedIds(articleFeedHtml(report, archive.glossaryById, site.base), key, (paragraph) =>
      linkTo(site, paths.paragraph(report.id, paragraph)),
    ),
    ...receivedDatelineAndSignature(report.data),
  };
}

/** Attributes that name other elements of the page by id. */
const ID_REFERENCES = ['aria-describedby', 'aria-labelledby', 'aria-controls', 'for'];

/**
 * A report's rendered body made fit to stand beside others on one page, its words and markup otherwise as they are:
 * every id starts with `key` (so two reports' paragraph 3 are `r1-p-3` and `r2-p-3`), links and references within
 * the text follow, and each paragraph's number links to that paragraph on the report's own page.
 */
export function withKeyedIds(html: string, key: string, paragraphHref: (paragraph: number) => string): string {
  const keyed = (id: string) => `${key}-${id}`;
  const splices: Splice[] = [];
  for (const tag of tagTokens(html)) {
    if (tag.kind !== 'start') continue;
    const changed: Record<string, string> = {};
    if (tag.attributes.id !== undefined) changed.id = keyed(tag.attributes.id);
    for (const name of ID_REFERENCES) {
      const value = tag.attributes[name];
      if (value !== undefined) changed[name] = value.split(/\s+/).filter(Boolean).map(keyed).join(' ');
    }
    const href = tag.name === 'a' ? tag.attributes.href : undefined;
    if (href?.startsWith('#')) {
      const paragraph = /^#p-(\d+)$/.exec(href);
      changed.href =
        paragraph && classesOf(tag).includes(PARAGRAPH_ANCHOR_CLASS)
          ? paragraphHref(Number(paragraph[1]))
          : `#${keyed(href.slice(1))}`;
    }
    if (Object.keys(changed).length > 0) splices.push({ start: tag.start, end: tag.end, text: startTag(tag, changed) });
  }
  return spliceHtml(html, splices);
}

/** A start tag written again with some attributes' values changed (values as written, in double quotes). */
function startTag(tag: TagToken, changed: Record<string, string>): string {
  const attributes = Object.entries({ ...tag.attributes, ...changed }).map(
    ([name, value]) => ` ${name}="${value.replaceAll('"', '&quot;')}"`,
  );
  return `<${tag.name}${attributes.join('')}>`;
}

/** The people of all the reports: each once, in the order they first come, with the roles each report gives. */
function meetingPeople(
  { people }: Pick<Archive, 'people'>,
  site: SiteContext,
  reports: readonly Article[],
): { participants: MeetingPerson[]; mentions: MeetingPerson[] } {
  const gather = (rows: { id: string; role: string; coChair: boolean; publisher: TextInLanguage }[]) => {
    const byPerson = new Map<string, MeetingPerson>();
    for (const { id, role, coChair, publisher } of rows) {
      const row = byPerson.get(id) ?? {
        person: mustGet(people, id, 'people'),
        href: linkTo(site, paths.person(id)),
        roles: [],
        coChair: false,
      };
      byPerson.set(id, row);
      row.coChair ||= coChair;
      const given = row.roles.find((entry) => entry.role === role);
      if (!given) row.roles.push({ role, publishers: [publisher] });
      else if (!given.publishers.some(({ text }) => text === publisher.text)) given.publishers.push(publisher);
    }
    return [...byPerson.values()];
  };
  const participants = gather(
    reports.flatMap((report) =>
      report.data.participants.map(({ person, role, coChair }) => ({
        id: person.id,
        role,
        coChair,
        publisher: publisherName(report),
      })),
    ),
  );
  const took = new Set(participants.map(({ person }) => person.id));
  const mentions = gather(
    reports.flatMap((report) =>
      report.data.mentions
        .filter(({ person }) => !took.has(person.id))
        .map(({ person, role }) => ({ id: person.id, role, coChair: false, publisher: publisherName(report) })),
    ),
  );
  return { participants, mentions };
}

/** The topics of all the reports, each once, by kind in the vocabulary's order, in the order they first come. */
function meetingTopicGroups({ topics }: Pick<Archive, 'topics'>, site: SiteContext, reports: readonly Article[]): TopicGroup[] {
  const all = [...new Set(reports.flatMap((report) => report.data.topics.map(({ id }) => id)))].map((id) =>
    mustGet(topics, id, 'topics'),
  );
  return topicGroups(site, all);
}

/** Topics by kind, in the vocabulary's order, each linked to its page: a report's topics, or its meeting's. */
export function topicGroups(site: SiteContext, topics: readonly Topic[]): TopicGroup[] {
  return TOPIC_KINDS.flatMap((kind) => {
    const ofKind = topics.filter((topic) => topic.data.kind === kind);
    return ofKind.length > 0
      ? [
          {
            label: TOPIC_KIND_LABELS[kind],
            topics: ofKind.map((topic) => ({ href: linkTo(site, paths.topic(topic.id)), text: topic.data.name })),
          },
        ]
      : [];
  });
}

/** The dated events every report mentions, by date (to the precision given), then in the reports' order. */
function meetingEvents(site: SiteContext, reports: readonly Article[]): MeetingEvent[] {
  return reports
    .flatMap((report) =>
      report.data.events.map(({ date, label, paragraph, note }, index) => {
        const noteId = eventNoteId(index, report.id);
        return {
          iso: date.iso,
          event: {
            date: shownDate(date, { noteHref: note === undefined ? undefined : `#${noteId}` }),
            label,
            href: linkTo(site, paths.paragraph(report.id, paragraph)),
            paragraph,
            publisher: publisherName(report),
            note: note === undefined ? undefined : { id: noteId, text: note },
          },
        };
      }),
    )
    .sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0))
    .map(({ event }) => event);
}

/** For a report's page: its meeting, linked, and the meeting's other reports. */
export function reportMeeting(
  { meetingsById }: Pick<Archive, 'meetingsById'>,
  site: SiteContext,
  report: Article,
): ReportMeetingData {
  const meeting = mustGet(meetingsById, report.data.meeting.id, 'meetings');
  return {
    href: linkTo(site, paths.meeting(meeting.id)),
    name: meeting.data.name,
    otherReports: meeting.reports
      .filter((other) => other.id !== report.id)
      .map((other) => {
        const { headline: _shownOnTheMeetingPage, ...line } = reportLine(other, site, meeting.reports);
        // The list gives each report's date: only its language can tell it from another of its publisher's that day.
        const beside = besidePublisher(other, meeting.reports);
        return { ...line, languageBesidePublisher: beside?.by === 'language' ? beside.text : undefined };
      }),
    versions: reportVersions(report, meeting.reports, site),
  };
}

/** A meeting in the list of all meetings: its name, linked, its date, and who reported it. */
export interface MeetingRow {
  href: string;
  name: string;
  date: ShownDate;
  /** "3 reports". */
  reportCount: string;
  /** First published first; a publisher of two reports once. */
  publishers: TextInLanguage[];
}

/** The list of every meeting, newest first, at `/meetings/` and its later pages. */
export function meetingListRoutes({ meetings }: Pick<Archive, 'meetings'>, site: SiteContext) {
  return listingRoutes({
    items: meetings.toReversed().map((meeting): MeetingRow => ({
      href: linkTo(site, paths.meeting(meeting.id)),
      name: meeting.data.name,
      date: shownDate(meeting.data.date, { basis: meeting.data.dateBasis }),
      reportCount: counted(meeting.reports.length, 'report'),
      publishers: meeting.reports
        .map(publisherName)
        .filter((name, index, names) => names.findIndex(({ text }) => text === name.text) === index),
    })),
    pathFor: paths.meetings,
    site,
    params: {},
    props: { total: counted(meetings.length, 'meeting') },
  });
}
