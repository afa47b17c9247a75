import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PROBLEMS } from '../../src/build/build-errors.ts';
import { checkedGlob } from '../../src/build/checked-glob.ts';
import { tempDir } from '../setup/temp-dir.ts';

/** What Astro's glob loader is given by a content sync, with a schema that wants a `name`, failing as Astro's does. */
function syncContext(dir: string) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string; filePath?: string }>();
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: { id: string; data: Record<string, unknown> }) => (entries.set(entry.id, entry), true),
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
    logger: { warn: () => {}, info: () => {}, error: () => {}, debug: () => {} },
    config: { root: pathToFileURL(`${dir}/`), srcDir: pathToFileURL(`${dir}/src/`) },
    entryTypes: new Map([
      ['.yaml', { getEntryInfo: ({ contents }: { contents: string }) => ({ data: parseYaml(contents), body: contents }) }],
    ]),
    generateDigest: (text: string) => text,
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      if (typeof data.name === 'string') return data;
      throw new Error(`**people → ${id}** data does not match collection schema.\n\n  **name**: **name**: Required\n`);
    },
  };
  return { context: context as unknown as LoaderContext, entries };
}

describe('checkedGlob', () => {
  it('lists every file that fails the schema at once, and keeps none of them for the next sync', async () => {
    const dir = tempDir('checked-glob-');
    writeFileSync(join(dir, 'good.yaml'), 'name: A person\n');
    writeFileSync(join(dir, 'first.yaml'), 'role: Minister\n');
    writeFileSync(join(dir, 'second.yaml'), '# a comment\nrole: Minister\n');
    const loader = checkedGlob({ pattern: '*.yaml', base: dir, generateId: ({ entry }) => entry.replace('.yaml', '') }, dir);
    const { context, entries } = syncContext(dir);

    await expect(loader.load(context)).rejects.toThrow(
      `${SCHEMA_PROBLEMS}\nfirst.yaml:1: name: missing; this field is required\nsecond.yaml:1: name: missing; this field is required`,
    );
    // An entry kept from a failed sync would be taken as parsed by the next, whose glob loader skips unchanged files.
    expect([...entries.keys()]).toEqual(['good']);
  });
});
