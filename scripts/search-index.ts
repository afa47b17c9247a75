import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, matchesGlob } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { cachesOn } from '../src/build/cache.ts';
import { codeDigest } from '../src/build/code-digest.ts';
import { fileDigests, filesUnder, type FileDigests } from '../src/build/file-digests.ts';
import {
  entityNamesFrom,
  searchInputPage,
  withEntityNames,
  withIndexLanguage,
  type EntityNames,
} from '../src/build/search-input-page.ts';
import { dateOrder } from '../src/lib/search-date-order.ts';
import type { NameEntry } from '../src/lib/search-suggestions.ts';
import { ENTITY_INDEX_LANGUAGE, SEARCH_DATE_META } from '../src/lib/search-terms.ts';
import { NOTE_MARKER_CLASS } from '../src/lib/note-marks.ts';
import { PARAGRAPH_ANCHOR_CLASS } from '../src/lib/paragraph-anchors.ts';
import { filePaths } from '../src/lib/urls.ts';

/**
 * What Pagefind leaves out of the index and its excerpts besides what `data-pagefind-ignore` marks: the numbers
 * before each paragraph and after each noted phrase, page furniture repeated in every report, where an attribute
 * on each would be bytes on every report page.
 */
export const SEARCH_EXCLUDED = `.${PARAGRAPH_ANCHOR_CLASS}, .${NOTE_MARKER_CLASS}`;

/**
 * No `--force-language` for the reports: Pagefind indexes each page in its `<html lang>` (a report's input page is in
 * the report's language, `withIndexLanguage`), one index per language in the same bundle, each with that language's
 * word segmentation and stemming; the search page searches every language's index at once
 * (`src/scripts/search-page.ts`).
 */
const INDEX_ARGUMENTS = ['--exclude-selectors', SEARCH_EXCLUDED];

/**
 * Pagefind splits each language's word index into chunks by a count of word positions, and a search fetches the
 * chunk of each of its words, with the neighbouring words' positions in it: a quarter of Pagefind's default (20,000)
 * makes a rarer word's chunk a third to a half as large, at the cost of a longer list of chunks in the metadata
 * every search fetches (see docs/performance.md). A word in nearly every report keeps a chunk of its own either way.
 * Pagefind reads the size only from this (undocumented) environment variable.
 */
const INDEX_ENVIRONMENT = { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '5000' };

/**
 * Two indexes, each a bundle of its own: the reports, and the people, topic and glossary pages. The entities'
 * index is in a language of its own (`ENTITY_INDEX_LANGUAGE`, English stemming), so the search page merges it into
 * the reports' searches and tells its results apart by their ids: one search of both, with one copy of Pagefind's
 * WebAssembly. (In one index with the reports, the entity pages had to be told apart by a second, filtered search,
 * and Pagefind runs one search at a time.) A bundle of its own is kept when none of its pages changed. The globs
 * name the pages that carry `data-pagefind-body` (tests/build/output.test.ts holds them to it). The reports' bundle
 * also holds their date order (`writeDateOrder`), kept with it.
 */
export const SEARCH_INDEXES = [
  { folder: filePaths.searchBundle.slice(1, -1), glob: 'articles/*/index.html', languageArguments: [], writesDateOrder: true },
  {
    folder: filePaths.entitySearchBundle.slice(1, -1),
    glob: '{people,topics,glossary}/*/index.html',
    languageArguments: ['--force-language', ENTITY_INDEX_LANGUAGE],
    writesDateOrder: false,
  },
] as const;

/** A search index's output folder in the site, e.g. `pagefind`. */
export type SearchBundle = (typeof SEARCH_INDEXES)[number]['folder'];

/**
 * Writes Pagefind search indexes into a built site (`<siteDir>/pagefind/`, `<siteDir>/pagefind-entities/`): all of
 * them, or the ones named, at the same time, from the search input pages in `pagesDir` (`searchInputPage`: what
 * Pagefind reads of each page, at the page's path). It runs after `astro build` has exited, not inside it, so the
 * indexer's memory never adds to Astro's at the build's peak.
 *
 * Pagefind's command-line indexer rather than its Node API: the two write byte-identical indexes, and the command
 * took 18 s for 10,000 reports where the API took 23 s.
 */
export async function writeSearchIndex(
  pagesDir: string,
  siteDir: string,
  bundles: readonly SearchBundle[] = SEARCH_INDEXES.map(({ folder }) => folder),
): Promise<{ pages: number }> {
  const written = await Promise.all(
    SEARCH_INDEXES.filter(({ folder }) => bundles.includes(folder)).map(
      async ({ folder, glob, languageArguments, writesDateOrder }) => {
        const bundleDir = join(siteDir, folder);
        const args = ['--site', pagesDir, '--glob', glob, '--output-path', bundleDir, ...INDEX_ARGUMENTS, ...languageArguments];
        await runPagefind(args);
        if (writesDateOrder) await writeDateOrder(siteDir);
        return pagesIndexed(bundleDir);
      },
    ),
  );
  return { pages: written.reduce((sum, pages) => sum + pages, 0) };
}

