import type { CsvTable } from './meetings-csv.ts';

/**
 * The CSV files' data dictionary as W3C "CSV on the Web" metadata (CSVW, the "Metadata Vocabulary for Tabular
 * Data"), written from the same column definitions the CSV writers use: each table's file, title and description,
 * its columns (name, title, description, datatype, whether a cell may be empty), its primary key and the keys it
 * takes from another table, and the licence and rights statement of the whole. The files are named relative to the
 * metadata, which sits beside them, so the document holds wherever the site is served.
 */
export interface CsvwOptions {
  title: string;
  description: string;
  /** The licence's URL, as `dc:license`. */
  licence: string;
  /** Whose the words are and what the licence covers, as `dc:rights`. */
  rights: string;
  publisher: string;
  /** Where the metadata is served (a site path): the tables' files are named relative to its folder. */
  metadataPath: string;
}

/** The file's name relative to the metadata's folder ("meetings.csv" beside "/data/csv-metadata.json"). */
function relativeTo(metadataPath: string, file: string): string {
  const folder = metadataPath.slice(0, metadataPath.lastIndexOf('/') + 1);
  if (!file.startsWith(folder)) throw new Error(`${file} is not in ${folder}, where the CSVW metadata is`);
  return file.slice(folder.length);
}

// The tables' rows differ in type; the metadata reads only their columns' descriptions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function csvwMetadata(tables: readonly CsvTable<any>[], options: CsvwOptions) {
  const url = (file: string) => relativeTo(options.metadataPath, file);
  return {
    '@context': ['http://www.w3.org/ns/csvw', { '@language': 'en' }],
    'dc:title': options.title,
    'dc:description': options.description,
    'dc:publisher': options.publisher,
    'dc:license': { '@id': options.licence },
    'dc:rights': options.rights,
    // The files as the writers make them (csv.ts): UTF-8 with a byte order mark, CRLF, a header row.
    dialect: { encoding: 'utf-8', lineTerminators: ['\r\n'], header: true, doubleQuote: true },
    tables: tables.map((table) => ({
      url: url(table.file),
      'dc:title': table.title,
      'dc:description': table.description,
      tableSchema: {
        columns: table.columns.map(({ name, title, description, datatype, required }) => ({
          name,
          // The human title, and the header cell as the file has it, so a validator matches the header to the column.
          titles: [title, name],
          'dc:description': description,
          datatype,
          required,
        })),
        ...(table.primaryKey ? { primaryKey: table.primaryKey.length === 1 ? table.primaryKey[0] : table.primaryKey } : {}),
        ...(table.foreignKeys
          ? {
              foreignKeys: table.foreignKeys.map(({ columns, table: referenced, reference }) => ({
                columnReference: columns.length === 1 ? columns[0] : columns,
                reference: {
                  resource: url(referenced),
                  columnReference: reference.length === 1 ? reference[0] : reference,
                },
              })),
            }
          : {}),
      },
    })),
  };
}
