import type { APIRoute } from 'astro';
import { citationSource, loadArchive, type Article } from '../../../lib/archive.ts';
import { citationRoutes } from '../../../lib/routes/article-page.ts';
import { bibtex, cslItem } from '../../../lib/citations.ts';
import { withCacheKeys } from '../../../build/page-cache-key.ts';
import { siteContext } from '../../../lib/site.ts';

export const getStaticPaths = async () => withCacheKeys(citationRoutes(await loadArchive()));

/** The article's BibTeX entry, for reference managers and LaTeX. */
export const GET: APIRoute<{ article: Article }> = ({ props }) =>
  new Response(bibtex([cslItem(citationSource(props.article, siteContext()))]), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
