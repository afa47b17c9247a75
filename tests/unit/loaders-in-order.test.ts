import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { loadersInOrder } from '../../src/build/loaders-in-order.ts';

const context = {} as LoaderContext;
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A loader that takes `ms` and then fails with its name, or succeeds where `fails` is false. */
function loader(name: string, ms: number, fails = true): Loader {
  return {
    name,
    load: async () => {
      await tick(ms);
      if (fails) throw new Error(name);
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
});
