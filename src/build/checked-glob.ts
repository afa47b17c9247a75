import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { assertInsideFolder, assertNoYamlAliases } from '../lib/content-safety.ts';
import { locatedProblems, SCHEMA_PROBLEMS, schemaProblems } from './build-errors.ts';
import { cachesOn } from './cache.ts';
import { codeDigest } from './code-digest.ts';
import { readTextIfPresent } from './file-digests.ts';

type GlobOptions = Parameters<typeof glob>[0];

/** The part of Astro's (internal) entry types the glob loader uses: how each file extension is parsed. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): unknown;
}
type EntryTypes = Map<string, EntryType>;
type GlobLoaderContext = LoaderContext & { entryTypes: EntryTypes };

/**
 * Astro's glob loader, with every file checked before Astro parses it: no symbolic link or path out of the
 * content folder, and no YAML anchor or alias in its frontmatter or data. The checks sit in the entry types'
 * `getEntryInfo`, which the glob loader calls for each file in `astro build` and again on every change in
 * `astro dev`, before the YAML parser (which would expand an alias bomb) ever sees the text.
 *
 * A file whose bytes are those of the entry stored from it by an earlier sync (which checked and parsed them) is
 * neither checked nor parsed again: Astro's glob loader would parse it only to find its id and skip it. The path
 * check still runs (a file can become a link without changing its bytes), and a change to any code this loader
 * runs (its `codeDigest`) checks everything again.
 *
 * Every file is checked against the schema before any error stops the sync, so an editor who added many reports
 * sees every field to fix at once, each at its line (Astro's glob loader would stop at the first file).
 */
export function checkedGlob(options: GlobOptions, contentDir: string): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: async (context: LoaderContext) => {
      const { entryTypes, store, meta, generateDigest, config } = context as GlobLoaderContext;
      // Internal to Astro: if a new version stops passing it, the checks must not silently stop running.
      if (!(entryTypes instanceof Map)) throw new Error('checkedGlob: Astro no longer passes entryTypes to loaders');
      const root = fileURLToPath(config.root);
      const checksDigest = codeDigest([import.meta.url]);
      // Astro's glob loader keeps an unchanged file's stored entry; with the caches off, none is kept.
      if (!cachesOn()) store.clear();
      const storedByPath = new Map(
        meta.get(CHECKS) === checksDigest
          ? [...store.values()].flatMap((entry) => (entry.filePath ? [[entry.filePath, entry]] : []))
          : [],
      );
      const stored = (path: string, contents: string) => {
        const entry = storedByPath.get(relative(root, path).replaceAll('\\', '/'));
        return entry && entry.digest === generateDigest(contents) ? entry : undefined;
      };
      const failed = new Set<string>();
      const problems: string[] = [];
      // Only while the collection loads: `astro dev` parses a changed file later with the same function, alone.
      let collecting = true;
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          const parsed = await context.parseData(props);
          // A file fixed while `astro dev` runs is stored again.
          failed.delete(props.id);
          return parsed;
        } catch (error) {
          if (!collecting || !isSchemaError(error) || props.filePath === undefined) throw error;
          failed.add(props.id);
          problems.push(...schemaProblems(error.message, relative(root, props.filePath), readTextIfPresent(props.filePath)));
          // Never stored (the store below skips it): the glob loader stores what this returns.
          return props.data;
        }
      };
      try {
        await inner.load({
          ...context,
          parseData,
          // A report loader's store reads each entry's data as the schema made it, so a failed entry must never reach it.
          store: { ...store, set: (entry) => !failed.has(entry.id) && store.set(entry) },
          entryTypes: checkedEntryTypes(entryTypes, contentDir, stored),
        } as GlobLoaderContext);
      } finally {
        collecting = false;
        // The entry of a file's last good version, which no page may show while the file fails.
        for (const id of failed) store.delete(id);
      }
      if (problems.length > 0) throw locatedProblems(SCHEMA_PROBLEMS, problems);
      meta.set(CHECKS, checksDigest);
    },
  };
}

/** Astro's error for a file whose data fails the collection's schema; any other error is not the editor's to fix. */
function isSchemaError(error: unknown): error is Error {
  return error instanceof Error && error.name === 'InvalidContentEntryDataError';
}

/** The meta key under which a collection records the digest of the checks its entries passed. */
const CHECKS = 'checked-glob:checks';

type StoredEntry = ReturnType<LoaderContext['store']['values']>[number];

function checkedEntryTypes(
  entryTypes: EntryTypes,
  contentDir: string,
  stored: (path: string, contents: string) => StoredEntry | undefined,
): EntryTypes {
  const checked: EntryTypes = new Map();
  for (const [extension, entryType] of entryTypes) {
    checked.set(extension, {
      ...entryType,
      getEntryInfo: (params: { contents: string; fileUrl: URL }) => {
        const path = fileURLToPath(params.fileUrl);
        // Named as in the rest of the build's messages: relative to the content folder, e.g. "articles/x.mdx".
        const shown = relative(contentDir, path).replaceAll('\\', '/');
        assertInsideFolder(contentDir, path, shown);
        const unchanged = stored(path, params.contents);
        // The glob loader needs only the id of an unchanged file, which a `slug` gives as any generateId reads it.
        if (unchanged) return { body: unchanged.body ?? '', data: { slug: unchanged.id } };
        assertNoYamlAliases(shown, params.contents);
        return entryType.getEntryInfo(params);
      },
    });
  }
  return checked;
}
