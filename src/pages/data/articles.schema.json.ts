import type { APIRoute } from 'astro';
import { feedPaths } from '../../lib/feeds.ts';
import { articlesJsonSchema } from '../../lib/open-data-schema.ts';
import { absoluteTo, siteContext } from '../../lib/site.ts';

export const GET: APIRoute = () => Response.json(articlesJsonSchema(absoluteTo(siteContext(), feedPaths.articlesSchema)));
