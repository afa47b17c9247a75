import type { Loader, LoaderContext } from 'astro/loaders';
import { isLocatedProblems, mergedProblems } from './build-errors.ts';

interface Round {
  /** The loads that overlap in time are one sync's: Astro starts every collection's loader at once. */
  sync: number;
  done: Promise<void>;
  finish: () => void;
  /** What the loader threw in this round, if it failed. */
  failure?: { error: unknown };
}

/**
 * Astro runs every collection's loader at once and stops at the first that fails, so with errors in two
 * collections, an editor was shown one, whichever loaded faster. Wrapped here, a loader that fails waits until
 * every loader of the same sync has finished, then throws the located problems of all that failed as one error; an
 * error of another kind is thrown alone, the first in the list's order. `astro dev` reloads only the collections
 * that changed, and a load that overlaps no other is a sync of its own.
 */
export function loadersInOrder<const Loaders extends readonly Loader[]>(loaders: Loaders): Loaders {
  const rounds: (Round | undefined)[] = loaders.map(() => undefined);
  let sync = 0;
  let running = 0;
  return loaders.map((loader, index) => ({
    ...loader,
    load: async (context: LoaderContext) => {
      if (running === 0) sync += 1;
      running += 1;
      let finish = () => {};
      const done = new Promise<void>((resolve) => (finish = resolve));
      const round: Round = { sync, done, finish };
      rounds[index] = round;
      try {
        await loader.load(context);
      } catch (error) {
        round.failure = { error };
      } finally {
        running -= 1;
        round.finish();
      }
      if (!round.failure) return;
      const sameSync = () => rounds.filter((other): other is Round => other?.sync === round.sync);
      await Promise.all(sameSync().map((other) => other.done));
      const failed = sameSync().flatMap((other) => (other.failure ? [other.failure.error] : []));
      throw failed.every(isLocatedProblems) ? mergedProblems(failed) : failed.find((error) => !isLocatedProblems(error));
    },
  })) as unknown as Loaders;
}
