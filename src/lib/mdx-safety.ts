/**
 * Report bodies are text with markup, never code. Compiled as MDX modules, they could run an `export`/`import`
 * line at build time with full Node access, evaluate `{…}` expressions and render any component or HTML element,
 * handler included. The archive never compiles them (report-body.ts parses and renders them to HTML), and this
 * remark plugin, the first step of that, refuses every construct below, naming the file and line.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { URL } from 'node:url';
import { archivePaths } from './archive-paths.ts';
import { textProblem } from './content-safety.ts';

/** The archive's own components, with the attributes each takes (always as plain strings). */
const COMPONENTS: Record<string, readonly string[]> = {
  Abbr: ['term'],
};

/** Plain HTML phrasing elements a transcription may use for markup, and their harmless attributes. */
const HTML_ELEMENTS = new Set([
  'abbr',
  'b',
  'bdi',
  'br',
  'cite',
  'del',
  'em',
  'i',
  'ins',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);
const HTML_ATTRIBUTES = new Set(['title', 'lang', 'datetime']);

/** Link targets a reader may follow: web addresses, and addresses within the archive (no scheme). */
const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

interface Point {
  line: number;
  column: number;
}

interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: Point };
  children?: MdxNode[];
}

interface FileLike {
  path?: string;
}

/** Why a node is refused, or undefined if it may stay. */
export function nodeProblem(node: MdxNode): string | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return '`import` and `export` are refused in report bodies: content is data, never code';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (isComment(String(node.value ?? ''))) return undefined;
      return `the expression {${truncate(String(node.value ?? ''))}} is refused: write "\\{" for a literal brace; content is never evaluated`;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblem(node);
    case 'link':
    case 'image':
    case 'definition':
      return urlProblem(node.url ?? '');
    case 'text':
    case 'inlineCode':
    case 'code': {
      const problem = textProblem(String(node.value ?? ''));
      return problem && `the text ${problem}`;
    }
    default:
      return undefined;
  }
}

/** `{/* … *\/}` is MDX's comment syntax: an expression holding only a comment, which evaluates to nothing. */
function isComment(expression: string): boolean {
  return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(expression);
}

function elementProblem(node: MdxNode): string | undefined {
  const name = node.name ?? '';
  if (name === '') return 'fragments (<>…</>) are refused; use plain text';
  const allowedAttributes = COMPONENTS[name] ?? (HTML_ELEMENTS.has(name) ? HTML_ATTRIBUTES : undefined);
  if (!allowedAttributes) {
    return `<${name}> is refused: bodies may use <${Object.keys(COMPONENTS).join('>, <')}> and plain text markup (${[...HTML_ELEMENTS].join(', ')}), never scripts, frames, styles or other components`;
  }
  const allowed = new Set(allowedAttributes);
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') return `<${name} {…}> is refused: attributes are plain strings, never code`;
    const attributeName = attribute.name ?? '';
    if (/^on/i.test(attributeName)) return `the event handler ${attributeName} on <${name}> is refused`;
    if (!allowed.has(attributeName)) {
      return `the attribute ${attributeName} on <${name}> is refused (allowed: ${[...allowed].join(', ')})`;
    }
    if (typeof attribute.value !== 'string') {
      return `${attributeName} on <${name}> must be a quoted string, never an {expression}`;
    }
  }
  return undefined;
}

function urlProblem(url: string): string | undefined {
  // Parsed as a browser would, so "java\tscript:" or " javascript:" are seen for what they are.
  let protocol: string;
  try {
    protocol = new URL(url, 'https://archive.invalid/').protocol;
  } catch {
    return `the link target "${truncate(url)}" is not a valid address`;
  }
  return SAFE_PROTOCOLS.has(protocol)
    ? undefined
    : `the link target "${truncate(url)}" is refused: only http(s) addresses and archive paths`;
}

function truncate(text: string): string {
  const points = [...text];
  return points.length > 60 ? `${points.slice(0, 60).join('')}…` : text;
}

/** Every refused construct in a body's tree, in document order. */
export function mdxProblems(tree: MdxNode): { problem: string; line?: number; column?: number }[] {
  const problems: { problem: string; line?: number; column?: number }[] = [];
  const walk = (node: MdxNode) => {
    const problem = nodeProblem(node);
    if (problem) problems.push({ problem, line: node.position?.start.line, column: node.position?.start.column });
    // The children of a refused element are still checked, so one build lists every problem in the file.
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return problems;
}

/** A body's file as the build's other messages name it: relative to the content folder, e.g. "articles/x.mdx". */
function shownPath(path: string): string {
  const inContent = relative(resolve(archivePaths(process.env).contentDir), path);
  return (inContent.startsWith('..') || isAbsolute(inContent) ? path : inContent).replaceAll('\\', '/');
}

/** How the safety check's error begins; it names the file and every refused line itself. */
export const UNSAFE_CONTENT = 'Unsafe content in ';

/** The remark plugin: the first step of rendering a report body (report-body.ts), before anything else sees it. */
export function remarkMdxSafety() {
  return (tree: MdxNode, file: FileLike) => {
    const problems = mdxProblems(tree);
    if (problems.length === 0) return;
    const name = file.path ? shownPath(file.path) : 'an MDX body';
    throw new Error(
      `${UNSAFE_CONTENT}${name}:\n${problems.map(({ problem, line, column }) => `  ${name}:${line ?? '?'}:${column ?? '?'}: ${problem}`).join('\n')}`,
    );
  };
}
