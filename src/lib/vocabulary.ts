import { z } from 'astro/zod';

/**
 * The closed lists of values the content uses. The content schema (src/content.config.ts), the types, the labels
 * and the open data's JSON Schema are all derived from these, so a new value is added in one place.
 */

/** How a report fixes its meeting's date: stated, implied ("yesterday" or a weekday against the dateline), or not at all. */
export const dateBasis = z.enum(['stated', 'relative', 'publication']);
export type DateBasis = z.infer<typeof dateBasis>;

/**
 * What published a report, which decides what it is cited as: a news outlet's report (a newspaper's, an agency's,
 * a broadcaster's) is a newspaper article; a post on an official body's own site (a ministry's, a government's, the
 * ASEAN Secretariat's) is a web page of that site.
 */
export const publicationType = z.enum(['newspaper', 'website']);
export type PublicationType = z.infer<typeof publicationType>;

export const meetingFormat = z.enum(['online', 'in-person', 'hybrid', 'not stated']);
export type MeetingFormat = z.infer<typeof meetingFormat>;

export const topicKind = z.enum(['subject', 'place', 'body', 'agreement', 'initiative', 'event']);
export type TopicKind = z.infer<typeof topicKind>;

/** Where an office or its dates come from, when not from the reports themselves. */
export const officeSource = z.enum(['reports', 'public record']);

export const MEETING_FORMAT_LABELS: Record<MeetingFormat, string> = {
  online: 'Online',
  'in-person': 'In person',
  hybrid: 'Hybrid',
  'not stated': 'Not stated in the report',
};

/** The headings the Topics page and the search filters group topics under, in this order. */
export const TOPIC_KIND_LABELS: Record<TopicKind, string> = {
  subject: 'Subjects',
  place: 'Places',
  body: 'Bodies',
  agreement: 'Agreements and declarations',
  initiative: 'Initiatives',
  event: 'Events',
};

export const TOPIC_KINDS: readonly TopicKind[] = topicKind.options;