/** The pages a bundle holds, from its entry file (`pagefind-entry.json`, a page count per language). */
function pagesIndexed(bundleDir: string): number {
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf-8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, { page_count }) => sum + page_count, 0);
}

/** What starts each of Pagefind's compressed files, before its content. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** A page of an index as Pagefind wrote its fragment: its id (the fragment's file name), address and metadata. */
export interface PagefindFragment {
  id: string;
  url: string;
  meta: Record<string, string>;
}

/**
 * Every page of a bundle's index, from its fragment files (gzip of Pagefind's signature and the page's JSON). One file
 * at a time: a read of each of ten thousand at once would hold as many files open.
 */
export function pagefindFragments(bundleDir: string): PagefindFragment[] {
  const fragmentDir = join(bundleDir, 'fragment');
  return readdirSync(fragmentDir).map((name) => {
    const text = gunzipSync(readFileSync(join(fragmentDir, name))).toString('utf-8');
    if (!text.startsWith(PAGEFIND_SIGNATURE)) throw new Error(`Search index: ${name} is not a Pagefind fragment`);
    const { url, meta } = JSON.parse(text.slice(PAGEFIND_SIGNATURE.length)) as Omit<PagefindFragment, 'id'>;
    return { id: name.replace(/\.pf_fragment$/, ''), url, meta };
  });
}

/**
 * Writes the reports' date order (`filePaths.searchDateOrder`, `src/lib/search-date-order.ts`) from the index just
 * written: each report's page id, and its date the metadata field its search data gives it (`SEARCH_DATE_META`), so
 * the order names the very pages of the index beside it.
 */
async function writeDateOrder(siteDir: string): Promise<void> {
  const pages = pagefindFragments(join(siteDir, filePaths.searchBundle)).map(({ id, url, meta }) => {
    const date = meta[SEARCH_DATE_META];
    if (!date) throw new Error(`Search index: the report ${url} has no date (${SEARCH_DATE_META})`);
    return { id, date };
  });
  await writeFile(join(siteDir, filePaths.searchDateOrder), JSON.stringify(dateOrder(pages)));
}

const PAGEFIND_COMMAND = fileURLToPath(new URL('../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));

/** Runs Pagefind's command; its output is kept to say why it failed. */
function runPagefind(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PAGEFIND_COMMAND, ...args], {
      env: { ...process.env, ...INDEX_ENVIRONMENT },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`Pagefind could not index ${args.join(' ')} (exit ${code}):\n${output.trim()}`));
    });
  });
}

/** The search input pages' code: pages extracted by other code are extracted again, and their indexes written again. */
const INPUT_PAGE_CODE = codeDigest([new URL('../src/build/search-input-page.ts', import.meta.url)]);

/** The site's names file (`/search/names.json`), whose names the input pages give for the entities their pages name. */
function namesFile(siteDir: string): string {
  const file = join(siteDir, filePaths.searchNames);
  return existsSync(file) ? readFileSync(file, 'utf-8') : '[]';
}

/**
 * What the search input pages are made with besides their pages: the code that extracts them and the entities'
 * names. When either changes, every input page is extracted again.
 */
function inputPageKey(names: string): string {
  return createHash('sha256').update(`${INPUT_PAGE_CODE}\n${names}`).digest('hex');
}
/** The code that writes the indexes (Pagefind's options here, its version in the lock file): other code, other indexes. */
const INDEX_CODE = codeDigest([import.meta.url]);

export interface SearchIndexInput {
  /**
   * Per index, of Pagefind's version and options and every page it is made from, by path and content: equal
   * inputs, equal indexes.
   */
  digests: Record<SearchBundle, string>;
  files: FileDigests;
  /** The digest of what the search input pages were made with besides their pages (`inputPageKey`). */
  inputPageCode: string;
}

/**
 * What each index is made from. An index whose digest is the last build's is kept, so a rebuild that changed no
 * report page keeps the reports' index, and one that changed no person, topic or glossary page keeps the other.
 * Only the pages the indexes read are digested, and only those written since the last build are read
 * (`fileDigests`).
 */
export async function searchIndexInput(
  siteDir: string,
  known: FileDigests = {},
  onRead?: (path: string, bytes: Buffer) => void,
): Promise<SearchIndexInput> {
  const paths = filesUnder(siteDir)
    .filter((path) => path.endsWith('.html') && SEARCH_INDEXES.some(({ glob }) => matchesGlob(path, glob)))
    .sort();
  const files = fileDigests(siteDir, paths, known, onRead);
  const inputPageCode = inputPageKey(namesFile(siteDir));
  const digests = Object.fromEntries(
    SEARCH_INDEXES.map(({ folder, glob }) => {
      const hash = createHash('sha256').update(`${INDEX_CODE} ${inputPageCode}\n`);
      for (const path of paths) if (matchesGlob(path, glob)) hash.update(`${path}\n${files[path]!.digest}\n`);
      return [folder, hash.digest('hex')];
    }),
  ) as Record<SearchBundle, string>;
  return { digests, files, inputPageCode };
}

