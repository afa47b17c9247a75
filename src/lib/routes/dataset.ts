import type { Archive } from '../archive.ts';
import { absoluteTo, ARCHIVE_LICENCE, SITE_NAME, type SiteContext } from '../site.ts';
import { dataset } from '../structured-data.ts';
import { paths } from '../urls.ts';
import { dataDownloads } from './data.ts';

/** The data page's description of the archive's files as a schema.org Dataset: licence, span, languages, files. */
export function archiveDataset({ articles, meetings }: Pick<Archive, 'articles' | 'meetings'>, site: SiteContext): object {
  const first = meetings.at(0);
  const last = meetings.at(-1);
  return dataset({
    name: `${SITE_NAME}: meetings, reports and citations`,
    description: `News reports of ASEAN–Japan diplomatic meetings as their publishers wrote them, with the archive's data on each meeting (date, format, place, participants, topics) and citations of each report: ${meetings.length.toLocaleString('en')} meetings and ${articles.length.toLocaleString('en')} reports as JSON with its JSON Schema, CSV, iCalendar, biblatex, RIS, CSL-JSON and RSS.`,
    url: absoluteTo(site, paths.data()),
    licence: ARCHIVE_LICENCE.url,
    creator: SITE_NAME,
    temporalCoverage: first && last ? { from: first.data.date.iso, to: last.data.date.iso } : undefined,
    languages: [...new Set(articles.map(({ data }) => data.lang))].sort(),
    files: dataDownloads(site).map(({ name, href, type }) => ({ name, url: new URL(href, site.site).href, type })),
  });
}
