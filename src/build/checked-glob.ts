import { globSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { assertInsideFolder, yamlAliasRefusal } from '../lib/content-safety.ts';
import {
  ID_PROBLEMS,
  isLocatedProblems,
  type LocatedProblems,
  locatedProblems,
  mergedProblems,
  type ProblemsHeader,
  SCHEMA_PROBLEMS,
  schemaProblems,
  YAML_PROBLEMS,
} from './build-errors.ts';
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
 * Every file is read, given its id and checked against the schema before any of its problems stops the sync, so an
 * editor who added many reports sees every YAML slip, bad file name and field to fix at once, each at its line
 * (Astro's glob loader would stop at the first file). A file with a problem is never stored.
 */
export function checkedGlob(options: GlobOptions & Required<Pick<GlobOptions, 'generateId'>>, contentDir: string): Loader {
  // The problems of the load under way; none while `astro dev` re-reads a changed file alone, which fails as Astro's would.
  let collecting: CollectedProblems | undefined;
  const inner = glob({
    ...options,
    generateId: (params) => {
      const standIn = (params.data as Record<symbol, unknown> | undefined)?.[STAND_IN_ID];
      if (typeof standIn === 'string') return standIn;
      try {
        return options.generateId(params);
      } catch (error) {
        if (!collecting) throw error;
        return collecting.fileFailed(error, params.entry);
      }
    },
  });
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
      // Only while the collection loads: under `astro dev` a file edited and then restored would match an older entry.
      const stored = (path: string, contents: string) => {
        const entry = collecting && storedByPath.get(relative(root, path).replaceAll('\\', '/'));
        return entry && entry.digest === generateDigest(contents) ? entry : undefined;
      };
      const problems = new CollectedProblems(root);
      problems.add(ID_PROBLEMS, unreadableNames(fileURLToPath(new URL(options.base ?? '.', config.root)), options.pattern, root));
      const parseData: LoaderContext['parseData'] = async (props) => {
        // A file that could not be read or named has nothing to check.
        if (problems.failedIds.has(props.id) && collecting) return props.data;
        try {
          const parsed = await context.parseData(props);
          // A file fixed while `astro dev` runs is stored again.
          problems.failedIds.delete(props.id);
          return parsed;
        } catch (error) {
          if (!collecting || !isSchemaError(error) || props.filePath === undefined) throw error;
          problems.failedIds.add(props.id);
          problems.add(
            SCHEMA_PROBLEMS,
            schemaProblems(error.message, relative(root, props.filePath), readTextIfPresent(props.filePath)),
          );
          // Never stored (the store below skips it): the glob loader stores what this returns.
          return props.data;
        }
      };
      collecting = problems;
      try {
        await inner.load({
          ...context,
          parseData,
          // A report loader's store reads each entry's data as the schema made it, so a failed entry must never reach it.
          store: { ...store, set: (entry) => !problems.failedIds.has(entry.id) && store.set(entry) },
          entryTypes: checkedEntryTypes(entryTypes, contentDir, stored, () => collecting),
        } as GlobLoaderContext);
      } finally {
        collecting = undefined;
        // The entry of a file's last good version, which no page may show while the file fails.
        for (const id of problems.failedIds) store.delete(id);
      }
      if (problems.found.length > 0) throw mergedProblems(problems.found);
      meta.set(CHECKS, checksDigest);
    },
  };
}

/**
 * The files of a collection whose names hold "#" or "?": Astro's glob loader reads a file at the web address of its
 * name, where those end the path, so it would skip such a file with a log line and the check would pass without it.
 */
function unreadableNames(base: string, pattern: string | string[], root: string): string[] {
  return globSync(pattern, { cwd: base })
    .filter((name) => /[#?]/.test(name))
    .map((name) => `${relative(root, join(base, name))}: a file name with "#" or "?" cannot be read (rename the file)`);
}

/** The problems one load found, and the ids of the files that have them. */
class CollectedProblems {
  readonly found: LocatedProblems[] = [];
  readonly failedIds = new Set<string>();

  private readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  add(header: ProblemsHeader, problems: readonly string[]): void {
    if (problems.length > 0) this.found.push(locatedProblems(header, problems));
  }

  /** Records a file's id problem, or throws any other error; returns the id that stands for the file until the load ends. */
  fileFailed(error: unknown, entry: string): string {
    if (!isLocatedProblems(error)) throw error;
    this.found.push(error);
    return this.standIn(entry);
  }

  /**
   * Records a file whose YAML cannot be read, named from the project root at the line the parser stopped on; returns
   * what the glob loader is given for it: the id that stands for it.
   */
  unreadable(path: string, { line, reason }: { line: number; reason: string }): { body: string; data: object } {
    const text = readTextIfPresent(path)?.split('\n')[line - 1] ?? '';
    // The commonest slip: a value holding ": ", which YAML reads as a second key.
    const hint = /:\s.*:\s/.test(text) ? '; a value that holds ": " must be in quotes' : '';
    this.add(YAML_PROBLEMS, [`${relative(this.root, path)}:${line}: YAML: ${reason}${hint}`]);
    return { body: '', data: { [STAND_IN_ID]: this.standIn(path) } };
  }

  /** An id for a failed file that no valid file can have (ids are lower-case letters, digits and hyphens). */
  private standIn(file: string): string {
    const id = `\u0000failed:${file}`;
    this.failedIds.add(id);
    return id;
  }
}

/** Where a file that could not be read carries the id that stands for it, from `getEntryInfo` to `generateId`. */
const STAND_IN_ID = Symbol('stand-in id');

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
  collecting: () => CollectedProblems | undefined,
): EntryTypes {
  const checked: EntryTypes = new Map();
  for (const [extension, entryType] of entryTypes) {
    checked.set(extension, {
      ...entryType,
      getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
        const path = fileURLToPath(params.fileUrl);
        // Named as in the rest of the build's messages: relative to the content folder, e.g. "articles/x.mdx".
        const shown = relative(contentDir, path).replaceAll('\\', '/');
        assertInsideFolder(contentDir, path, shown);
        const unchanged = stored(path, params.contents);
        // The glob loader needs only the id of an unchanged file, which a `slug` gives as any generateId reads it.
        if (unchanged) return { body: unchanged.body ?? '', data: { slug: unchanged.id } };
        const problems = collecting();
        // Refused before the YAML parser, which would expand an alias bomb, ever sees the text.
        const refusal = yamlAliasRefusal(shown, params.contents);
        if (refusal) {
          if (!problems) throw new Error(`${shown}:${refusal.line}: YAML ${refusal.reason}`);
          return problems.unreadable(path, refusal);
        }
        try {
          // Awaited, so that the MDX integration's rejected promise is caught here too.
          return await entryType.getEntryInfo(params);
        } catch (error) {
          const yamlError = yamlErrorAt(error);
          if (!problems || !yamlError) throw error;
          return problems.unreadable(path, yamlError);
        }
      },
    });
  }
  return checked;
}

/**
 * The line (from 1) and reason of a YAML syntax error as Astro raises it for a data file (the file named before the
 * reason) and as the MDX integration raises it for a report's frontmatter (js-yaml's own error).
 */
function yamlErrorAt(error: unknown): { line: number; reason: string } | undefined {
  if (!(error instanceof Error)) return undefined;
  const line = (error as { loc?: { line?: number } }).loc?.line;
  if (line === undefined) return undefined;
  if (error.name === 'DataCollectionEntryParseError')
    return { line, reason: error.message.replace(/^.*? failed to parse: /s, '') };
  if (error.name === 'YAMLException') return { line, reason: error.message };
  return undefined;
}
