import { closestId } from '../lib/entity-ids.ts';

/**
 * Content errors as lines an editor can act on: each at its file, named from the project root, and the line of its
 * field in the frontmatter or YAML file.
 */

/**
 * The line (from 1) of a field in a file's YAML frontmatter, e.g. ["meeting", "date"] or ["participants", 0, "person"],
 * or in a YAML file (an entity's, a meeting's) where the text has no frontmatter. Where the field is missing, the line
 * of the nearest parent that is there; 1 if none is.
 */
export function frontmatterLine(fileText: string, path: readonly (string | number)[]): number {
  const lines = fileText.split('\n');
  const framed = lines[0]?.trim() === '---';
  const end = framed ? lines.indexOf('---', 1) : lines.length;
  if (end < 0) return 1;
  // Within a list item, "- key: value" counts as "  key: value", so the item's keys share one indent.
  const view = lines.slice(0, end);
  const indentOf = (line: string) => line.length - line.trimStart().length;
  let found = 0;
  let from = framed ? 1 : 0;
  let parentIndent = -1;
  for (const segment of path) {
    let match = -1;
    if (typeof segment === 'number') {
      let itemIndent = -1;
      let count = -1;
      for (let at = from; at < end; at++) {
        const line = view[at];
        if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
        if (indentOf(line) <= parentIndent) break;
        if (!line.trimStart().startsWith('- ')) continue;
        if (itemIndent < 0) itemIndent = indentOf(line);
        if (indentOf(line) !== itemIndent) continue;
        count += 1;
        if (count === segment) {
          match = at;
          view[at] = line.replace('- ', '  ');
          parentIndent = itemIndent;
          break;
        }
      }
    } else {
      const key = new RegExp(`^\\s*${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
      // Only the parent's own keys, at the indent of its first: a root `date` is not `publication.date`.
      let keyIndent = -1;
      for (let at = from; at < end; at++) {
        const line = view[at];
        if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
        if (indentOf(line) <= parentIndent) break;
        if (keyIndent < 0) keyIndent = indentOf(line);
        if (indentOf(line) === keyIndent && key.test(line)) {
          match = at;
          parentIndent = indentOf(line);
          break;
        }
      }
    }
    if (match < 0) break;
    found = match;
    from = match + (typeof segment === 'number' ? 0 : 1);
  }
  return found + 1;
}

/** The first lines of the errors that list located problems, one `file:line: …` entry (with indented lines) each. */
export const ID_PROBLEMS = 'Files that cannot give an address:';
export const YAML_PROBLEMS = 'YAML that cannot be read:';
export const SCHEMA_PROBLEMS = 'Fields that do not match the schema:';
export const RENDER_PROBLEMS = 'Report bodies that cannot be rendered:';
export const TEXT_PROBLEMS = "The articles' text needs fixing:";
/** In the order an editor works through them: a file must be read before its fields, its fields before its text. */
const LOCATED_HEADERS = [ID_PROBLEMS, YAML_PROBLEMS, SCHEMA_PROBLEMS, RENDER_PROBLEMS, TEXT_PROBLEMS] as const;
export type ProblemsHeader = (typeof LOCATED_HEADERS)[number];

/**
 * An error listing located problems, each kind under its header, which `locatedContentErrors` finds in a log.
 * `problems` keeps them for errors raised apart to be listed as one (`mergedProblems`).
 */
export class LocatedProblems extends Error {
  readonly problems: ReadonlyMap<ProblemsHeader, readonly string[]>;

  constructor(problems: ReadonlyMap<ProblemsHeader, readonly string[]>) {
    super(
      LOCATED_HEADERS.filter((header) => problems.get(header)?.length)
        .map((header) => `${header}\n${inEditingOrder(problems.get(header)!).join('\n')}`)
        .join('\n\n'),
    );
    this.name = 'LocatedProblems';
    this.problems = problems;
    // The problems are the content's, each at its file and line: where in the build's code they were found would
    // only lead an editor astray (Astro prints a stack as "Location" and "Stack trace").
    this.stack = '';
  }
}

/** One kind of located problems as an error. */
export function locatedProblems(header: ProblemsHeader, problems: readonly string[]): LocatedProblems {
  return new LocatedProblems(new Map([[header, problems]]));
}

/** Errors that list located problems as one error listing all of theirs. */
export function mergedProblems(errors: readonly LocatedProblems[]): LocatedProblems {
  const merged = new Map<ProblemsHeader, string[]>();
  for (const error of errors) {
    for (const [header, problems] of error.problems) merged.set(header, [...(merged.get(header) ?? []), ...problems]);
  }
  return new LocatedProblems(merged);
}

/** Whether an error lists located problems (by its shape: it may come from another copy of this module). */
export function isLocatedProblems(error: unknown): error is LocatedProblems {
  return error instanceof Error && error.name === 'LocatedProblems' && (error as LocatedProblems).problems instanceof Map;
}

/** Listed by file, then by line, as an editor works through them: the order they were found in depends on which file loaded first. */
function inEditingOrder(problems: readonly string[]): string[] {
  const place = (problem: string) => {
    const [, file = problem, line = '0'] = /^(.+?\.\w+)(?::(\d+))?:/.exec(problem) ?? [];
    return { file, line: Number(line) };
  };
  return problems
    .map((problem) => ({ problem, ...place(problem) }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))
    .map(({ problem }) => problem);
}

/**
 * The located lines of the schema error Astro raised for one file (`shown`, named from the project root): its message
 * has a `**field**: message` line per issue, and where Astro's own error map wrote the message (a missing field, a
 * wrong type) the field is written twice, `**note**: **note**: Required`. `fileText` is the file's text, which gives
 * each field's line.
 */
export function schemaProblems(message: string, shown: string, fileText: string | undefined): string[] {
  const problems: string[] = [];
  for (const messageLine of message.split('\n').slice(1)) {
    // An issue's line; its field may hold any character (a YAML key), or be empty (the whole file's data).
    const [, field, said] = /^ {2}\*\*(.*?)\*\*: (.*)$/.exec(messageLine) ?? [];
    if (field === undefined) {
      // A union's "> Expected …" lines belong to the issue above them.
      if (messageLine.trim() !== '' && problems.length > 0) problems[problems.length - 1] += ` ${messageLine.trim()}`;
      continue;
    }
    const own = said.startsWith(`**${field}**: `) ? said.slice(field.length + 6) : said;
    const what = own === 'Required' ? 'missing; this field is required' : own;
    // Each field the schema does not have is named at its own line, under its parent's path (the issue's).
    const unknownFields = [...own.matchAll(UNKNOWN_FIELD)];
    if (unknownFields.length > 0) {
      for (const [unknown, key] of unknownFields) {
        const path = [...(field === '' ? [] : fieldPath(field)), key];
        problems.push(`${shown}:${fileText === undefined ? 1 : frontmatterLine(fileText, path)}: ${path.join('.')}: ${unknown}`);
      }
      continue;
    }
    // The whole file's data: an empty file has none.
    if (field === '') problems.push(`${shown}:1: ${own === 'Required' ? 'empty: the file holds none of its fields' : what}`);
    else problems.push(`${shown}:${fileText === undefined ? 1 : frontmatterLine(fileText, fieldPath(field))}: ${field}: ${what}`);
  }
  if (problems.length === 0) problems.push(`${shown}:1: ${message.split('\n')[0].replaceAll('**', '')}`);
  return problems;
}

/**
 * The message for fields a schema does not have (`keys`, none of `known`), with the closest known field where one is
 * near: a misspelt `mention` would otherwise be dropped without a word. `schemaProblems` locates it at the field's own line.
 */
export function unknownFieldsMessage(keys: readonly string[], known: Iterable<string>): string {
  return keys
    .map((key) => {
      const hint = closestId(key, known);
      return `unknown field "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}`;
    })
    .join('; ');
}

/** One field of `unknownFieldsMessage`'s message, with its hint. */
const UNKNOWN_FIELD = /unknown field "(.*?)"(?: \(did you mean ".*?"\?\))?/g;

/** A field's path as a schema names it, `participants.0.role`, as `frontmatterLine` takes it. */
export function fieldPath(field: string): (string | number)[] {
  return field.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/**
 * Lines that locate the content errors of a failed build's log: the entries listed under each `LocatedProblems`
 * header, up to Astro's own lines (location, stack) after them.
 */
export function locatedContentErrors(log: string): string[] {
  const entries: string[] = [];
  const lines = log.split('\n');
  lines.forEach((line, index) => {
    if (!(LOCATED_HEADERS as readonly string[]).includes(line.trim())) return;
    for (const entry of lines.slice(index + 1)) {
      if (entry.trim() === '' || /^\s*(?:Location|Hint|Stack trace|Error reference):/.test(entry)) break;
      if (/^\s/.test(entry) && entries.length > 0) entries[entries.length - 1] += `\n${entry}`;
      else entries.push(entry);
    }
  });
  return [...new Set(entries)];
}
