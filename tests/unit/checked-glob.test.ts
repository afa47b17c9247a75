import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { load as parseYaml, type YAMLException } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ID_PROBLEMS, locatedProblems, SCHEMA_PROBLEMS, YAML_PROBLEMS } from '../../src/build/build-errors.ts';
import { checkedGlob } from '../../src/build/checked-glob.ts';
import { tempDir } from '../setup/temp-dir.ts';

/** A YAML file's data, or the error Astro's YAML entry type raises: the file named before the reason, the line from 1. */
function parsedAsAstroDoes(contents: string, fileUrl: URL) {
  try {
    return { data: parseYaml(contents), body: contents };
  } catch (error) {
    const { reason, mark } = error as YAMLException;
    const astroError = Object.assign(new Error(`**${basename(fileUrl.pathname)}** failed to parse: ${reason}`), {
      name: 'DataCollectionEntryParseError',
      loc: { file: fileUrl.pathname, line: mark!.line + 1, column: mark!.column },
    });
    throw astroError;
  }
}

/** What Astro's glob loader is given by a content sync, with a schema that wants a `name`, failing as Astro's does. */
function syncContext(dir: string) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string; filePath?: string }>();
  /** The ids the loader asked to store, in order: a report loader's store reads each one's data at once. */
  const storedIds: string[] = [];
  /** What `astro dev`'s watcher would call on a change, and what the loader logged as an error. */
  const onChange: Record<string, (path: string) => Promise<void>> = {};
  const loggedErrors: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: { id: string; data: Record<string, unknown> }) => (storedIds.push(entry.id), entries.set(entry.id, entry), true),
    delete: (id: string) => void entries.delete(id),
    has: (id: string) => entries.has(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    clear: () => entries.clear(),
    addModuleImport: () => {},
    addAssetImports: () => {},
  };
  const context = {
    collection: 'people',
    store,
    meta: new Map<string, string>(),
    logger: { warn: () => {}, info: () => {}, error: (message: string) => loggedErrors.push(message), debug: () => {} },
    config: { root: pathToFileURL(`${dir}/`), srcDir: pathToFileURL(`${dir}/src/`) },
    entryTypes: new Map([
      [
        '.yaml',
        { getEntryInfo: ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => parsedAsAstroDoes(contents, fileUrl) },
      ],
    ]),
    generateDigest: (text: string) => text,
    watcher: { add: () => {}, on: (event: string, handler: (path: string) => Promise<void>) => (onChange[event] = handler) },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      if (typeof data.name === 'string') return data;
      const error = new Error(`**people → ${id}** data does not match collection schema.\n\n  **name**: **name**: Required\n`);
      error.name = 'InvalidContentEntryDataError';
      throw error;
    },
  };
  return { context: context as unknown as LoaderContext, entries, storedIds, onChange, loggedErrors };
}

const loaderFor = (dir: string) =>
  checkedGlob(
    {
      pattern: '*.yaml',
      base: dir,
      generateId: ({ entry }) => {
        if (entry.startsWith('zz')) throw new Error(`${entry}: a bad file name`);
        if (entry.startsWith('Bad')) throw locatedProblems(ID_PROBLEMS, [`${entry}: the id must be lower-case`]);
        return entry.replace('.yaml', '');
      },
    },
    dir,
  );

