import type { APIRoute } from 'astro';
import { citationSource, loadArchive, type Article } from '../../../lib/archive.ts';
import { bibtex, cslItem } from '../../../lib/citations.ts';
import { siteContext } from '../../../lib/site.ts';

export const getStaticPaths = async () =>
  (await loadArchive()).articles.map((article) => ({ params: { slug: article.id }, props: { article } }));

/** The article's BibTeX entry, for reference managers and LaTeX. */
export const GET: APIRoute<{ article: Article }> = ({ props }) =>
  new Response(bibtex([cslItem(citationSource(props.article, siteContext()))]), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
