import { readdirSync, statSync } from 'node:fs';
import { extname } from 'node:path';

/** Entity ids are file names: lower-case words joined by hyphens, e.g. `motegi-toshimitsu`. */
export const ENTITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The file endings of entity files (people, topics, glossary). */
export const ENTITY_EXTENSIONS = ['.yaml', '.yml'] as const;

export function idFromFileName(fileName: string): string {
  return fileName.slice(0, fileName.length - extname(fileName).length);
}

const cache = new Map<string, { mtimeMs: number; ids: Set<string> }>();

/**
 * The ids of the entity files in a folder. Re-read whenever the folder changes,
 * so a person added while `astro dev` runs is known without a restart.
 */
export function entityIdsIn(dir: string, extensions: readonly string[]): Set<string> {
  const mtimeMs = statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  const cached = cache.get(dir);
  if (cached && cached.mtimeMs === mtimeMs) return cached.ids;
  const ids = new Set(
    mtimeMs < 0
      ? []
      : readdirSync(dir)
          .filter((name) => extensions.includes(extname(name)))
          .map(idFromFileName),
  );
  cache.set(dir, { mtimeMs, ids });
  return ids;
}

/** The known id closest to a misspelt one, for "did you mean …?" hints. */
export function closestId(wanted: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const id of known) {
    const distance = editDistance(wanted, id);
    if (distance < bestDistance) {
      best = id;
      bestDistance = distance;
    }
  }
  if (bestDistance <= Math.max(2, Math.floor(wanted.length / 4))) return best;
  // A longer or shorter name for the same thing: "rcep-agreement" or "cep" for "rcep".
  const knownIds = [...known];
  return (
    knownIds.find((id) => wanted.startsWith(id) || id.startsWith(wanted)) ??
    knownIds.find((id) => wanted.includes(id) || id.includes(wanted))
  );
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
