/** The kinds of topic, in the order and under the headings the Topics page and the search filters group them. */
export const TOPIC_KIND_LABELS = {
  subject: 'Subjects',
  place: 'Places',
  body: 'Bodies',
  agreement: 'Agreements and declarations',
  initiative: 'Initiatives',
  event: 'Events',
} as const;

export type TopicKind = keyof typeof TOPIC_KIND_LABELS;
export const TOPIC_KINDS = Object.keys(TOPIC_KIND_LABELS) as TopicKind[];
