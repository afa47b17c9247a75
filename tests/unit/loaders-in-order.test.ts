import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { locatedProblems, SCHEMA_PROBLEMS, YAML_PROBLEMS } from '../../src/build/build-errors.ts';
import { loadersInOrder } from '../../src/build/loaders-in-order.ts';

const context = {} as LoaderContext;
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A loader that takes `ms` and then fails with its name, or succeeds where `fails` is false. */
function loader(name: string, ms: number, fails: boolean | Error = true): Loader {
  return {
    name,
    load: async () => {
      await tick(ms);
      if (fails) throw fails instanceof Error ? fails : new Error(name);
    },
  };
}

/** What Astro's content sync does: every loader at once, and the first failure is the sync's. */
function syncAll(loaders: readonly Loader[]) {
  return Promise.all(loaders.map((each) => each.load(context)));
}

describe('loadersInOrder', () => {
  it('reports the failure of the first loader in the list, however much faster a later one fails', async () => {
    await expect(syncAll([loader('articles', 40), loader('meetings', 0)])).rejects.toThrow('meetings');
    await expect(syncAll(loadersInOrder([loader('articles', 40), loader('meetings', 0)]))).rejects.toThrow('articles');
  });

  it('reports a later loader’s failure once the earlier ones have loaded without one', async () => {
    const loaders = loadersInOrder([loader('articles', 30, false), loader('meetings', 0), loader('people', 10)]);
    await expect(syncAll(loaders)).rejects.toThrow('meetings');
  });

  it('does not wait, on a later sync, for a loader that sync does not run', async () => {
    const [articles, meetings] = loadersInOrder([loader('articles', 0, false), loader('meetings', 0)]);
    await expect(syncAll([articles, meetings])).rejects.toThrow('meetings');
    // `astro dev` reloads only the changed collection.
    await expect(meetings.load(context)).rejects.toThrow('meetings');
  });

  it('lists the located problems of every loader that failed as one error, by kind, then by file', async () => {
    const loaders = loadersInOrder([
      loader('articles', 30, locatedProblems(SCHEMA_PROBLEMS, ['articles/a.mdx:3: summary: missing'])),
      loader('meetings', 0, false),
      loader('people', 0, locatedProblems(YAML_PROBLEMS, ['people/p.yaml:2: YAML: bad indentation'])),
      loader('topics', 10, locatedProblems(SCHEMA_PROBLEMS, ['topics/t.yaml:1: name: missing'])),
    ]);
    await expect(syncAll(loaders)).rejects.toThrow(
      `${YAML_PROBLEMS}\npeople/p.yaml:2: YAML: bad indentation\n\n` +
        `${SCHEMA_PROBLEMS}\narticles/a.mdx:3: summary: missing\ntopics/t.yaml:1: name: missing`,
    );
  });

  it('throws an error that lists no located problems alone, whatever else failed', async () => {
    const loaders = loadersInOrder([
      loader('articles', 0, locatedProblems(SCHEMA_PROBLEMS, ['articles/a.mdx:3: summary: missing'])),
      loader('people', 20),
    ]);
    await expect(syncAll(loaders)).rejects.toThrow(/^people$/);
  });

  it('does not wait for a loader that a first sync does not run', async () => {
    const [, meetings] = loadersInOrder([loader('articles', 0, false), loader('meetings', 0)]);
    await expect(meetings.load(context)).rejects.toThrow('meetings');
  });

  it('lists no problem of an earlier sync in a later one', async () => {
    const [articles, meetings] = loadersInOrder([
      loader('articles', 0, locatedProblems(SCHEMA_PROBLEMS, ['articles/a.mdx:3: summary: missing'])),
      loader('meetings', 0, locatedProblems(SCHEMA_PROBLEMS, ['meetings/m.yaml:1: name: missing'])),
    ]);
    await expect(articles.load(context)).rejects.toThrow('articles/a.mdx');
    // `astro dev` reloads only the meetings, after the report was fixed through its file watcher.
    await expect(meetings.load(context)).rejects.toThrow(`${SCHEMA_PROBLEMS}\nmeetings/m.yaml:1: name: missing`);
    await expect(meetings.load(context)).rejects.not.toThrow('articles/a.mdx');
  });
});
