import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { fileDigests, type FileDigests } from '../src/lib/file-digests.ts';
import { filePaths } from '../src/lib/urls.ts';

const INDEX_OPTIONS = { forceLanguage: 'en' } as const;

/**
 * Two indexes, each a bundle of its own: the reports, and the people, topic and glossary pages. A query is
 * searched in both at once: in one index the entity pages had to be told apart from the reports by a second,
 * filtered search, and Pagefind runs one search at a time, which at 10,000 reports put the first results past
 * 300 ms. The globs name the pages that carry `data-pagefind-body` (tests/build/output.test.ts holds them to it).
 */
export const SEARCH_INDEXES = [
  { folder: filePaths.searchBundle.slice(1, -1), glob: 'articles/*/index.html' },
  { folder: filePaths.entitySearchBundle.slice(1, -1), glob: '{people,topics,glossary}/*/index.html' },
] as const;

/**
 * Writes the Pagefind search indexes into a built site (`<siteDir>/pagefind/`, `<siteDir>/pagefind-entities/`).
 * It runs after `astro build` has exited, not inside it, so the indexer's memory never adds to Astro's at the
 * build's peak.
 */
export async function writeSearchIndex(siteDir: string): Promise<{ pages: number }> {
  let pages = 0;
  try {
    for (const { folder, glob } of SEARCH_INDEXES) {
      const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: siteDir, glob });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: join(siteDir, folder) });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      await index.deleteIndex();
      pages += added.page_count;
    }
    return { pages };
  } finally {
    await pagefind.close();
  }
}

// Pagefind's package exports no package.json, so it is read from the project's node_modules.
const PAGEFIND_VERSION: string = JSON.parse(readFileSync(new URL('../node_modules/pagefind/package.json', import.meta.url), 'utf-8')).version;

export interface SearchIndexInput {
  /** Of Pagefind's version and options and every HTML file by path and content: equal inputs, equal indexes. */
  digest: string;
  files: FileDigests;
}

/**
 * What the indexes are made from. Two builds with the same digest get the same indexes, so a rebuild that changed
 * no page keeps the last ones. Only the HTML files written since the last build are read (`fileDigests`).
 */
export async function searchIndexInput(siteDir: string, known: FileDigests = {}): Promise<SearchIndexInput> {
  const hash = createHash('sha256').update(`pagefind ${PAGEFIND_VERSION} ${JSON.stringify(INDEX_OPTIONS)}\n`);
  const paths = (await readdir(siteDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)))
    .filter((path) => !SEARCH_INDEXES.some(({ folder }) => path.startsWith(`${folder}${sep}`)))
    .sort();
  const files = fileDigests(siteDir, paths, known);
  for (const path of paths) hash.update(`${path}\n${files[path]!.digest}\n`);
  return { digest: hash.digest('hex'), files };
}

/**
 * The last build's index, set aside while the output folder is rebuilt (the build empties it), and put back when
 * the new pages are the same as the ones it was made from.
 */
export function searchIndexCache(cacheDir: string) {
  const folder = join(cacheDir, 'pagefind-index');
  const inputFile = join(cacheDir, 'pagefind-index.input.json');
  const lastInput = (): SearchIndexInput | undefined =>
    existsSync(inputFile) ? (JSON.parse(readFileSync(inputFile, 'utf-8')) as SearchIndexInput) : undefined;
  const bundles = (parent: string) => SEARCH_INDEXES.map(({ folder: bundle }) => join(parent, bundle));
  return {
    /** Before the build: moves the site's indexes aside, if the last build said what they were made from. */
    async setAside(siteDir: string) {
      await rm(folder, { recursive: true, force: true });
      if (!existsSync(inputFile) || !bundles(siteDir).every((bundle) => existsSync(bundle))) return;
      await mkdir(folder, { recursive: true });
      for (const bundle of SEARCH_INDEXES) await rename(join(siteDir, bundle.folder), join(folder, bundle.folder));
    },
    /** What the last build's HTML files were, to digest only those written since. */
    knownFiles(): FileDigests {
      return lastInput()?.files ?? {};
    },
    /** After the build: puts the indexes back if made from the very same pages, and says whether it did. */
    async restore(siteDir: string, input: SearchIndexInput): Promise<boolean> {
      const same = bundles(folder).every((bundle) => existsSync(bundle)) && lastInput()?.digest === input.digest;
      if (same) for (const bundle of SEARCH_INDEXES) await rename(join(folder, bundle.folder), join(siteDir, bundle.folder));
      await rm(folder, { recursive: true, force: true });
      return same;
    },
    /** Notes what the site's indexes were made from, for the next build. */
    async record(input: SearchIndexInput) {
      await mkdir(cacheDir, { recursive: true });
      await writeFile(inputFile, JSON.stringify(input));
    },
    /** Forgets the indexes (a failed build leaves no site, so nothing to reuse). */
    async clear() {
      await rm(folder, { recursive: true, force: true });
      await rm(inputFile, { force: true });
    },
  };
}
