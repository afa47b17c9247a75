/**
 * What the search page offers when a search finds no report: the people, topics and glossary entries whose names
 * are closest in spelling to the query ("Montegi" → Toshimitsu Motegi). The names come from a small file the build
 * writes (`searchNameEntries`, src/lib/routes/search.ts), fetched only when a search finds nothing.
 */
import type { SearchSection } from './search-terms.ts';

export type EntityKind = Exclude<SearchSection, 'report'>;

/** One person, topic or glossary entry: its page, its kind and its names, the first the one shown. */
export type NameEntry = [href: string, kind: EntityKind, name: string, ...otherNames: string[]];

export interface Suggestion {
  href: string;
  kind: EntityKind;
  name: string;
  /** The name that came closest to the query, when it is not the one shown ("Bien Dong" for the South China Sea). */
  matched: string | undefined;
}

/** Suggestions offered at most. */
export const SUGGESTION_LIMIT = 6;

/**
 * Lower case, without accents, Đ as D, and every run of anything but letters and digits one space: "ASEAN–Japan"
 * and "asean-japan" are one, as "Biển Đông" and "bien dong" are.
 */
export function foldName(text: string): string {
  return foldChars(text).join('').replace(/ +/g, ' ').trim();
}

/** Each code point of `text` folded as `foldName` folds it (an empty string for a mark, a space for punctuation). */
export function foldChars(text: string): string[] {
  return [...text].map((char) =>
    char
      .normalize('NFKD')
      .replace(/\p{Mn}/gu, '')
      .toLowerCase()
      .replace(/đ/g, 'd')
      .replace(/[^\p{L}\p{N}]+/gu, ' '),
  );
}

/**
 * The edit distance of two strings in code points: insertions, deletions, substitutions and swaps of two
 * neighbours each cost one (the optimal string alignment distance), so "Pramudwinia" is one from "Pramudwinai".
 */
export function editDistance(a: string, b: string): number {
  const [s, t] = [[...a], [...b]];
  // Three rows of the table: the one before the previous, the previous and the current.
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    [before, previous] = [previous, current];
  }
  return previous[t.length]!;
}

/** How many edits a query of this many code points may be from a name: none for one or two letters, then one per four. */
export function allowedEdits(length: number): number {
  return length < 3 ? 0 : Math.max(1, Math.floor(length / 4));
}

/**
 * How far the folded query is from a name: from the whole name, or from as many of its words in a row as the query
 * has ("Montegi" against "Toshimitsu Motegi" is compared with "Motegi" too).
 */
export function nameDistance(foldedQuery: string, name: string): number {
  const words = foldName(name).split(' ');
  const queryWords = foldedQuery.split(' ').length;
  let best = editDistance(foldedQuery, words.join(' '));
  for (let start = 0; start + queryWords <= words.length; start += 1) {
    best = Math.min(best, editDistance(foldedQuery, words.slice(start, start + queryWords).join(' ')));
  }
  return best;
}

/**
 * The entities whose names come closest to the query, closest first, each once: at most `allowedEdits` away, and
 * among equals in the order the entries come (people, topics, then glossary entries, as the build writes them).
 */
export function closestEntities(query: string, entries: readonly NameEntry[], limit = SUGGESTION_LIMIT): Suggestion[] {
  const folded = foldName(query);
  const allowed = allowedEdits([...folded].length);
  if (!folded) return [];
  const ranked: { suggestion: Suggestion; distance: number; order: number }[] = [];
  entries.forEach(([href, kind, name, ...otherNames], order) => {
    let closest: { distance: number; name: string } | undefined;
    for (const candidate of [name, ...otherNames]) {
      const distance = nameDistance(folded, candidate);
      if (distance <= allowed && (!closest || distance < closest.distance)) closest = { distance, name: candidate };
    }
    if (!closest) return;
    const matched = foldName(closest.name) === foldName(name) ? undefined : closest.name;
    ranked.push({ suggestion: { href, kind, name, matched }, distance: closest.distance, order });
  });
  return ranked
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, limit)
    .map(({ suggestion }) => suggestion);
}
