import { escapeRegExp, WORD_CHAR } from './regexp.ts';

/**
 * Finding the reports' abbreviations (and names) in text. A form counts only as a whole word and with its
 * exact capitals, so "DOC" is found in "(DOC)" but not in "document", and "SOM" not in "some".
 */

export interface GlossaryTerm {
  id: string;
  /** The abbreviation and its other spellings, e.g. ["COVID-19", "Covid-19"]. */
  forms: readonly string[];
}

/** Compiled once per set of forms: the same terms are looked for in every report of the archive. */
const patterns = new Map<string, RegExp>();

export function formPattern(forms: readonly string[]): RegExp {
  const key = forms.join('\u0000');
  let pattern = patterns.get(key);
  if (!pattern) {
    // Longest first, so "COVID-19" wins over a shorter form that starts it.
    const alternatives = [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp);
    pattern = new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`, 'u');
    patterns.set(key, pattern);
  }
  return pattern;
}

/** Where a term is first used in a text, or -1. */
export function firstUse(text: string, term: GlossaryTerm): number {
  return text.search(formPattern(term.forms));
}

/** The ids of the terms a text uses, in the order the terms are given. */
export function termsUsedIn(text: string, terms: readonly GlossaryTerm[]): string[] {
  return terms.filter((term) => firstUse(text, term) >= 0).map((term) => term.id);
}

export type TextSegment = { text: string; term?: undefined } | { text: string; term: string };

/**
 * Splits a short text (a caption credit, a sign-off) so that the first use of each term in it stands apart,
 * to be marked as an abbreviation. The words themselves are unchanged: joining the segments gives the text back.
 */
export function segmentByTerms(text: string, terms: readonly GlossaryTerm[]): TextSegment[] {
  const uses = terms
    .map((term) => {
      const match = formPattern(term.forms).exec(text);
      return match ? { term: term.id, at: match.index, length: match[0].length } : undefined;
    })
    .filter((use) => use !== undefined)
    .sort((a, b) => a.at - b.at);
  const segments: TextSegment[] = [];
  let position = 0;
  for (const use of uses) {
    if (use.at < position) continue;
    if (use.at > position) segments.push({ text: text.slice(position, use.at) });
    segments.push({ text: text.slice(use.at, use.at + use.length), term: use.term });
    position = use.at + use.length;
  }
  if (position < text.length) segments.push({ text: text.slice(position) });
  return segments;
}

/** The glossary ids marked by hand in an MDX body with `<Abbr term="…">`. */
export function markedTerms(mdxBody: string): string[] {
  return [...mdxBody.matchAll(/<Abbr\s+term="([^"]*)"\s*>/g)].map((match) => match[1]);
}

/**
 * Each `<Abbr term>` in a body that names no glossary entry, as "file:line: …" with a "did you mean", so the
 * build stops at the article (not at a page address) and says what to write instead.
 */
export function unknownTermProblems(
  { file, body, bodyLine }: { file: string; body: string; bodyLine: number },
  knownIds: ReadonlySet<string>,
  closest: (wanted: string, known: Iterable<string>) => string | undefined,
): string[] {
  return [...body.matchAll(/<Abbr\s+term="([^"]*)"\s*>/g)]
    .filter((match) => !knownIds.has(match[1]))
    .map((match) => {
      const line = bodyLine + body.slice(0, match.index).split('\n').length - 1;
      const hint = closest(match[1], knownIds);
      return `${file}:${line}: <Abbr term="${match[1]}">: no glossary entry "${match[1]}" in glossary/${hint ? ` (did you mean "${hint}"?)` : ''}`;
    });
}
