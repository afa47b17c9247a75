import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { archiveSourceDigest, loadArchive, type Archive } from '../lib/archive.ts';
import { archivePaths } from '../lib/archive-paths.ts';
import { siteContext, type SiteContext } from '../lib/site.ts';
import { cachesOn } from './cache.ts';
import { CODE_AT_BUILD_START, projectCodeDigest } from './code-digest.ts';
import { digest } from './digest.ts';

/**
 * A page's key for Astro's incremental build (`experimental.incrementalBuild`): a digest of everything its route
 * data gives it. Astro reuses the page from the last build when its key and its route's code are unchanged, so the
 * key must cover all the page shows: every route gets its data from one function in src/lib/routes/, as props,
 * and nothing else the page renders comes from the content.
 */
export function cacheKeyOf(props: unknown): string {
  return digest(JSON.stringify(props, digestShared));
}

/** The routes with a cache key each, from their props (and params, which can name what the page shows). */
export function withCacheKeys<Route extends { params: object; props?: object }>(
  routes: Route[],
): (Route & { cacheKey: string })[] {
  return routes.map((route) => ({ ...route, cacheKey: cacheKeyOf([route.params, route.props]) }));
}

type KeyedRoute<Route> = Route & { cacheKey: string };

/**
 * A route's `getStaticPaths`, from its route data: the archive (`loadArchive`) and the site's address in, the route's
 * pages out, each with its cache key (`withCacheKeys`). The route data is a pure function of the archive, the site's
 * address and the code, so when none of them changed since the last build the last build's params and keys are given
 * again and the route data is not computed at all; each page's props are computed, for the whole route at once, only
 * if Astro asks for one (a page it renders rather than reuses).
 */
export function keyedRoutes<Route extends { params: object; props?: object }>(
  routesOf: (archive: Archive, site: SiteContext) => Route[],
): (options: { routePattern: string }) => Promise<KeyedRoute<Route>[]> {
  return async ({ routePattern }) => {
    const archive = await loadArchive();
    const site = siteContext();
    const source = archiveSourceDigest(archive);
    // Not in `astro dev`, which has no incremental build, and whose code changes while the digest of it is kept.
    if (import.meta.env.DEV || !cachesOn() || source === undefined) return withCacheKeys(routesOf(archive, site));
    routeCodeDigest ??= projectCodeDigest(process.cwd());
    // Code edited while the build ran: the bundled route data may be neither the old code's nor the new's.
    if (routeCodeDigest !== process.env[CODE_AT_BUILD_START]) return withCacheKeys(routesOf(archive, site));
    const inputs = digest([routeCodeDigest, JSON.stringify(site), source].join('\0'));
    const file = join(archivePaths(process.env).cacheDir, 'route-keys', `${digest(routePattern)}.json`);
    return cachedRouteKeys(file, inputs, () => routesOf(archive, site));
  };
}

/** The params and keys of a route's pages as the cache file holds them (an undefined param as null). */
type StoredKeys = { inputs: string; routes: [params: Record<string, string | number | null>, cacheKey: string][] };

/**
 * The routes with their keys, from `file` when it was written from the same `inputs`, else computed and written
 * there. Routes given from the file compute their props on first use, all at once, and must then be the routes
 * the file lists, in its order.
 */
export function cachedRouteKeys<Route extends { params: object; props?: object }>(
  file: string,
  inputs: string,
  routesOf: () => Route[],
): KeyedRoute<Route>[] {
  const stored = readStoredKeys(file);
  if (stored?.inputs !== inputs) {
    const routes = withCacheKeys(routesOf());
    const record: StoredKeys = { inputs, routes: routes.map(({ params, cacheKey }) => [storedParams(params), cacheKey]) };
    mkdirSync(dirname(file), { recursive: true });
    // Written aside and renamed, so a build killed while writing leaves the last file or none.
    writeFileSync(`${file}.partial`, JSON.stringify(record));
    renameSync(`${file}.partial`, file);
    return routes;
  }
  let computed: Route[] | undefined;
  const propsOf = (index: number) => {
    if (!computed) {
      computed = routesOf();
      const params = JSON.stringify(computed.map(({ params }) => storedParams(params)));
      if (params !== JSON.stringify(stored.routes.map(([params]) => params)))
        throw new Error(`${file}: the route data gave other pages from the same inputs: is it a pure function of them?`);
    }
    return computed[index]!.props;
  };
  return stored.routes.map(
    ([params, cacheKey], index) =>
      ({
        params: Object.fromEntries(Object.entries(params).map(([name, value]) => [name, value ?? undefined])),
        cacheKey,
        get props() {
          return propsOf(index);
        },
      }) as KeyedRoute<Route>,
  );
}

function readStoredKeys(file: string): StoredKeys | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf-8')) as StoredKeys;
  } catch {
    return undefined;
  }
}

function storedParams(params: object): StoredKeys['routes'][number][0] {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, value ?? null]));
}

/** The digest of the code that computes route data (`projectCodeDigest`), once per build. */
let routeCodeDigest: string | undefined;

/**
 * Content entries and maps are shared by many pages' props (a report by its page, its neighbours' pages, every
 * listing, quote page and feed that shows it), and a report with its body is tens of kilobytes: each is written
 * into the keys as the digest of all of it, computed once per object. The archive is loaded once per build and
 * never changed, so an object's digest cannot go stale.
 */
const sharedDigests = new WeakMap<object, string>();

function digestShared(_key: string, value: unknown): unknown {
  if (!(value instanceof Map) && !isContentEntry(value)) return value;
  let known = sharedDigests.get(value);
  if (known === undefined) {
    known = digest(
      JSON.stringify(value instanceof Map ? [...value] : value, (key, inner) =>
        inner === value ? inner : digestShared(key, inner),
      ),
    );
    sharedDigests.set(value, known);
  }
  return { digest: known };
}

/** An entry of a content collection, as `getCollection` gives it. */
function isContentEntry(value: unknown): value is { id: string; collection: string; data: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string' &&
    typeof (value as { collection?: unknown }).collection === 'string' &&
    'data' in value
  );
}
