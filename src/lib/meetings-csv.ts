import { csvFile } from './csv.ts';
import type { DateBasis } from './meetings.ts';
import { shownHeadline } from './headline.ts';
import { reportLanguage } from './report-language.ts';
import { filePaths, paths } from './urls.ts';
import { dateBasis, meetingFormat, publicationType, type PublicationType } from './vocabulary.ts';

/**
 * The archive's three CSV tables (`meetings.csv`, `reports.csv`, `participants.csv`), each defined once as its
 * columns: a column's name, title, description and datatype, and how its cell is written. The writers and the CSVW
 * data dictionary (`csvw.ts`, `/data/csv-metadata.json`) both read these definitions, so the files and their
 * description cannot drift apart.
 */

/** The absolute URL of a site path. */
type Url = (sitePath: string) => string;

/**
 * A cell's datatype as CSVW names it (XML Schema's built-in types), with a `format` where the values are a closed
 * list or a pattern: for a string a regular expression, for a boolean its "true|false" words.
 */
export type CsvDatatype =
  | 'string'
  | 'integer'
  | 'anyURI'
  | { base: 'string'; format: string }
  | { base: 'integer'; minimum: number }
  | { base: 'boolean'; format: string };

export interface CsvColumn<Row> {
  /** The header cell, and the column's name in the CSVW metadata. */
  name: string;
  /** What a person calls it. */
  title: string;
  description: string;
  datatype: CsvDatatype;
  /** Every row has a value: the cell is never empty. An empty cell elsewhere is a fact the archive does not have. */
  required: boolean;
  cell: (row: Row, url: Url) => string;
}

export interface CsvTable<Row> {
  /** The file's site path (`filePaths`), its name in the data dictionary. */
  file: string;
  title: string;
  description: string;
  columns: readonly CsvColumn<Row>[];
  /** The columns whose values together name one row. */
  primaryKey?: readonly string[];
  /** Columns that hold another table's key. */
  foreignKeys?: readonly { columns: readonly string[]; table: string; reference: readonly string[] }[];
}

/** The table's CSV file: the header of its column names, then one row per record. */
export function csvOf<Row>(table: CsvTable<Row>, rows: readonly Row[], url: Url): string {
  return csvFile(
    table.columns.map(({ name }) => name),
    rows.map((row) => table.columns.map(({ cell }) => cell(row, url))),
  );
}

const isoDate = {
  base: 'string',
  format: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
} as const satisfies CsvDatatype;
const oneOf = (values: readonly string[]): CsvDatatype => ({ base: 'string', format: `^(${values.join('|')})$` });
const column = <Row>(
  name: string,
  title: string,
  datatype: CsvDatatype,
  description: string,
  cell: CsvColumn<Row>['cell'],
  required = true,
): CsvColumn<Row> => ({ name, title, description, datatype, required, cell });

