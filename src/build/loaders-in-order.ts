import type { Loader, LoaderContext } from 'astro/loaders';
import { isLocatedProblems, mergedProblems } from './build-errors.ts';

interface Round {
  done: Promise<void>;
  finish: () => void;
  finished: boolean;
  /** What the loader threw in this round, if it failed. */
  failure?: { error: unknown };
}

function newRound(): Round {
  let finish = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  const round: Round = { done, finish: () => ((round.finished = true), finish()), finished: false };
  return round;
}

/**
 * Astro runs every collection's loader at once and stops at the first that fails, so with errors in two
 * collections, an editor was shown one, whichever loaded faster. Wrapped here, a loader that fails waits until
 * every loader in the list has finished its current load, then throws the located problems of all that failed as
 * one error, in the list's order (the reports first); an error of another kind is thrown alone, the first in the
 * list's order. A loader that has not started in a sync counts as finished: `astro dev` reloads only the
 * collections that changed, and a collection that failed and was not reloaded still has its problems.
 */
export function loadersInOrder<const Loaders extends readonly Loader[]>(loaders: Loaders): Loaders {
  const rounds = loaders.map(() => newRound());
  return loaders.map((loader, index) => ({
    ...loader,
    load: async (context: LoaderContext) => {
      if (rounds[index].finished) rounds[index] = newRound();
      const round = rounds[index];
      try {
        await loader.load(context);
      } catch (error) {
        round.failure = { error };
      } finally {
        round.finish();
      }
      if (!round.failure) return;
      await Promise.all(rounds.map((other) => other.done));
      const failed = rounds.flatMap((other) => (other.failure ? [other.failure.error] : []));
      throw failed.every(isLocatedProblems) ? mergedProblems(failed) : failed.find((error) => !isLocatedProblems(error));
    },
  })) as unknown as Loaders;
}
