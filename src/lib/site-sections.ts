import { paths } from './urls.ts';

/** The archive's sections, in menu order: the header's menu, the footer's links and the search page's browse links share them. */
export const SITE_SECTIONS = [
  { label: 'Articles', path: paths.articles() },
  { label: 'Meetings', path: paths.meetings() },
  { label: 'Timeline', path: paths.timeline() },
  { label: 'By date', path: paths.archive() },
  { label: 'People', path: paths.people() },
  { label: 'Topics', path: paths.topics() },
  { label: 'Glossary', path: paths.glossary() },
] as const;
