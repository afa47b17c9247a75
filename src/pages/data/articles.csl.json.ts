import type { APIRoute } from 'astro';
import { citationSource, loadArchive } from '../../lib/archive.ts';
import { cslItem } from '../../lib/citations.ts';
import { siteContext } from '../../lib/site.ts';

/** Every article as CSL-JSON, oldest meeting first, for Zotero, Pandoc and other citation processors. */
export const GET: APIRoute = async () => {
  const { articles } = await loadArchive();
  const site = siteContext();
  const items = articles.map((article) => cslItem(citationSource(article, site)));
  return new Response(`${JSON.stringify(items, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
};
