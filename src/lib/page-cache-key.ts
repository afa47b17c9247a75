import { createHash } from 'node:crypto';

/**
 * A page's key for Astro's incremental build (`experimental.incrementalBuild`): a digest of everything its route
 * data gives it. Astro reuses the page from the last build when its key and its route's code are unchanged, so the
 * key must cover all the page shows: every route gets its data from one function in src/lib/routes/, as props,
 * and nothing else the page renders comes from the content.
 */
export function cacheKeyOf(props: unknown): string {
  const json = JSON.stringify(props, (_, value: unknown) => (value instanceof Map ? [...value] : value));
  return createHash('sha256').update(json).digest('base64url');
}

/** The routes with a cache key each, from their props (and params, which can name what the page shows). */
export function withCacheKeys<Route extends { params: object; props?: object }>(routes: Route[]): (Route & { cacheKey: string })[] {
  return routes.map((route) => ({ ...route, cacheKey: cacheKeyOf([route.params, route.props]) }));
}