/** A meeting as its row needs it: its facts and how many reports describe it. */
export interface CsvMeeting {
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
export interface CsvReport {
  id: string;
  data: {
    headline: string;
    headlineSupplied: boolean;
    lang?: string;
    translationOf?: string;
    meeting: { id: string };
    publication: { publisher: string; publisherLang?: string; type: PublicationType; date: { iso: string } };
  };
}

/**
 * One row per meeting, however many reports describe it: its id (`meetings.csv`'s key, `reports.csv`'s
 * `meeting_id`), its facts (the date in ISO to the precision known, with that precision and its basis) and the number
 * of its reports. A fact the meeting does not have is an empty cell.
 */
export const MEETINGS_TABLE: CsvTable<CsvMeeting> = {
  file: filePaths.meetingsCsv,
  title: 'Meetings',
  description: 'One row per meeting, however many reports describe it.',
  columns: [
    column('id', 'Meeting id', 'string', 'The meeting’s id; its page is /meetings/<id>/.', ({ id }) => id),
    column('name', 'Name', 'string', 'The meeting’s name.', ({ data }) => data.name),
    column('series', 'Series', 'string', 'The series the meeting belongs to.', ({ data }) => data.series ?? '', false),
    column(
      'number',
      'Number in the series',
      { base: 'integer', minimum: 1 },
      'The meeting’s number in its series.',
      ({ data }) => (data.number === undefined ? '' : String(data.number)),
      false,
    ),
    column(
      'part_of',
      'Held during',
      'string',
      'The larger gathering it was held within.',
      ({ data }) => data.partOf ?? '',
      false,
    ),
    column(
      'date',
      'Date',
      isoDate,
      'ISO 8601, to the precision the reports give: YYYY, YYYY-MM or YYYY-MM-DD.',
      ({ data }) => data.date.iso,
    ),
    column(
      'date_precision',
      'Date precision',
      oneOf(['year', 'month', 'day']),
      'How much of the date is known.',
      ({ data }) => data.date.precision,
    ),
    column(
      'date_basis',
      'Date basis',
      oneOf(dateBasis.options),
      'How the reports fix the date: stated (a report states it), relative ("yesterday", a weekday, against a dateline), publication (none gives it: on or before the first report’s publication).',
      ({ data }) => data.dateBasis,
    ),
    column('format', 'Format', oneOf(meetingFormat.options), 'How it was held.', ({ data }) => data.format),
    column(
      'place',
      'Place',
      'string',
      'Where it was held, as the archive names the place.',
      ({ data }) => data.place ?? '',
      false,
    ),
    column(
      'report_count',
      'Reports',
      { base: 'integer', minimum: 1 },
      'How many of the archive’s reports describe it (rows of reports.csv).',
      ({ reports }) => String(reports.length),
    ),
    column('meeting_url', 'Meeting page', 'anyURI', 'The meeting’s page in the archive.', ({ id }, url) =>
      url(paths.meeting(id)),
    ),
  ],
  primaryKey: ['id'],
};

/** A BCP 47 language tag as the CSVW metadata describes it (`reports.csv`'s languages, and the quotes' files'). */
export const LANGUAGE_TAG = { base: 'string', format: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$' } as const;

/**
 * One row per report: its id, its meeting's id, its publisher, publication date (ISO, to the precision known) and
 * headline (one the archive supplied in square brackets, as the citations write it), and its page.
 */
export const REPORTS_TABLE: CsvTable<CsvReport> = {
  file: filePaths.reportsCsv,
  title: 'Reports',
  description: 'One row per archived report, oldest meeting first.',
  columns: [
    column('report_id', 'Report id', 'string', 'The report’s id; its page is /articles/<id>/.', ({ id }) => id),
    column('meeting_id', 'Meeting id', 'string', 'The meeting it reports: a row of meetings.csv.', ({ data }) => data.meeting.id),
    column('publisher', 'Publisher', 'string', 'Who published the report.', ({ data }) => data.publication.publisher),
    column(
      'publisher_language',
      'Publisher’s name language',
      LANGUAGE_TAG,
      'The language the publisher’s name is written in, BCP 47 (en unless the report says otherwise).',
      ({ data }) => data.publication.publisherLang ?? 'en',
    ),
    column(
      'publication_type',
      'Publication type',
      oneOf(publicationType.options),
      'What the report is cited as: newspaper, a news outlet’s article (a newspaper’s, an agency’s, a broadcaster’s); website, a page of an official body’s own site (a ministry’s, the ASEAN Secretariat’s).',
      ({ data }) => data.publication.type,
    ),
    column(
      'publication_date',
      'Publication date',
      isoDate,
      'ISO 8601, to the precision known: YYYY, YYYY-MM or YYYY-MM-DD.',
      ({ data }) => data.publication.date.iso,
    ),
    column(
      'headline',
      'Headline',
      'string',
      'The report’s headline; one the archive supplied (the report has none) is in square brackets.',
      ({ data }) => shownHeadline(data),
    ),
    column(
      'language',
      'Language',
      LANGUAGE_TAG,
      'The language the report was published in, BCP 47 (en, vi, ja, th): its headline, unless supplied, is in it.',
      (report) => reportLanguage(report).code,
    ),
    column(
      'translation_of',
      'Translation of',
      'string',
      'The report_id of the report this one is a translation or another language’s version of; empty for none.',
      ({ data }) => data.translationOf ?? '',
      false,
    ),
    column('url', 'Report page', 'anyURI', 'The report’s page in the archive.', ({ id }, url) => url(paths.article(id))),
  ],
  primaryKey: ['report_id'],
  foreignKeys: [{ columns: ['meeting_id'], table: MEETINGS_TABLE.file, reference: ['id'] }],
};

/** One person's part in one report: taking part as the report says, or named without taking part. */
export interface Participation {
  meetingId: string;
  reportId: string;
  personId: string;
  personName: string;
  role: string;
  coChair: boolean;
  appearance: 'participant' | 'mentioned';
}

/** A report as the participants table reads it. */
export interface CsvParticipationReport {
  id: string;
  data: {
    meeting: { id: string };
    participants: readonly { person: { id: string }; role: string; coChair: boolean }[];
    mentions: readonly { person: { id: string }; role: string }[];
  };
}

/**
 * Every participation, report by report in the given order (oldest meeting first), each report's participants
 * first and then the people it names who did not take part, each as the report lists them.
 */
export function participations(
  reports: readonly CsvParticipationReport[],
  nameOf: (personId: string) => string,
): Participation[] {
  return reports.flatMap(({ id, data }) => {
    const row = (personId: string, role: string, coChair: boolean, appearance: Participation['appearance']) => ({
      meetingId: data.meeting.id,
      reportId: id,
      personId,
      personName: nameOf(personId),
      role,
      coChair,
      appearance,
    });
    return [
      ...data.participants.map(({ person, role, coChair }) => row(person.id, role, coChair, 'participant')),
      ...data.mentions.map(({ person, role }) => row(person.id, role, false, 'mentioned')),
    ];
  });
}

/** One row per participation: a person in a report, with the role that report gives them. */
export const PARTICIPANTS_TABLE: CsvTable<Participation> = {
  file: filePaths.participantsCsv,
  title: 'Participants',
  description:
    'One row per person per report: who took part in a meeting, or was named in a report of it without taking part, with the role that report gives them.',
  columns: [
    column('meeting_id', 'Meeting id', 'string', 'The meeting: a row of meetings.csv.', ({ meetingId }) => meetingId),
    column(
      'report_id',
      'Report id',
      'string',
      'The report that names the person: a row of reports.csv.',
      ({ reportId }) => reportId,
    ),
    column('person_id', 'Person id', 'string', 'The person’s id; their page is /people/<id>/.', ({ personId }) => personId),
    column('person_name', 'Name', 'string', 'The person’s name as the archive romanises it.', ({ personName }) => personName),
    column('role', 'Role', 'string', 'The office or role this report gives the person, in its words.', ({ role }) => role),
    column(
      'co_chair',
      'Co-chair',
      { base: 'boolean', format: 'yes|no' },
      'Whether this report says the person co-chaired the meeting.',
      ({ coChair }) => (coChair ? 'yes' : 'no'),
    ),
    column(
      'appearance',
      'Took part or mentioned',
      oneOf(['participant', 'mentioned']),
      'participant: the report says they took part; mentioned: the report names them, not as taking part.',
      ({ appearance }) => appearance,
    ),
  ],
  foreignKeys: [
    { columns: ['meeting_id'], table: MEETINGS_TABLE.file, reference: ['id'] },
    { columns: ['report_id'], table: REPORTS_TABLE.file, reference: ['report_id'] },
  ],
};

/** The tables in the order the data page and the data dictionary give them. */
export const CSV_TABLES = [MEETINGS_TABLE, REPORTS_TABLE, PARTICIPANTS_TABLE] as const;

export const meetingsCsv = (meetings: readonly CsvMeeting[], { url }: { url: Url }): string =>
  csvOf(MEETINGS_TABLE, meetings, url);
export const reportsCsv = (reports: readonly CsvReport[], { url }: { url: Url }): string => csvOf(REPORTS_TABLE, reports, url);
export const participantsCsv = (rows: readonly Participation[], { url }: { url: Url }): string =>
  csvOf(PARTICIPANTS_TABLE, rows, url);
