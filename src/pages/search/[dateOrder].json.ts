import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { keyedRoutes } from '../../build/page-cache-key.ts';
import { searchDateOrder } from '../../lib/routes/search.ts';

/**
 * The reports' date order across the search index's languages (`/search/date-order.json`), which the search page
 * fetches for its first search sorted by date. A route with a parameter, so that a rebuild reuses it when no report's
 * date or language changed.
 */
export const getStaticPaths = keyedRoutes((archive) => [
  { params: { dateOrder: 'date-order' }, props: { order: searchDateOrder(archive.articles) } },
]) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { order } }) => Response.json(order);
