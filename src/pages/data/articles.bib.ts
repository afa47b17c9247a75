import type { APIRoute } from 'astro';
import { citationSource, loadArchive } from '../../lib/archive.ts';
import { bibtex, cslItem } from '../../lib/citations.ts';
import { siteContext } from '../../lib/site.ts';

/** Every article as a BibTeX entry, oldest meeting first: the archive in one file for a reference manager. */
export const GET: APIRoute = async () => {
  const { articles } = await loadArchive();
  const site = siteContext();
  const items = articles.map((article) => cslItem(citationSource(article, site)));
  return new Response(bibtex(items), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
