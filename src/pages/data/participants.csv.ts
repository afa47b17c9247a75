import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/archive.ts';
import { mustGet } from '../../lib/lookup.ts';
import { participantsCsv, participations } from '../../lib/meetings-csv.ts';
import { absoluteTo, siteContext } from '../../lib/site.ts';

/** Who took part or was named: one row per person per report, oldest meeting first. */
export const GET: APIRoute = async () => {
  const { articles, people } = await loadArchive();
  const rows = participations(articles, (id) => mustGet(people, id, 'people').data.name);
  const csv = participantsCsv(rows, { url: (sitePath) => absoluteTo(siteContext(), sitePath) });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
