import type { APIRoute } from 'astro';
import { filePaths } from '../../lib/urls.ts';
import { articlesJsonSchema } from '../../lib/open-data-schema.ts';
import { absoluteTo, siteContext } from '../../lib/site.ts';

export const GET: APIRoute = () => Response.json(articlesJsonSchema(absoluteTo(siteContext(), filePaths.articlesSchema)));
