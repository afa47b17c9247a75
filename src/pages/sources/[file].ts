import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadArchive } from '../../lib/archive.ts';
import { archivePaths } from '../../lib/archive-paths.ts';

/** Serves each report exactly as received, so readers can check the transcription against it. */
export const getStaticPaths = (async () => {
  const { articles } = await loadArchive();
  // Two articles may come from one received file; it is served once.
  const files = new Set(articles.map((article) => article.data.source.file));
  return [...files].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const sourcesDir = join(resolve(archivePaths(process.env).contentDir), 'sources');
  const text = await readFile(join(sourcesDir, params.file!), 'utf-8');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
