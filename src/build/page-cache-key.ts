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
