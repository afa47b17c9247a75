import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { keyedRoutes } from '../../build/page-cache-key.ts';
import { searchNameEntries } from '../../lib/routes/search.ts';

/**
 * The names of the people, topics and glossary entries (`/search/names.json`), which the search page fetches
 * when a search finds nothing. A route with a parameter, so that a rebuild reuses it when no entity changed.
 */
export const getStaticPaths = keyedRoutes((archive, site) => [
  { params: { names: 'names' }, props: { entries: searchNameEntries(archive, site) } },
]) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { entries } }) => Response.json(entries);
