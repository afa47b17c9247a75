import { existsSync, readFileSync } from 'node:fs';
import { readdir, rm, rmdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { filesUnder } from '../src/build/file-digests.ts';

/**
 * After an incremental build, removes what the last build left in the output folder that this one did not write
 * and did not keep (a deleted report's page, last build's hashed assets), so the folder equals what a cold build
 * writes. Kept files are the pages Astro's incremental manifest lists; everything else this build wrote is newer
 * than its start. Returns how many files were removed.
 */
export async function removeStaleFiles(outDir: string, cacheDir: string, buildStarted: number): Promise<number> {
  const kept = keptFiles(cacheDir);
  let removed = 0;
  for (const name of filesUnder(outDir)) {
    const path = join(outDir, name);
    if (kept.has(name.split(sep).join('/')) || (await stat(path)).mtimeMs >= buildStarted) continue;
    await rm(path);
    removed += 1;
  }
  if (removed > 0) await removeEmptyFolders(outDir);
  return removed;
}

/** The output files Astro's incremental build manifest records, as paths relative to the output folder. */
function keptFiles(cacheDir: string): Set<string> {
  const manifest = join(cacheDir, 'incremental-build.json');
  if (!existsSync(manifest)) return new Set();
  const { routes } = JSON.parse(readFileSync(manifest, 'utf-8')) as {
    routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
  };
  return new Set(
    Object.values(routes).flatMap(({ paths }) => Object.values(paths).map(({ outputFile }) => decodeURI(outputFile))),
  );
}

async function removeEmptyFolders(dir: string): Promise<boolean> {
  let empty = true;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || !(await removeEmptyFolders(join(dir, entry.name)))) empty = false;
  }
  if (empty) await rmdir(dir);
  return empty;
}
