/**
 * The digest of the code a cached build step runs, found from the module graph rather than from a list of files:
 * its entry modules, every project module they import however deep (read by TypeScript's own import scanner), and
 * the project's locked dependencies; for the route data, which runs bundled, all the project's code
 * (`projectCodeDigest`). A change to any of them gives a new digest, so a cache keyed by it can never outlive the
 * code that filled it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { digest } from './digest.ts';

/** The extensions a relative import may leave out, tried in order (as the bundler resolves them). */
const IMPLIED_ENDINGS = ['', '.ts', '.mts', '.js', '.mjs', '/index.ts', '/index.js'];

/** The project folder of a module: the nearest folder above it with a `package.json`. */
function projectRootOf(file: string): string {
  let dir = dirname(file);
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${file} is in no project (no package.json above it)`);
    dir = parent;
  }
  return dir;
}

/** The file a relative import names, its query (`?raw`) set aside; undefined for a package or a virtual module. */
function resolvedImport(specifier: string, from: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const path = resolve(dirname(from), specifier.replace(/[?#].*$/, ''));
  const found = IMPLIED_ENDINGS.map((ending) => path + ending).find((candidate) =>
    statSync(candidate, { throwIfNoEntry: false })?.isFile(),
  );
  if (!found) throw new Error(`${from} imports ${specifier}, which is no file`);
  return found;
}

/** The project's modules that the entries (paths or `file:` URLs, e.g. `import.meta.url`) run, each once. */
export function moduleGraph(entries: readonly (string | URL)[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf-8'), true, true);
    for (const { fileName } of importedFiles) {
      const imported = resolvedImport(fileName, file);
      if (imported) visit(imported);
    }
  };
  for (const entry of entries) visit(String(entry).startsWith('file:') ? fileURLToPath(entry) : resolve(String(entry)));
  return [...seen];
}

/**
 * The digest of the entries' module graph and of the dependencies locked for the project (`package-lock.json`,
 * else `package.json`): what decides what the step computes.
 */
export function codeDigest(entries: readonly (string | URL)[]): string {
  const files = moduleGraph(entries);
  return filesDigest(projectRootOf(files[0]), files);
}

/**
 * The digest of all the project's code: every file under its `src/` and its Astro configuration, with the locked
 * dependencies. For the route data, which runs bundled (a page's modules cannot name their source files for a graph
 * to start from) and shows what no import names: the vendored CSL styles, in the citations the report loader stores.
 */
export function projectCodeDigest(root: string): string {
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  return filesDigest(root, [...files, join(root, 'astro.config.mjs')]);
}

/** Where `astro build` keeps `projectCodeDigest` as it starts, before it bundles the code (`recordCodeAtBuildStart`). */
export const CODE_AT_BUILD_START = 'ARCHIVE_CODE_AT_BUILD_START';

/**
 * Records the project's code as `astro build` starts: the route data runs bundled from the code as it was then, so
 * what it computes may be kept only under that code's digest (`keyedRoutes`), never under the digest of code edited
 * while the build ran.
 */
export function recordCodeAtBuildStart(root: string): void {
  process.env[CODE_AT_BUILD_START] = projectCodeDigest(root);
}

/** The digest of the files, each by its path in the project and its text, and of the project's locked dependencies. */
function filesDigest(root: string, files: readonly string[]): string {
  const lock = ['package-lock.json', 'package.json'].map((name) => join(root, name)).find((path) => existsSync(path))!;
  return digest([...files.toSorted(), lock].map((file) => `${relative(root, file)}\0${readFileSync(file, 'utf-8')}`).join('\0'));
}
