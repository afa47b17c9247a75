/**
 * Why a search result matched when its text does not hold the words searched: a report is found through the
 * hidden aliases of the entities it is tagged with ("Bien Dong" finds the report that says "East Sea"), an entity
 * through one of its other names. The result card says what matched and marks it.
 */
import { foldChars, foldName } from './search-suggestions.ts';
import { WORD_CHAR } from './regexp.ts';
import { excerptWindowStart, type ExcerptPart } from './search-excerpt.ts';
import { wordSpans } from './words.ts';

export interface AliasMatch {
  /** The name the query matched, as the entity gives it ("Bien Dong"). */
  alias: string;
  /** The same entity's name as the text writes it ("East Sea"). */
  found: string;
  /** About `words` words of the text round the first place it says `found`, with each of the entity's names marked. */
  excerpt: ExcerptPart[];
}

/** Where a folded name stands in a text, as offsets into the text. */
interface Span {
  start: number;
  end: number;
}

/** A text folded as `foldName` folds it (without joining spaces), and where each folded character came from. */
interface FoldedText {
  folded: string;
  starts: number[];
  ends: number[];
}

function foldText(text: string): FoldedText {
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  const chars = [...text];
  const folded = foldChars(text);
  folded.forEach((fold, index) => {
    const end = offset + chars[index]!.length;
    // A character folded away (a Thai tone mark, a combining accent) belongs to the letter before it.
    if (fold.length === 0 && ends.length > 0) ends[ends.length - 1] = end;
    for (let i = 0; i < fold.length; i += 1) {
      starts.push(offset);
      ends.push(end);
    }
    offset = end;
  });
  return { folded: folded.join(''), starts, ends };
}

/**
 * Every place the text says the name, as whole words (spaces and punctuation between its words as they come);
 * with `asPrefix` its last word may be the start of a longer one, as Pagefind matches a query's words.
 */
function occurrences(text: FoldedText, name: string, asPrefix = false): Span[] {
  const words = foldName(name).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const end = asPrefix ? '' : `(?!${WORD_CHAR})`;
  const pattern = new RegExp(`(?<!${WORD_CHAR})${words.map(escapeRegExp).join(' +')}${end}`, 'gu');
  return [...text.folded.matchAll(pattern)].map((match) => ({
    start: text.starts[match.index]!,
    end: text.ends[match.index + match[0].length - 1]!,
  }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The folded query stands at the start of one of the name's words ("south china sea" in "… in the South China Sea"). */
function nameHolds(name: string, foldedQuery: string): boolean {
  return ` ${foldName(name)}`.includes(` ${foldedQuery}`);
}

/**
 * The name the query matches, preferring one the query spells out whole (accents and all), then the shortest; none
 * if none matches.
 */
function matchingName(query: string, names: readonly string[]): string | undefined {
  const foldedQuery = foldName(query);
  const closeness = (name: string) =>
    (name.toLowerCase() === query.trim().toLowerCase() ? 2 : 0) + (foldName(name) === foldedQuery ? 1 : 0);
  return names
    .filter((name) => nameHolds(name, foldedQuery))
    .sort((a, b) => closeness(b) - closeness(a) || a.length - b.length)[0];
}

/**
 * A report found through an alias: the entity whose name the query matches (`groups`: the names of each entity the
 * report is tagged with), and where the report's text names it otherwise. None when the text holds the query itself,
 * or names no matched entity.
 */
export function aliasMatch(
  query: string,
  groups: readonly (readonly string[])[],
  content: string,
  words: number,
): AliasMatch | undefined {
  const foldedQuery = foldName(query);
  if (!foldedQuery) return undefined;
  const text = foldText(content);
  if (occurrences(text, foldedQuery, true).length > 0) return undefined;
  const matched = groups
    .map((names) => ({ names, alias: matchingName(query, names) }))
    .filter((group): group is { names: readonly string[]; alias: string } => group.alias !== undefined)
    .sort((a, b) => Number(foldName(b.alias) === foldedQuery) - Number(foldName(a.alias) === foldedQuery));
  for (const { names, alias } of matched) {
    const spans = withoutOverlaps(names.flatMap((name) => occurrences(text, name)));
    const first = spans[0];
    if (!first) continue;
    return { alias, found: content.slice(first.start, first.end), excerpt: excerptAround(content, spans, first, words) };
  }
  return undefined;
}

/**
 * A report found through the names of an entity it is tagged with whose names its text does not use (a minister the
 * report calls "the Thai Foreign Minister"): that entity's name, the first of its group. None when no name matches.
 */
export function taggedName(query: string, groups: readonly (readonly string[])[]): string | undefined {
  if (!foldName(query)) return undefined;
  return groups.find((names) => matchingName(query, names) !== undefined)?.[0];
}

/** In text order; of two that overlap, the one starting first (or the longer). */
function withoutOverlaps(spans: Span[]): Span[] {
  const sorted = spans.toSorted((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of sorted) if (span.start >= (kept.at(-1)?.end ?? 0)) kept.push(span);
  return kept;
}

/** About `words` words round `first`, with the spans in it marked. */
function excerptAround(content: string, spans: Span[], first: Span, words: number): ExcerptPart[] {
  // Thai and Japanese words are found by Intl.Segmenter: a run without spaces there may be a whole sentence.
  const spansOfWords = wordSpans(content);
  const at = spansOfWords.findIndex((word) => word.end > first.start);
  const from = excerptWindowStart(at, spansOfWords.length, words);
  const to = Math.min(spansOfWords.length, from + words) - 1;
  const [start, end] = [spansOfWords[from]!.start, Math.max(spansOfWords[to]!.end, first.end)];
  const parts: ExcerptPart[] = [];
  let offset = start;
  for (const span of spans) {
    if (span.end <= start || span.start >= end) continue;
    const [markStart, markEnd] = [Math.max(span.start, start), Math.min(span.end, end)];
    if (markStart > offset) parts.push({ text: content.slice(offset, markStart), marked: false });
    parts.push({ text: content.slice(markStart, markEnd), marked: true });
    offset = markEnd;
  }
  if (end > offset) parts.push({ text: content.slice(offset, end), marked: false });
  return parts;
}

/**
 * An entity found under another of its names: the alias the query matched, when its title does not hold the query
 * ("Bien Dong" for the South China Sea). `aliases` are its names as its search data holds them.
 */
export function entityAlias(query: string, title: string, aliases: readonly string[]): string | undefined {
  const foldedQuery = foldName(query);
  if (!foldedQuery || nameHolds(title, foldedQuery)) return undefined;
  return matchingName(query, aliases);
}

/** The first report paragraph (`p-N`) whose text says the name, of a result's anchors. */
export function paragraphSaying(anchors: readonly { id: string; text: string }[], name: string): string | undefined {
  return anchors.find(({ id, text }) => /^p-\d+$/.test(id) && occurrences(foldText(text), name).length > 0)?.id;
}
