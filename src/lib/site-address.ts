/**
 * Where the site will be served, from the build's environment: `SITE_URL` (the public origin, e.g.
 * `https://archive.example.net`) and `BASE_PATH` (a sub-folder, e.g. `/archive/`). The older names
 * `ARCHIVE_SITE` and `ARCHIVE_BASE` are still read when the new ones are not set.
 */
export interface SiteAddress {
  /** The origin (and any path the deployer gave with it), always ending in `/`. */
  site: string;
  /** The base path, always starting and ending with `/`. */
  base: string;
  /** True when no address was given and the neutral default stands in. */
  isDefault: boolean;
}

/**
 * Without `SITE_URL` the absolute addresses point at the local preview server: correct for `npm start`,
 * and no made-up public host is written into canonical links, feeds or citations.
 */
export const DEFAULT_SITE = 'http://localhost:4321/';

export function siteAddress(env: Record<string, string | undefined>): SiteAddress {
  const given = (env.SITE_URL || env.ARCHIVE_SITE)?.trim();
  const base = normaliseBase(env.BASE_PATH || env.ARCHIVE_BASE || '/');
  if (!given) return { site: DEFAULT_SITE, base, isDefault: true };
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`SITE_URL: "${given}" is not an absolute URL; give the public address, e.g. https://archive.example.net`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: "${given}" must be an http: or https: address`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL: "${given}" must be a plain address, without query, fragment or credentials`);
  }
  return { site: url.href.endsWith('/') ? url.href : `${url.href}/`, base, isDefault: false };
}

/** `archive`, `/archive` and `/archive/` all mean the sub-folder `/archive/`. */
function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  if (/[?#\\\s]|(^|\/)\.\.?(\/|$)/.test(trimmed)) {
    throw new Error(`BASE_PATH: "${base}" must be a plain folder path such as /archive/`);
  }
  return trimmed ? `/${trimmed}/` : '/';
}
