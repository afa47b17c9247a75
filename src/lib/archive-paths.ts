import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

/**
 * Where the build reads content from and writes the site to.
 * Tests and the benchmark point these at fixture or generated archives,
 * so they never touch `content/` or the real `dist/`.
 */
export interface ArchivePaths {
  /** Folder holding `articles/`, `people/`, `topics/` (relative to the project root or absolute). */
  contentDir: string;
  outDir: string;
  cacheDir: string;
}

export function archivePaths(env: Record<string, string | undefined>): ArchivePaths {
  const contentDir = env.ARCHIVE_CONTENT_DIR || './content';
  const outDir = env.ARCHIVE_OUT_DIR || './dist';
  // A cache per content folder: Astro's data store keeps the entries of the folder it last read, so a second folder
  // built into the same output folder would meet them (as entries of the same id in another file). Beside the output
  // folder, never inside it ("site/" → "site.cache/<folder's key>"): the output folder is what gets published, and the
  // build removes from it every file it did not write (scripts/stale-files.ts).
  const cacheDir =
    env.ARCHIVE_CACHE_DIR ||
    (env.ARCHIVE_CONTENT_DIR
      ? join(
          `${outDir.replace(/[\\/]+$/, '')}.cache`,
          createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 16),
        )
      : './node_modules/.astro');
  return { contentDir, outDir, cacheDir };
}

/** The folder of the reports as received (`<content>/sources/`), as an absolute path. */
export function receivedFilesDir(env: Record<string, string | undefined>): string {
  return join(resolve(archivePaths(env).contentDir), 'sources');
}
