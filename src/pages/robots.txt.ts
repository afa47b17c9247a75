import type { APIRoute } from 'astro';
import { filePaths } from '../lib/urls.ts';
import { absoluteTo, siteContext } from '../lib/site.ts';

/** An endpoint rather than a static file, so the sitemap's address follows SITE_URL and BASE_PATH. */
export const GET: APIRoute = () => {
  const sitemap = absoluteTo(siteContext(), filePaths.sitemap);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
