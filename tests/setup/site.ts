import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

/** Every HTML file the build wrote, as site paths ("/articles/x/", "/404.html"). */
export function builtPages(siteDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!name.startsWith('pagefind') && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        const sitePath = '/' + relative(siteDir, path).replaceAll('\\', '/');
        pages.push(sitePath.endsWith('/index.html') ? sitePath.slice(0, -'index.html'.length) : sitePath);
      }
    }
  };
  walk(siteDir);
  return pages.sort();
}

/** An iCalendar text with its folded lines joined again (RFC 5545: a line break followed by a space or tab). */
export function unfoldedCalendar(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

/** The file a site path is served from, or undefined if the build wrote none. */
export function fileFor(siteDir: string, sitePath: string): string | undefined {
  const candidates = sitePath.endsWith('/')
    ? [join(siteDir, sitePath, 'index.html')]
    : [join(siteDir, sitePath), join(siteDir, sitePath, 'index.html'), join(siteDir, `${sitePath}.html`)];
  return candidates.find((path) => statSync(path, { throwIfNoEntry: false })?.isFile());
}

export function readPage(siteDir: string, sitePath: string): Document {
  const file = fileFor(siteDir, sitePath);
  if (!file) throw new Error(`The build wrote no page for ${sitePath}`);
  return parseHTML(readFileSync(file, 'utf-8')).document as unknown as Document;
}

/** Every file under a folder, as paths relative to it, sorted. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
}

/** How two built sites differ: files only in one of them, and files whose bytes differ. Empty when identical. */
export function siteDifferences(first: string, second: string): string[] {
  const firstFiles = filesIn(first);
  const secondFiles = new Set(filesIn(second));
  const differences = firstFiles.filter((file) => !secondFiles.has(file)).map((file) => `only in the first: ${file}`);
  for (const file of secondFiles) {
    if (!firstFiles.includes(file)) differences.push(`only in the second: ${file}`);
    else if (!readFileSync(join(first, file)).equals(readFileSync(join(second, file)))) differences.push(`differs: ${file}`);
  }
  return differences;
}

/** The segments of site paths that name a kind of page rather than one entity (an id, a year, a page number). */
const ROUTE_WORDS = new Set([
  'articles',
  'people',
  'topics',
  'glossary',
  'archive',
  'timeline',
  'search',
  'data',
  'quotes',
  'meetings',
  'page',
]);

/** A site path's route: "/people/son/page/2/" → "/people/[x]/page/[x]/". */
export function routeOf(sitePath: string): string {
  return sitePath.replace(/[^/]+/g, (segment) => (ROUTE_WORDS.has(segment) || segment.includes('.') ? segment : '[x]'));
}

/**
 * One page per route, the largest of each (the most people, topics and paragraphs to get wrong): pages of one route
 * share a template, so checks that are slow per page (axe in a browser) run on these rather than on every page.
 */
export function onePagePerRoute(siteDir: string): string[] {
  const largest = new Map<string, { path: string; size: number }>();
  for (const path of builtPages(siteDir)) {
    const size = statSync(fileFor(siteDir, path)!).size;
    const route = routeOf(path);
    if ((largest.get(route)?.size ?? -1) < size) largest.set(route, { path, size });
  }
  return [...largest.values()].map(({ path }) => path).sort();
}
