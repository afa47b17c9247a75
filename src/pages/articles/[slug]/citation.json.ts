import type { APIRoute } from 'astro';
import { citationSource, loadArchive, type Article } from '../../../lib/archive.ts';
import { citationRoutes } from '../../../lib/routes/article-page.ts';
import { cslItem } from '../../../lib/citations.ts';
import { withCacheKeys } from '../../../build/page-cache-key.ts';
import { siteContext } from '../../../lib/site.ts';

export const getStaticPaths = async () => withCacheKeys(citationRoutes(await loadArchive()));

/** The article as CSL-JSON (a list of one item), for Zotero, Pandoc and other citation processors. */
export const GET: APIRoute<{ article: Article }> = ({ props }) =>
  new Response(`${JSON.stringify([cslItem(citationSource(props.article, siteContext()))], null, 2)}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
