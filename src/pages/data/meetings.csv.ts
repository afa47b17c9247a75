import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/archive.ts';
import { mustGet } from '../../lib/lookup.ts';
import { meetingsCsv } from '../../lib/meetings-csv.ts';
import { absoluteTo, siteContext } from '../../lib/site.ts';

/** The meetings as a spreadsheet: one row per article, oldest meeting first. */
export const GET: APIRoute = async () => {
  const { articles, people, topics } = await loadArchive();
  const csv = meetingsCsv(articles, {
    personName: (id) => mustGet(people, id).data.name,
    topicName: (id) => mustGet(topics, id).data.name,
    url: (sitePath) => absoluteTo(siteContext(), sitePath),
  });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
