import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { keyedRoutes } from '../../../../build/page-cache-key.ts';
import { quotesFile } from '../../../../lib/quote-exports.ts';
import { quoteExportRoutes } from '../../../../lib/routes/entities.ts';

/**
 * Every quote of a person or topic as CSV or JSON (/people/<id>/quotes/quotes.csv, …/quotes.json), linked from its
 * quote pages, and the CSV's data dictionary (…/quotes.csv-metadata.json).
 */
export const getStaticPaths = keyedRoutes(quoteExportRoutes) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { format, head, quotes, files } }) => {
  const { body, contentType } = quotesFile(format, head, quotes, files);
  return new Response(body, { headers: { 'Content-Type': contentType } });
};
