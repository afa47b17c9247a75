import type { APIRoute } from 'astro';
import { loadArchive, mustGet } from '../../lib/archive.ts';
import { meetingsCsv } from '../../lib/meetings-csv.ts';
import { absoluteUrl } from '../../lib/urls.ts';

/** The meetings as a spreadsheet: one row per article, oldest meeting first. */
export const GET: APIRoute = async ({ site }) => {
  const { articles, people, topics } = await loadArchive();
  const csv = meetingsCsv(articles, {
    personName: (id) => mustGet(people, id).data.name,
    topicName: (id) => mustGet(topics, id).data.name,
    url: (sitePath) => absoluteUrl(site!, import.meta.env.BASE_URL, sitePath),
  });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
