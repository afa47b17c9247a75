import type { APIRoute, GetStaticPaths } from 'astro';
import { articleStaticPaths, citationSource, type Article } from '../../../lib/archive.ts';
import { bibtex, cslItem } from '../../../lib/citations.ts';

export const getStaticPaths = articleStaticPaths satisfies GetStaticPaths;

/** The article's BibTeX entry, for reference managers and LaTeX. */
export const GET: APIRoute<{ article: Article }> = ({ props, site }) =>
  new Response(bibtex([cslItem(citationSource(props.article, site!, import.meta.env.BASE_URL))]), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
