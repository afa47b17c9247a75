/**
 * Placeholders that `npm run new-report` leaves where only an editor can decide (a summary, a role, the meeting's
 * name). They are refused by the content schema, so no scaffolded article is published before it is filled in.
 */
export const PLACEHOLDER_PREFIX = 'TODO:';

/** A placeholder value: "TODO: " and what to write there. */
export function placeholder(what: string): string {
  return `${PLACEHOLDER_PREFIX} ${what}`;
}

/** Every placeholder in a parsed frontmatter, with its field path, in document order. */
export function placeholdersIn(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return value.trimStart().startsWith(PLACEHOLDER_PREFIX) ? [{ path, text: value.trim() }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholdersIn(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => placeholdersIn(item, [...path, key]));
  }
  return [];
}
