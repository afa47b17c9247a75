import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadArchive } from '../../lib/archive.ts';
import { receivedFilesDir } from '../../lib/archive-paths.ts';
import { assertInsideFolder, decodeReceivedFile } from '../../lib/content-safety.ts';
import { cacheKeyOf } from '../../lib/page-cache-key.ts';

/**
 * Serves each report exactly as received, byte for byte, so readers can check the transcription against it.
 * Only `.txt` names reach here (the article schema refuses others), so a received page or image is never
 * served as one; a file that is not valid UTF-8 stops the build with its name rather than reach readers garbled.
 */
export const getStaticPaths = (async () => {
  const { articles } = await loadArchive();
  const sourcesDir = receivedFilesDir(process.env);
  // Two articles may come from one received file; it is served once. Its bytes are its cache key.
  const files = new Set(articles.map((article) => article.data.source.file));
  return [...files].map((file) => ({ params: { file }, cacheKey: cacheKeyOf(readFileSync(join(sourcesDir, file)).toString('base64')) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const sourcesDir = receivedFilesDir(process.env);
  const path = join(sourcesDir, params.file!);
  // Checked again at the moment of reading: the file could have become a link since the content was synced.
  assertInsideFolder(sourcesDir, path, `sources/${params.file}`);
  const bytes = await readFile(path);
  decodeReceivedFile(params.file!, bytes);
  return new Response(bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
