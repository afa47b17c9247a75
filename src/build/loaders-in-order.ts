import type { Loader, LoaderContext } from 'astro/loaders';

interface Round {
  done: Promise<void>;
  finish: () => void;
  finished: boolean;
}

function newRound(): Round {
  let finish = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  const round: Round = { done, finish: () => ((round.finished = true), finish()), finished: false };
  return round;
}

/**
 * Astro runs every collection's loader at once and stops at the first that fails, so with errors in two
 * collections, which one an editor is shown depended on which loaded faster. Wrapped here, a loader that fails
 * waits until every loader before it in the list has finished its current load, so errors are always reported in
 * the list's order (the reports first). A loader that has not started in a sync counts as finished: `astro dev`
 * reloads only the collections that changed.
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
        await Promise.all(rounds.slice(0, index).map((earlier) => earlier.done));
        throw error;
      } finally {
        round.finish();
      }
    },
  })) as unknown as Loaders;
}
