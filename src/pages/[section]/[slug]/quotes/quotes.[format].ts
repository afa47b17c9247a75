import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { keyedRoutes } from '../../../../build/page-cache-key.ts';
import { quotesCsv, quotesJson } from '../../../../lib/quote-exports.ts';
import { quoteExportRoutes } from '../../../../lib/routes/entities.ts';

/** Every quote of a person or topic as CSV or JSON (/people/<id>/quotes/quotes.csv, …/quotes.json), linked from its quote pages. */
export const getStaticPaths = keyedRoutes(quoteExportRoutes) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { format, head, quotes } }) =>
  format === 'csv'
    ? new Response(quotesCsv(quotes), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } })
    : new Response(quotesJson(head, quotes), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
