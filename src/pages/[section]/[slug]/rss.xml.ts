import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { articleFeed } from '../../../lib/article-feed.ts';
import { keyedRoutes } from '../../../build/page-cache-key.ts';
import { entityFeedRoutes } from '../../../lib/routes/entities.ts';
import { siteContext } from '../../../lib/site.ts';

/** The feed of a person (/people/<id>/rss.xml) or a topic (/topics/<id>/rss.xml): their reports with full text. */
export const getStaticPaths = keyedRoutes(entityFeedRoutes) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => articleFeed(props, siteContext());
