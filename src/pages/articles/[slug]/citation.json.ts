import type { APIRoute } from 'astro';
import { citationSource, loadArchive, type Article } from '../../../lib/archive.ts';
import { cslItem } from '../../../lib/citations.ts';
import { siteContext } from '../../../lib/site.ts';

export const getStaticPaths = async () =>
  (await loadArchive()).articles.map((article) => ({ params: { slug: article.id }, props: { article } }));

/** The article as CSL-JSON (a list of one item), for Zotero, Pandoc and other citation processors. */
export const GET: APIRoute<{ article: Article }> = ({ props }) =>
  new Response(`${JSON.stringify([cslItem(citationSource(props.article, siteContext()))], null, 2)}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
