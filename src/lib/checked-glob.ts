import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { assertInsideFolder, assertNoYamlAliases } from './content-safety.ts';

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
 */
export function checkedGlob(options: GlobOptions, contentDir: string): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: (context: LoaderContext) => {
      const { entryTypes } = context as GlobLoaderContext;
      // Internal to Astro: if a new version stops passing it, the checks must not silently stop running.
      if (!(entryTypes instanceof Map)) throw new Error('checkedGlob: Astro no longer passes entryTypes to loaders');
      return inner.load({ ...context, entryTypes: checkedEntryTypes(entryTypes, contentDir) } as GlobLoaderContext);
    },
  };
}

function checkedEntryTypes(entryTypes: EntryTypes, contentDir: string): EntryTypes {
  const checked: EntryTypes = new Map();
  for (const [extension, entryType] of entryTypes) {
    checked.set(extension, {
      ...entryType,
      getEntryInfo: (params: { contents: string; fileUrl: URL }) => {
        const path = fileURLToPath(params.fileUrl);
        // Named as in the rest of the build's messages: relative to the content folder, e.g. "articles/x.mdx".
        const shown = relative(contentDir, path).replaceAll('\\', '/');
        assertInsideFolder(contentDir, path, shown);
        assertNoYamlAliases(shown, params.contents);
        return entryType.getEntryInfo(params);
      },
    });
  }
  return checked;
}
