import type { APIRoute } from 'astro';
import { csvwMetadata } from '../../lib/csvw.ts';
import { CSV_TABLES } from '../../lib/meetings-csv.ts';
import { ARCHIVE_LICENCE, RIGHTS_STATEMENT, SITE_NAME } from '../../lib/site.ts';
import { filePaths } from '../../lib/urls.ts';

/** The CSV files' data dictionary (W3C CSV on the Web metadata), from the columns the CSV writers use. */
export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      csvwMetadata(CSV_TABLES, {
        title: `${SITE_NAME}: meetings, reports and participants`,
        description: 'The archive’s meetings, their reports and the people the reports name, as three linked CSV tables.',
        licence: ARCHIVE_LICENCE.url,
        rights: RIGHTS_STATEMENT,
        publisher: SITE_NAME,
        metadataPath: filePaths.csvMetadata,
      }),
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/csvm+json; charset=utf-8' } },
  );
