/**
 * The one switch for every cache of the build: `ARCHIVE_CACHE=off` makes each cached step do its work from
 * nothing (Astro's incremental build, the content store's unchanged entries, the article checks' record, the
 * search index and its input pages, the feeds' XML check), for debugging a suspected stale result.
 */
export function cachesOn(env: Record<string, string | undefined> = process.env): boolean {
  return env.ARCHIVE_CACHE !== 'off';
}
