import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadArchive } from '../../lib/archive.ts';
import { receivedFilesDir } from '../../lib/archive-paths.ts';
import { assertInsideFolder, decodeReceivedFile } from '../../lib/content-safety.ts';
import { cacheKeyOf } from '../../build/page-cache-key.ts';

const TXT = '.txt';

/**
 * Serves each report exactly as received, byte for byte, so readers can check the transcription against it.
 * Only `.txt` names reach here (the article schema refuses others), so a received page or image is never
 * served as one; a file that is not valid UTF-8 stops the build with its name rather than reach readers garbled.
 * The route is named for its extension (`[file].txt.ts`, `file` the name without it) so that `astro dev`, which
 * wants a trailing slash on a route without one, serves `/sources/x.txt` as the build writes it.
 */
export const getStaticPaths = (async () => {
  const { articles } = await loadArchive();
  const sourcesDir = receivedFilesDir(process.env);
  // Two articles may come from one received file; it is served once. Its bytes are its cache key.
  const files = new Set(articles.map((article) => article.data.source.file));
  return [...files].map((file) => ({
    params: { file: file.slice(0, -TXT.length) },
    cacheKey: cacheKeyOf(readFileSync(join(sourcesDir, file)).toString('base64')),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const sourcesDir = receivedFilesDir(process.env);
  const file = `${params.file!}${TXT}`;
  const path = join(sourcesDir, file);
  // Checked again at the moment of reading: the file could have become a link since the content was synced.
  assertInsideFolder(sourcesDir, path, `sources/${file}`);
  const bytes = await readFile(path);
  decodeReceivedFile(file, bytes);
  return new Response(bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