describe('checkedGlob', () => {
  it('lists every file that fails the schema at once, and stores none of them', async () => {
    const dir = tempDir('checked-glob-');
    writeFileSync(join(dir, 'good.yaml'), 'name: A person\n');
    writeFileSync(join(dir, 'first.yaml'), 'role: Minister\n');
    writeFileSync(join(dir, 'second.yaml'), '# a comment\nrole: Minister\n');
    const { context, entries, storedIds } = syncContext(dir);

    await expect(loaderFor(dir).load(context)).rejects.toThrow(
      `${SCHEMA_PROBLEMS}\nfirst.yaml:1: name: missing; this field is required\nsecond.yaml:1: name: missing; this field is required`,
    );
    // An entry kept from a failed sync would be taken as parsed by the next, whose glob loader skips unchanged files.
    expect([...entries.keys()]).toEqual(['good']);
    expect(storedIds).toEqual(['good']);
  });

  it('lists files that cannot be read or named with those that fail the schema, and stores none of them', async () => {
    const dir = tempDir('checked-glob-');
    writeFileSync(join(dir, 'good.yaml'), 'name: A person\n');
    writeFileSync(join(dir, 'first.yaml'), 'role: Minister\n');
    writeFileSync(join(dir, 'broken.yaml'), 'name: A person\nvariants: [one, two\ncountry: Nowhere\n');
    writeFileSync(join(dir, 'Bad Name.yaml'), 'name: A person\n');
    // Astro's glob loader reads a file at its name's address, where "#" ends the path: it would skip the file.
    writeFileSync(join(dir, 'Bad #2.yaml'), 'name: A person\n');
    const { context, entries, storedIds } = syncContext(dir);

    await expect(loaderFor(dir).load(context)).rejects.toThrow(
      `${ID_PROBLEMS}\nBad #2.yaml: a file name with "#" or "?" cannot be read (rename the file)\n` +
        `Bad Name.yaml: the id must be lower-case\n\n` +
        `${YAML_PROBLEMS}\nbroken.yaml:3: YAML: deficient indentation\n\n` +
        `${SCHEMA_PROBLEMS}\nfirst.yaml:1: name: missing; this field is required`,
    );
    expect([...entries.keys()]).toEqual(['good']);
    expect(storedIds).toEqual(['good']);
  });

  it('removes the stored entry of a file that fails on the next load', async () => {
    const dir = tempDir('checked-glob-');
    writeFileSync(join(dir, 'first.yaml'), 'name: A person\n');
    const { context, entries } = syncContext(dir);
    await loaderFor(dir).load(context);
    expect([...entries.keys()]).toEqual(['first']);

    writeFileSync(join(dir, 'first.yaml'), 'role: Minister\n');
    await expect(loaderFor(dir).load(context)).rejects.toThrow(SCHEMA_PROBLEMS);
    expect([...entries.keys()]).toEqual([]);
  });

  it('stores no failed file when another file’s error stops the load', async () => {
    const dir = tempDir('checked-glob-');
    writeFileSync(join(dir, 'first.yaml'), 'role: Minister\n');
    writeFileSync(join(dir, 'zz bad name.yaml'), 'name: A person\n');
    const { context, storedIds } = syncContext(dir);

    await expect(loaderFor(dir).load(context)).rejects.toThrow('a bad file name');
    // The load's other files may still be in progress when it stops.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(storedIds).toEqual([]);
  });

  it('under astro dev, stores a failed file once it is fixed, and reports a later failure as Astro does', async () => {
    const dir = tempDir('checked-glob-');
    const file = join(dir, 'first.yaml');
    writeFileSync(file, 'role: Minister\n');
    const { context, entries, onChange, loggedErrors } = syncContext(dir);
    await expect(loaderFor(dir).load(context)).rejects.toThrow(SCHEMA_PROBLEMS);

    writeFileSync(file, 'name: A person\n');
    await onChange.change(file);
    expect(entries.get('first')?.data).toEqual({ name: 'A person' });

    writeFileSync(file, 'role: Minister\n');
    await onChange.change(file);
    expect(entries.get('first')?.data).toEqual({ name: 'A person' });
    expect(loggedErrors).toEqual([expect.stringContaining('**name**: Required')]);
  });

  it('under astro dev, reports a YAML slip in a changed file as Astro does, and keeps its last good entry', async () => {
    const dir = tempDir('checked-glob-');
    const file = join(dir, 'first.yaml');
    writeFileSync(file, 'name: A person\n');
    const { context, entries, onChange, loggedErrors } = syncContext(dir);
    await loaderFor(dir).load(context);

    writeFileSync(file, 'name: A person\nvariants: [one, two\ncountry: Nowhere\n');
    await onChange.change(file);
    expect(entries.get('first')?.data).toEqual({ name: 'A person' });
    expect(loggedErrors).toEqual([expect.stringContaining('failed to parse')]);
  });
});
