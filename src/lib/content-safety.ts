/**
 * Checks that keep content data rather than code or a way out of `content/`: characters no text field may hold,
 * YAML anchors and aliases (refused before any parser expands them), paths that leave the content folder,
 * and received files that are not plain UTF-8 text. Pure functions, unit-tested with plain strings.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { relative, isAbsolute, sep } from 'node:path';
import { CST, Lexer } from 'yaml';
import { isNamedLanguage } from './report-language.ts';

/**
 * Characters refused in text fields, each with the reason given in the error:
 * C0 and C1 controls (tab and newline aside) break feeds and calendars; noncharacters are not text;
 * bidirectional embeddings, overrides and isolates reorder the archive's own words around them.
 */
const REFUSED_CHARACTERS: readonly [RegExp, string][] = [
  [/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u, 'a control character'],
  [
    /[\ufdd0-\ufdef\ufffe\uffff\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{3fffe}\u{3ffff}\u{4fffe}\u{4ffff}\u{5fffe}\u{5ffff}\u{6fffe}\u{6ffff}\u{7fffe}\u{7ffff}\u{8fffe}\u{8ffff}\u{9fffe}\u{9ffff}\u{afffe}\u{affff}\u{bfffe}\u{bffff}\u{cfffe}\u{cffff}\u{dfffe}\u{dffff}\u{efffe}\u{effff}\u{ffffe}\u{fffff}\u{10fffe}\u{10ffff}]/u,
    'a Unicode noncharacter',
  ],
  [/[\u202a-\u202e\u2066-\u2069]/u, 'a bidirectional embedding, override or isolate control'],
  [/[\ud800-\udfff]/u, 'a lone surrogate'],
];

/** Why a text value is refused (naming the character and where it is), or undefined if it is fine. */
export function textProblem(value: string): string | undefined {
  for (const [pattern, what] of REFUSED_CHARACTERS) {
    const match = pattern.exec(value);
    if (match) {
      const codePoint = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      const position = [...value.slice(0, match.index)].length + 1;
      return `contains ${what} (U+${codePoint}) at character ${position}; remove it`;
    }
  }
  return undefined;
}

/**
 * A BCP 47 language tag as `Intl` understands it (well-formed and canonicalisable), e.g. "vi", "ja", "th-TH", whose
 * language is a code of two or three letters: the grammar also allows five to eight ("french"), but no such language
 * is registered, and no browser or screen reader would know it; nor a two-letter code no language has ("jp").
 */
export function isLanguageTag(value: string): boolean {
  try {
    const canonical = Intl.getCanonicalLocales(value);
    if (canonical.length !== 1) return false;
    const language = /^([a-z]{2,3})(?:-|$)/.exec(canonical[0])?.[1];
    // Every two-letter language code is one Intl names; one it does not ("jp", "vn") is a slip for another. Three-letter
    // codes are left be: Intl does not name every language of the region (Mon, "mnw").
    return language !== undefined && (language.length === 3 || isNamedLanguage(language));
  } catch {
    return false;
  }
}

/** The frontmatter between the opening `---` and the closing `---`, or undefined if the file has none. */
export function frontmatterOf(contents: string): string | undefined {
  const match = /^\ufeff?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(contents);
  return match?.[1];
}

/**
 * The first YAML anchor (`&name`) or alias (`*name`) in a YAML text, with its line, found by the `yaml` package's
 * lexer alone: nothing is built, so an alias bomb costs no more than its own bytes. Quoted strings are single
 * tokens to the lexer, so an "&" or "*" inside one is not mistaken for an anchor.
 * Content never needs them, and aliases let a few lines expand to gigabytes.
 */
export function yamlAnchorOrAlias(yaml: string): { kind: 'anchor' | 'alias'; name: string; line: number } | undefined {
  let offset = 0;
  for (const token of new Lexer().lex(yaml)) {
    const type = CST.tokenType(token);
    if (type === 'anchor' || type === 'alias') {
      return { kind: type, name: token, line: yaml.slice(0, offset).split('\n').length };
    }
    // Every token but the lexer's own one-character markers is a piece of the source, in order.
    if (yaml.startsWith(token, offset)) offset += token.length;
  }
  return undefined;
}

/**
 * Why a content file's YAML (a frontmatter or a whole entity file) is refused, at its line in the file: an anchor or
 * alias. Undefined if it has none.
 */
export function yamlAliasRefusal(file: string, contents: string): { line: number; reason: string } | undefined {
  const framed = file.endsWith('.mdx') || file.endsWith('.md');
  const yaml = framed ? frontmatterOf(contents) : contents;
  const found = yaml === undefined ? undefined : yamlAnchorOrAlias(yaml);
  return (
    found && {
      line: framed ? found.line + 1 : found.line,
      reason: `${found.kind} "${found.name}" refused; write the value out in full (anchors and aliases can expand a few lines into gigabytes)`,
    }
  );
}

/** True if `path` is `folder` itself or inside it (both absolute, already resolved). */
function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Throws, naming the file, if it is a symbolic link or its real path leaves `folder` (through a linked parent folder).
 * A link in `content/` could otherwise publish anything the build can read, such as `/proc/self/environ`.
 */
export function assertInsideFolder(folder: string, path: string, shownAs = path): void {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat) throw new Error(`${shownAs}: no such file`);
  if (stat.isSymbolicLink()) throw new Error(`${shownAs}: symbolic links are refused in content/; copy the file in instead`);
  if (!stat.isFile()) throw new Error(`${shownAs}: not a regular file`);
  if (!isInside(realpathSync(folder), realpathSync(path))) {
    throw new Error(`${shownAs}: its real path leaves the content folder through a linked folder; refused`);
  }
}

/** A received file's name: one plain `.txt` file name, published as it is under /sources/. */
export const SOURCE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/;

/** Why a `source.file` value is refused, or undefined if its shape is fine. */
export function sourceFileNameProblem(name: string): string | undefined {
  if (/[/\\]|\.\./.test(name)) return `"${name}" must be a plain file name in sources/ (no "/", "\\" or "..")`;
  if (!name.endsWith('.txt')) {
    return `"${name}" must be a .txt file: received files are published as plain text, never as pages or images`;
  }
  if (!SOURCE_FILE_NAME.test(name)) {
    return `"${name}" may hold only letters, digits, ".", "_" and "-" (no "#", "?", "%" or spaces) and must start with a letter or digit`;
  }
  return undefined;
}

/**
 * A received file's bytes as text, or an error naming it if they are not valid UTF-8.
 * The archive publishes the bytes unchanged, so a file in another encoding would reach readers as mojibake.
 */
export function decodeReceivedFile(name: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error(
      `sources/${name} is not valid UTF-8; convert it (e.g. \`iconv -f WINDOWS-1252 -t UTF-8\`) and note the conversion in the article`,
    );
  }
}