/**
 * The last build's indexes, set aside while the output folder is rebuilt, and each put back when the new pages
 * it is made from are the same as the last ones.
 */
export function searchIndexCache(cacheDir: string) {
  const folder = join(cacheDir, 'pagefind-index');
  const inputFile = join(cacheDir, 'pagefind-index.input.json');
  const pagesDir = join(cacheDir, 'pagefind-pages');
  // The entities' names of the site being indexed, set by `keptFiles` before any page is read.
  let namesOf: EntityNames | undefined;
  // What the last build recorded, read once (before the pages and again when the indexes are put back).
  let lastRecord: { input?: SearchIndexInput } | undefined;
  const lastInput = (): SearchIndexInput | undefined =>
    (lastRecord ??= {
      input: cachesOn() && existsSync(inputFile) ? (JSON.parse(readFileSync(inputFile, 'utf-8')) as SearchIndexInput) : undefined,
    }).input;
  return {
    /** Before the build: moves the site's indexes aside, if the last build said what they were made from. */
    async setAside(siteDir: string) {
      await rm(folder, { recursive: true, force: true });
      if (!existsSync(inputFile)) return;
      await mkdir(folder, { recursive: true });
      for (const { folder: bundle } of SEARCH_INDEXES) {
        if (existsSync(join(siteDir, bundle))) await rename(join(siteDir, bundle), join(folder, bundle));
      }
    },
    /** Where the search input pages are kept from build to build: Pagefind's input. */
    pagesDir,
    /**
     * Before the new pages are read: the last build's HTML files, whose search input pages are kept, so that only
     * pages written since are digested and extracted. If those pages are missing or were extracted by other code
     * or with other names, the folder is emptied and every page is read.
     */
    async keptFiles(siteDir: string): Promise<FileDigests> {
      const names = namesFile(siteDir);
      namesOf = entityNamesFrom(JSON.parse(names) as NameEntry[]);
      const last = lastInput();
      if (existsSync(pagesDir) && last?.inputPageCode === inputPageKey(names)) return last.files;
      await rm(pagesDir, { recursive: true, force: true });
      return {};
    },
    /** Keeps the search input page of a page just read (`searchIndexInput`'s `onRead`). */
    keepPage(path: string, bytes: Buffer) {
      let page: string;
      try {
        if (!namesOf) throw new Error('keptFiles() reads the names before any page is kept');
        page = withIndexLanguage(withEntityNames(searchInputPage(bytes.toString('utf-8')), namesOf));
      } catch (error) {
        throw new Error(`Search index: ${path}: ${error instanceof Error ? error.message : error}`, { cause: error });
      }
      mkdirSync(dirname(join(pagesDir, path)), { recursive: true });
      writeFileSync(join(pagesDir, path), page);
    },
    /** Removes the search input pages of pages the site no longer has. */
    async removeGonePages(kept: FileDigests, input: SearchIndexInput) {
      for (const path of Object.keys(kept)) {
        if (input.files[path]) continue;
        await rm(join(pagesDir, path), { force: true });
        await rmdir(dirname(join(pagesDir, path))).catch(() => {}); // its folder, unless it holds more
      }
    },
    /**
     * After the build: puts back each index made from the very same pages, and names those to write again (each
     * of them if the last build did not say what its indexes were made from).
     */
    async restore(siteDir: string, input: SearchIndexInput): Promise<SearchBundle[]> {
      const last = lastInput();
      const stale: SearchBundle[] = [];
      for (const { folder: bundle, writesDateOrder } of SEARCH_INDEXES) {
        const kept = join(folder, bundle);
        // A build stopped between Pagefind and the date order left the index without it.
        const whole = existsSync(kept) && (!writesDateOrder || existsSync(join(folder, filePaths.searchDateOrder)));
        if (whole && last?.digests?.[bundle] === input.digests[bundle]) await rename(kept, join(siteDir, bundle));
        else stale.push(bundle);
      }
      await rm(folder, { recursive: true, force: true });
      return stale;
    },
    /** Notes what the site's indexes were made from, for the next build. */
    async record(input: SearchIndexInput) {
      await mkdir(cacheDir, { recursive: true });
      await writeFile(inputFile, JSON.stringify(input));
    },
    /** Forgets the indexes (a failed build leaves no site, so nothing to reuse). */
    async clear() {
      await rm(folder, { recursive: true, force: true });
      await rm(pagesDir, { recursive: true, force: true });
      await rm(inputFile, { force: true });
    },
  };
}
