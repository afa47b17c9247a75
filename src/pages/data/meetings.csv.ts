import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/archive.ts';
import { meetingsCsv } from '../../lib/meetings-csv.ts';
import { absoluteTo, siteContext } from '../../lib/site.ts';

/** The meetings as a spreadsheet: one row per meeting, however many reports describe it, oldest first. */
export const GET: APIRoute = async () => {
  const { meetings } = await loadArchive();
  const csv = meetingsCsv(meetings, { url: (sitePath) => absoluteTo(siteContext(), sitePath) });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
