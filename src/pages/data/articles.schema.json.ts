import type { APIRoute } from 'astro';
import { feedPaths } from '../../lib/feeds.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { articlesJsonSchema } from '../../lib/open-data-schema.ts';

export const GET: APIRoute = ({ site }) =>
  Response.json(articlesJsonSchema(absoluteUrl(site!, import.meta.env.BASE_URL, feedPaths.articlesSchema)));
