import { absoluteUrl, withBase } from './urls.ts';

/** The archive's name, wherever it is shown or written (titles, feeds, citations, data files). */
export const SITE_NAME = 'ASEAN–Japan Dialogue Archive';

/**
 * The archive's fixed name for itself in identifiers that must outlive its address: feed guids and calendar UIDs.
 * Never the host, so a build with another `SITE_URL` (or none) gives the same identifiers.
 */
export const ARCHIVE_ID = 'asean-japan-dialogue-archive';

/** The licence of the archive's own work: its summaries, notes, identifications and data files. */
export const ARCHIVE_LICENCE = {
  name: 'CC BY 4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** Whose the words are: said in the footer, on the data page and in the exports that can carry it. */
export const RIGHTS_STATEMENT = `The reports' words belong to their publishers; the archive keeps them word for word for research and cites each one. The archive's own work (summaries, notes, identifications and the data files) is licensed under ${ARCHIVE_LICENCE.title} (${ARCHIVE_LICENCE.url}).`;

/** Where the built site is served: the origin and the base path the deployer gave (see site-address.ts). */
export interface SiteContext {
  site: URL;
  base: string;
}

/**
 * The configured origin. astro.config.mjs always sets `site` (from SITE_URL, or the local preview address),
 * so it is never missing; parsing here, once, spares every page an `Astro.site!`.
 */
export function siteOrigin(): URL {
  return new URL(import.meta.env.SITE);
}

/** The origin and base path of this build, for the route-data functions. */
export function siteContext(): SiteContext {
  return { site: siteOrigin(), base: import.meta.env.BASE_URL };
}

/** A site path as a link on a page (with the base path). */
export function linkTo({ base }: SiteContext, path: string): string {
  return withBase(base, path);
}

/** A site path as an absolute URL, for anything read away from the site. */
export function absoluteTo({ site, base }: SiteContext, path: string): string {
  return absoluteUrl(site, base, path);
}
