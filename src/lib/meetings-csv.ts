import { csvFile } from './csv.ts';
import type { DateBasis } from './meetings.ts';
import { shownHeadline } from './headline.ts';
import { paths } from './urls.ts';

/** A meeting as its row needs it: its facts and how many reports describe it. */
interface CsvMeeting {
  id: string;
  data: {
    name: string;
    series?: string;
    number?: number;
    partOf?: string;
    date: { iso: string; precision: string };
    dateBasis: DateBasis;
    format: string;
    place?: string;
  };
  reports: readonly unknown[];
}

/** A report as its row needs it. */
interface CsvReport {
  id: string;
  data: {
    headline: string;
    headlineSupplied: boolean;
    meeting: { id: string };
    publication: { publisher: string; date: { iso: string } };
  };
}

export const MEETINGS_CSV_HEADER = [
  'id',
  'name',
  'series',
  'number',
  'part_of',
  'date',
  'date_precision',
  'date_basis',
  'format',
  'place',
  'report_count',
  'meeting_url',
] as const;

export const REPORTS_CSV_HEADER = ['report_id', 'meeting_id', 'publisher', 'publication_date', 'headline', 'url'] as const;

/**
 * One row per meeting, however many reports describe it: its id (`meetings.csv`'s key, `reports.csv`'s
 * `meeting_id`), its facts (the date in ISO to the precision known, with that precision and its basis) and the number
 * of its reports. A fact the meeting does not have is an empty cell.
 */
export function meetingsCsv(meetings: readonly CsvMeeting[], { url }: { url: (sitePath: string) => string }): string {
  return csvFile(
    MEETINGS_CSV_HEADER,
    meetings.map(({ id, data, reports }) => [
      id,
      data.name,
      data.series ?? '',
      data.number === undefined ? '' : String(data.number),
      data.partOf ?? '',
      data.date.iso,
      data.date.precision,
      data.dateBasis,
      data.format,
      data.place ?? '',
      String(reports.length),
      url(paths.meeting(id)),
    ]),
  );
}

/**
 * One row per report: its id, its meeting's id, its publisher, publication date (ISO, to the precision known) and
 * headline (one the archive supplied in square brackets, as the citations write it), and its page.
 */
export function reportsCsv(reports: readonly CsvReport[], { url }: { url: (sitePath: string) => string }): string {
  return csvFile(
    REPORTS_CSV_HEADER,
    reports.map(({ id, data }) => [
      id,
      data.meeting.id,
      data.publication.publisher,
      data.publication.date.iso,
      shownHeadline(data),
      url(paths.article(id)),
    ]),
  );
}
