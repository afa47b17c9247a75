import type { APIRoute, GetStaticPaths } from 'astro';
import { citationSource, type Article } from '../../../lib/archive.ts';
import { citationRoutes } from '../../../lib/routes/article-page.ts';
import { CITATION_FORMATS, type CitationFormat } from '../../../lib/citation-files.ts';
import { cslItem } from '../../../lib/citations.ts';
import { keyedRoutes } from '../../../build/page-cache-key.ts';
import { siteContext } from '../../../lib/site.ts';

export const getStaticPaths = keyedRoutes(citationRoutes) satisfies GetStaticPaths;

/** The article's citation as a file for reference managers: biblatex, RIS or CSL-JSON. */
export const GET: APIRoute<{ article: Article; format: CitationFormat }> = ({ props }) => {
  const { write, contentType } = CITATION_FORMATS[props.format];
  return new Response(write([cslItem(citationSource(props.article, siteContext()))]), {
    headers: { 'Content-Type': contentType },
  });
};
