import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/archive.ts';
import { reportsCsv } from '../../lib/meetings-csv.ts';
import { absoluteTo, siteContext } from '../../lib/site.ts';

/** The reports as a spreadsheet: one row per report, with its meeting's id (a row of meetings.csv), oldest meeting first. */
export const GET: APIRoute = async () => {
  const { articles } = await loadArchive();
  const csv = reportsCsv(articles, { url: (sitePath) => absoluteTo(siteContext(), sitePath) });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
