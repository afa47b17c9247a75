import type { APIRoute } from 'astro';
import { absoluteUrl, feedPaths } from '../../lib/feeds.ts';
import { articlesJsonSchema } from '../../lib/open-data-schema.ts';

export const GET: APIRoute = ({ site }) =>
  Response.json(articlesJsonSchema(absoluteUrl(site!, import.meta.env.BASE_URL, feedPaths.articlesSchema)));
