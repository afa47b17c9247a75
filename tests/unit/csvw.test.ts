import { describe, expect, it } from 'vitest';
import { csvwMetadata } from '../../src/lib/csvw.ts';
import { CSV_TABLES, meetingsCsv, participantsCsv, participations, reportsCsv } from '../../src/lib/meetings-csv.ts';
import { ARCHIVE_LICENCE, RIGHTS_STATEMENT } from '../../src/lib/site.ts';

const url = (path: string) => `https://archive.test${path}`;
const meeting = {
  id: 'm',
  data: {
    name: 'Meeting',
    series: 'Forum',
    number: 3,
    partOf: 'Summit',
    date: { iso: '2021-08', precision: 'month' },
    dateBasis: 'stated' as const,
    format: 'online',
    place: 'Vientiane',
  },
  reports: [{}],
};
const report = {
  id: 'a',
  data: {
    headline: 'Ministers meet',
    headlineSupplied: false,
    meeting: { id: 'm' },
    publication: { publisher: 'Kyodo', type: 'newspaper' as const, date: { iso: '2021-08-03' } },
    participants: [{ person: { id: 'son' }, role: 'Minister', coChair: true }],
    mentions: [{ person: { id: 'suga' }, role: 'Prime Minister' }],
  },
};

/** What each writer the routes call writes, by its table's file. */
const written: Record<string, string> = {
  '/data/meetings.csv': meetingsCsv([meeting], { url }),
  '/data/reports.csv': reportsCsv([report], { url }),
  '/data/participants.csv': participantsCsv(
    participations([report], (id) => id.toUpperCase()),
    { url },
  ),
};
const metadata = csvwMetadata(CSV_TABLES, {
  title: 'Archive',
  description: 'Tables',
  licence: ARCHIVE_LICENCE.url,
  rights: RIGHTS_STATEMENT,
  publisher: 'Archive',
  metadataPath: '/data/csv-metadata.json',
});
/** The CSV's header and rows (the test rows hold no quoted cells). */
const cells = (csv: string) =>
  csv
    .slice(1)
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(','));

describe('the CSV files’ CSVW metadata', () => {
  it('describes each file the writers write, named relative to the metadata', () => {
    expect(metadata.tables.map(({ url: file }) => `/data/${file}`)).toEqual(Object.keys(written));
    expect(metadata['@context'][0]).toBe('http://www.w3.org/ns/csvw');
  });

  it.each(Object.entries(written))('describes every column %s has, in its order, and no other', (file, csv) => {
    const table = metadata.tables.find(({ url: name }) => `/data/${name}` === file)!;
    const [header] = cells(csv);
    expect(table.tableSchema.columns.map(({ name }) => name)).toEqual(header);
    for (const column of table.tableSchema.columns) {
      expect(column.titles[0], column.name).toMatch(/\S/);
      expect(column.titles).toContain(column.name);
      expect(column['dc:description'], column.name).toMatch(/\S/);
    }
  });

  it.each(Object.entries(written))('gives a datatype each cell of %s has', (file, csv) => {
    const table = metadata.tables.find(({ url: name }) => `/data/${name}` === file)!;
    const [, ...rows] = cells(csv);
    for (const row of rows) {
      table.tableSchema.columns.forEach(({ name, datatype, required }, index) => {
        const cell = row[index];
        if (cell === '') return expect(required, `${file} ${name} is empty`).toBe(false);
        const base = typeof datatype === 'string' ? datatype : datatype.base;
        if (base === 'integer') expect(cell, name).toMatch(/^\d+$/);
        if (base === 'anyURI') expect(() => new URL(cell), name).not.toThrow();
        if (typeof datatype === 'object' && 'format' in datatype) {
          const format = datatype.base === 'boolean' ? `^(${datatype.format})$` : datatype.format;
          expect(cell, name).toMatch(new RegExp(format));
        }
      });
    }
  });

  it('names keys that are columns of their tables, and foreign keys another table’s primary key', () => {
    const columnsOf = (file: string) =>
      metadata.tables.find(({ url: name }) => name === file)!.tableSchema.columns.map(({ name }) => name);
    const asList = (value: string | readonly string[]) => (typeof value === 'string' ? [value] : value);
    for (const { url: file, tableSchema } of metadata.tables) {
      const schema = tableSchema as { primaryKey?: string | string[]; foreignKeys?: any[] };
      if (schema.primaryKey) for (const key of asList(schema.primaryKey)) expect(columnsOf(file)).toContain(key);
      for (const { columnReference, reference } of schema.foreignKeys ?? []) {
        for (const key of asList(columnReference)) expect(columnsOf(file)).toContain(key);
        const referenced = metadata.tables.find(({ url: name }) => name === reference.resource)!.tableSchema as {
          primaryKey?: string;
        };
        expect(referenced.primaryKey).toEqual(reference.columnReference);
      }
    }
    expect(
      metadata.tables.map(({ tableSchema }) => (tableSchema as { foreignKeys?: unknown[] }).foreignKeys?.length ?? 0),
    ).toEqual([0, 1, 2]);
  });

  it('carries the licence and whose the words are', () => {
    expect(metadata['dc:license']).toEqual({ '@id': 'https://creativecommons.org/licenses/by/4.0/' });
    expect(metadata['dc:rights']).toMatch(/words belong to their publishers/);
  });

  it('refuses a table outside the metadata’s folder, which a relative name could not reach', () => {
    expect(() =>
      csvwMetadata([{ ...CSV_TABLES[0], file: '/other/meetings.csv' }], {
        title: 't',
        description: 'd',
        licence: 'l',
        rights: 'r',
        publisher: 'p',
        metadataPath: '/data/csv-metadata.json',
      }),
    ).toThrow(/not in \/data\//);
  });
});
