import type { APIRoute, GetStaticPaths } from 'astro';
import { articleStaticPaths, citationSource, type Article } from '../../../lib/archive.ts';
import { cslItem } from '../../../lib/citations.ts';

export const getStaticPaths = articleStaticPaths satisfies GetStaticPaths;

/** The article as CSL-JSON (a list of one item), for Zotero, Pandoc and other citation processors. */
export const GET: APIRoute<{ article: Article }> = ({ props, site }) =>
  new Response(`${JSON.stringify([cslItem(citationSource(props.article, site!, import.meta.env.BASE_URL))], null, 2)}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
